using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>What one <see cref="ICreditFactor"/> found: a sub-score from 0 to 100, the raw value behind it and the
/// reasons (the main finding first); or "not available" with the reason why.</summary>
/// <remarks>Immutable and thread-safe. Create through <see cref="Available"/> or <see cref="NotAvailable(string, Reason)"/>.</remarks>
public sealed record CreditFactorResult
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditFactorResult), PrintMembers);

    private CreditFactorResult(string factor, double? subScore, double? rawValue, IReadOnlyList<Reason> reasons)
    {
        Factor = factor;
        SubScore = subScore;
        RawValue = rawValue;
        Reasons = reasons;
    }

    /// <summary>Gets the factor's name.</summary>
    public string Factor { get; }

    /// <summary>Gets the sub-score from 0 (worst) to 100 (best), or null when the factor is not available.</summary>
    public double? SubScore { get; }

    /// <summary>Gets the raw value the sub-score was mapped from (days beyond terms, a ratio, a Z-score…), or null.</summary>
    public double? RawValue { get; }

    /// <summary>Gets a value indicating whether the factor had the inputs it needs.</summary>
    public bool IsAvailable => SubScore.HasValue;

    /// <summary>Gets the main finding, such as <see cref="CreditReasonCodes.PaymentIndexLate"/> with its days and
    /// sub-score, or why the factor is not available (<see cref="CreditReasonCodes.InputMissing"/>): the first of
    /// <see cref="Reasons"/>.</summary>
    public Reason Summary => Reasons[0];

    /// <summary>Gets the reasons, the main finding first; never empty.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Creates a result for a factor that had its inputs.</summary>
    /// <param name="factor">The factor's name.</param>
    /// <param name="subScore">The sub-score, 0 to 100.</param>
    /// <param name="rawValue">The raw value, or null when there is none worth showing.</param>
    /// <param name="summary">The main finding.</param>
    /// <param name="more">Further reasons (an overdue amount, a trend); null for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/>, <paramref name="summary"/> or an element of
    /// <paramref name="more"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subScore"/> is not between 0 and 100.</exception>
    public static CreditFactorResult Available(string factor, double subScore, double? rawValue, Reason summary, IReadOnlyList<Reason>? more = null)
    {
        Guard.NotBlank(factor);
        Guard.NotNull(summary);
        if (!(subScore >= 0d && subScore <= 100d))
        {
            throw Guard.OutOfRange(nameof(subScore), subScore, "subScore must be between 0 and 100.");
        }

        var reasons = new Reason[1 + (more?.Count ?? 0)];
        reasons[0] = summary;
        for (var i = 1; i < reasons.Length; i++)
        {
            reasons[i] = more![i - 1] ?? throw new ArgumentNullException(nameof(more), "A reason is null.");
        }

        return new CreditFactorResult(factor, subScore, rawValue, reasons);
    }

    /// <summary>Creates a result for a factor whose inputs are missing; the scorecard spreads its weight over the others.</summary>
    /// <param name="factor">The factor's name.</param>
    /// <param name="why">Why it is not available.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> or <paramref name="why"/> is null.</exception>
    public static CreditFactorResult NotAvailable(string factor, Reason why)
        => new(Guard.NotBlank(factor), null, null, [Guard.NotNull(why)]);

    /// <summary>Creates a result for a factor whose inputs are missing, explained by <see cref="CreditReasonCodes.InputMissing"/>.</summary>
    /// <param name="factor">The factor's name.</param>
    /// <param name="missing">The profile fields that are missing, such as <c>Statements.TotalAssets</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> or <paramref name="missing"/> is null.</exception>
    public static CreditFactorResult NotAvailable(string factor, string missing)
        => NotAvailable(factor, CreditReasonCodes.InputMissing.With(Guard.NotBlank(factor), Guard.NotBlank(missing)));
}

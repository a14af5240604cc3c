using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>What one <see cref="ICreditFactor"/> found: a sub-score from 0 to 100, the raw value behind it, a summary in
/// words and reason codes; or "not available" with the reason why.</summary>
/// <remarks>Immutable and thread-safe. Create through <see cref="Available"/> or <see cref="NotAvailable"/>.</remarks>
public sealed record CreditFactorResult
{
    private CreditFactorResult(string factor, double? subScore, double? rawValue, string summary, IReadOnlyList<CreditReason> reasons)
    {
        Factor = factor;
        SubScore = subScore;
        RawValue = rawValue;
        Summary = summary;
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

    /// <summary>Gets the finding in words, such as "payments average 23 days beyond terms", or why it is not available.</summary>
    public string Summary { get; }

    /// <summary>Gets the reason codes, most important first; empty when there is nothing to say.</summary>
    public IReadOnlyList<CreditReason> Reasons { get; }

    /// <summary>Creates a result for a factor that had its inputs.</summary>
    /// <param name="factor">The factor's name.</param>
    /// <param name="subScore">The sub-score, 0 to 100.</param>
    /// <param name="rawValue">The raw value, or null when there is none worth showing.</param>
    /// <param name="summary">The finding in words.</param>
    /// <param name="reasons">The reason codes; null for none.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> or <paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subScore"/> is not between 0 and 100.</exception>
    public static CreditFactorResult Available(string factor, double subScore, double? rawValue, string summary, IReadOnlyList<CreditReason>? reasons = null)
    {
        Guard.NotBlank(factor);
        Guard.NotNull(summary);
        if (!(subScore >= 0d && subScore <= 100d))
        {
            throw new ArgumentOutOfRangeException(nameof(subScore), subScore, "subScore must be between 0 and 100.");
        }

        return new CreditFactorResult(factor, subScore, rawValue, summary, reasons ?? []);
    }

    /// <summary>Creates a result for a factor whose inputs are missing; the scorecard spreads its weight over the others.</summary>
    /// <param name="factor">The factor's name.</param>
    /// <param name="why">What is missing, in words.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factor"/> or <paramref name="why"/> is null.</exception>
    public static CreditFactorResult NotAvailable(string factor, string why)
        => new(Guard.NotBlank(factor), null, null, Guard.NotNull(why), []);
}

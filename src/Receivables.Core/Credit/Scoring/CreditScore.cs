using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>
/// A customer's credit score on an as-of date: the score from 0 to 100, its grade, each factor's contribution, the top
/// reasons in words, and the data used.
/// </summary>
/// <remarks>Immutable and thread-safe. Produced by <see cref="Scorecard.Score"/>.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Score">The score, 0 to 100 rounded to one decimal; null when no factor was available.</param>
/// <param name="Grade">The grade of the score; null when unrated.</param>
/// <param name="Coverage">The share (0 to 1) of the configured weight whose factors were available.</param>
/// <param name="Contributions">Every factor's contribution, in scorecard order.</param>
/// <param name="TopReasons">The findings that cost the most points, worst first: <see cref="CreditReasonCodes.ScoreFactor"/>
/// reasons whose <c>finding</c> is the factor's own reason, with the sub-score, effective weight and points lost.</param>
/// <param name="DataUsed">What the score was computed from, with dates, and which factors were not available and why.</param>
public sealed record CreditScore(
    CustomerId Customer,
    DateOnly AsOf,
    double? Score,
    string? Grade,
    double Coverage,
    IReadOnlyList<FactorContribution> Contributions,
    IReadOnlyList<Reason> TopReasons,
    IReadOnlyList<string> DataUsed)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditScore), PrintMembers);

    /// <summary>Gets a value indicating whether a score could be computed (at least one factor was available).</summary>
    public bool IsRated => Score.HasValue;

    /// <summary>Gets the sub-score of a factor by name, or null when it is not in the scorecard or not available.</summary>
    /// <param name="factor">The factor's name, such as <see cref="CreditFactors.PaymentIndexName"/>.</param>
    /// <returns>The sub-score or null.</returns>
    public double? SubScoreOf(string factor)
        => Contributions.FirstOrDefault(c => string.Equals(c.Result.Factor, factor, StringComparison.Ordinal))?.Result.SubScore;
}

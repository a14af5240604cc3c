using System.Collections.Immutable;

namespace Receivables.Credit.Scoring;

/// <summary>
/// Dun &amp; Bradstreet's PAYDEX key: maps amount-weighted days beyond terms to an index from 0 to 100, with straight
/// lines between the published anchors.
/// </summary>
/// <remarks>
/// <para>The published key: 100 anticipates, 90 discounts, 80 prompt, 70 = 15 days beyond terms, 60 = 22, 50 = 30,
/// 40 = 60, 30 = 90, 20 = 120, below 20 = more than 120. The key names no day counts for "anticipates" and
/// "discounts"; this library places them at 30 and 20 days before the due date (a customer taking a 2/10 NET 30
/// discount pays 20 days early), and continues the last published slope below 20 to reach 0 at 180 days beyond
/// terms. Earlier than 30 days before due scores 100. See docs/decisions/400-credit-scoring.md.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class Paydex
{
    /// <summary>Gets the anchors: days beyond terms (negative = early) and the index at that point.</summary>
    public static ImmutableArray<ScorePoint> Anchors { get; } =
    [
        new(-30, 100), new(-20, 90), new(0, 80), new(15, 70), new(22, 60), new(30, 50), new(60, 40), new(90, 30), new(120, 20), new(180, 0),
    ];

    /// <summary>Gets the anchors as a score curve (used by the payment-index factor).</summary>
    public static ScoreCurve Curve { get; } = ScoreCurve.Through(Anchors);

    /// <summary>Maps amount-weighted days beyond terms to the index.</summary>
    /// <param name="daysBeyondTerms">Days after the due date (negative when paid early).</param>
    /// <returns>The index, 0 to 100; higher is better.</returns>
    /// <exception cref="ArgumentException"><paramref name="daysBeyondTerms"/> is NaN.</exception>
    public static double FromDaysBeyondTerms(double daysBeyondTerms) => Curve.Map(daysBeyondTerms);
}

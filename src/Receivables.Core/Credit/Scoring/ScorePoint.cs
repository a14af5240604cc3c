using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>One anchor of a <see cref="ScoreCurve"/>: a raw value and the sub-score it maps to.</summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is the point (0, 0).</remarks>
/// <param name="Value">The raw value (a ratio, days, months…).</param>
/// <param name="Score">The sub-score at that value, 0 to 100.</param>
public readonly record struct ScorePoint(double Value, double Score)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ScorePoint), PrintMembers);
}

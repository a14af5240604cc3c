using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>One band of a <see cref="GradeScale"/>: a grade and the lowest score that earns it.</summary>
/// <remarks>Immutable and thread-safe. The band's upper end is the next better band's minimum (exclusive), or 100
/// (inclusive) for the best band.</remarks>
/// <param name="Grade">The grade's name, such as <c>AAA</c>.</param>
/// <param name="MinScore">The lowest score in the band, 0 to 100.</param>
public sealed record GradeBand(string Grade, double MinScore)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(GradeBand), PrintMembers);
}

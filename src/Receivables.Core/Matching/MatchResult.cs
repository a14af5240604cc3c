using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>The outcome of matching a batch of statement lines: one <see cref="LineMatch"/> per line, in input order.</summary>
/// <remarks>Immutable and thread-safe. Across all lines no item is cleared by more than its open amount.</remarks>
public sealed record MatchResult
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchResult), PrintMembers);

    internal MatchResult(ImmutableArray<LineMatch> lines)
    {
        Lines = lines;
    }

    /// <summary>Gets the line outcomes, in the order the lines were given.</summary>
    public ImmutableArray<LineMatch> Lines { get; }

    /// <summary>Gets the number of lines to apply automatically.</summary>
    public int AutoApplied => Lines.Count(l => l.Decision == MatchDecision.AutoApply);

    /// <summary>Gets the number of lines with a suggestion.</summary>
    public int Suggested => Lines.Count(l => l.Decision == MatchDecision.Suggest);

    /// <summary>Gets the number of unmatched lines.</summary>
    public int Unmatched => Lines.Count(l => l.Decision == MatchDecision.Unmatched);
}

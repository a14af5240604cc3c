using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>One statement line as an <see cref="IMatchConflictPolicy"/> sees it: the line and its proposals, ranked
/// best first (confidence, then the oldest due date among the items, then fewer items, then document numbers). Only
/// proposals that reach <see cref="MatchingOptions.SuggestionThreshold"/> are listed (at most eight).</summary>
/// <remarks>Immutable and thread-safe. Two instances are equal when their line is equal and their proposals are equal
/// element by element.</remarks>
public sealed record MatchConflictLine
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchConflictLine), PrintMembers);

    /// <summary>Creates a line for a conflict policy, such as for testing a policy alone.</summary>
    /// <param name="line">The statement line.</param>
    /// <param name="proposals">Its proposals, best first.</param>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="proposals"/> holds null.</exception>
    public MatchConflictLine(StatementLine line, IEnumerable<MatchProposal> proposals)
    {
        Line = Guard.NotNull(line);
        Proposals = [.. Guard.NotNull(proposals)];
        foreach (var proposal in Proposals)
        {
            Guard.NotNull(proposal, nameof(proposals));
        }
    }

    /// <summary>Gets the statement line.</summary>
    public StatementLine Line { get; }

    /// <summary>Gets the proposals, best first; empty when the line has none worth suggesting.</summary>
    public ImmutableArray<MatchProposal> Proposals { get; }

    /// <summary>Gets the confidence of the best proposal; 0 when there is none.</summary>
    public double BestConfidence => Proposals.IsEmpty ? 0d : Proposals[0].Confidence;

    /// <inheritdoc/>
    public bool Equals(MatchConflictLine? other) => other is not null && Line == other.Line && Proposals.SequenceEqual(other.Proposals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Proposals.Length);
}

using Receivables.Internal;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Receivables.Matching;

/// <summary>
/// The outcome for one statement line: the decision, the allocations (for a suggestion: the first suggestion), the
/// unapplied rest, the confidence and the reasons, plus the other proposals a reviewer may pick instead.
/// </summary>
/// <remarks>
/// <para>Always <c>Line.Amount = Σ Allocations.Applied + Unapplied</c>; an unmatched line has no allocations and its
/// whole amount as <see cref="Unapplied"/> (for a zero or negative line, that amount is zero or negative).</para>
/// <para>Two outcomes are equal when all their properties are (lists element by element).</para>
/// <para>This type is immutable and thread-safe. The list of <see cref="Reasons"/> is put together when first read
/// (all threads see the same list).</para>
/// </remarks>
public sealed record LineMatch
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LineMatch), PrintMembers);

    // The chosen proposal (null when unmatched) holds the allocations, the unapplied rest, the confidence and the
    // evidence: kept by reference rather than copied (a run keeps one outcome per line).
    private readonly MatchProposal? _chosen;
    // What the reasons are made of until they are first read, then the reasons themselves (one field for both: a run
    // keeps one outcome per line and reads few of their reasons).
    private object _whyOrReasons;

    internal LineMatch(StatementLine line, MatchDecision decision, MatchProposal? chosen, ConfidenceBand band, Why why, ImmutableArray<MatchProposal> alternatives)
    {
        Line = line;
        Decision = decision;
        _chosen = chosen;
        Band = band;
        _whyOrReasons = why;
        Alternatives = alternatives;
    }

    /// <summary>Gets the statement line.</summary>
    public StatementLine Line { get; }

    /// <summary>Gets the decision.</summary>
    public MatchDecision Decision { get; }

    /// <summary>Gets the allocations to post (auto-apply) or to show first (suggest); empty when unmatched.</summary>
    public ImmutableArray<MatchAllocation> Allocations => _chosen?.Allocations ?? [];

    /// <summary>Gets the cash left unapplied.</summary>
    public Money Unapplied => _chosen?.Unapplied ?? Line.Amount;

    /// <summary>Gets the confidence of the chosen proposal in [0, 1]; 0 when unmatched without proposal.</summary>
    public double Confidence => _chosen?.Confidence ?? 0d;

    /// <summary>Gets the confidence band.</summary>
    public ConfidenceBand Band { get; }

    /// <summary>Gets the reasons: the evidence, then why the decision was taken (each reason once). Built-in codes are
    /// in <see cref="MatchingReasonCodes"/>; each text is written when first read.</summary>
    public ImmutableArray<Reason> Reasons
    {
        get
        {
            var state = Volatile.Read(ref _whyOrReasons);
            if (state is not Reason[] reasons)
            {
                var list = new List<Reason>();
                foreach (var reason in ((Why)state).Parts(_chosen, Decision))
                {
                    if (!list.Contains(reason))
                    {
                        list.Add(reason);
                    }
                }

                var mine = list.ToArray();
                reasons = Interlocked.CompareExchange(ref _whyOrReasons, mine, state) as Reason[] ?? mine;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(reasons);
        }
    }

    /// <summary>Gets the other proposals, best first (at most four); they may overlap items taken by other lines.</summary>
    public ImmutableArray<MatchProposal> Alternatives { get; }

    /// <summary>Gets the total cash applied to items.</summary>
    public Money Applied => Allocations.Aggregate(Money.Zero(Line.Amount.Currency), (sum, a) => sum + a.Applied);

    /// <inheritdoc/>
    public bool Equals(LineMatch? other)
        => other is not null && Line == other.Line && Decision == other.Decision && Unapplied == other.Unapplied
            && Confidence.Equals(other.Confidence) && Band == other.Band && Allocations.SequenceEqual(other.Allocations)
            && Reasons.SequenceEqual(other.Reasons) && Alternatives.SequenceEqual(other.Alternatives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Decision, Unapplied, Confidence, Allocations.Length);
}

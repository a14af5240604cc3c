using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>
/// The outcome for one statement line: the decision, the allocations (for a suggestion: the first suggestion), the
/// unapplied rest, the confidence and the reasons, plus the other proposals a reviewer may pick instead.
/// </summary>
/// <remarks>
/// <para>Always <c>Line.Amount = Σ Allocations.Applied + Unapplied</c>; an unmatched line has no allocations and its
/// whole amount as <see cref="Unapplied"/> (for a zero or negative line, that amount is zero or negative).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LineMatch
{
    internal LineMatch(StatementLine line, MatchDecision decision, ImmutableArray<MatchAllocation> allocations, Money unapplied, double confidence, ConfidenceBand band, ImmutableArray<string> reasons, ImmutableArray<MatchProposal> alternatives)
    {
        Line = line;
        Decision = decision;
        Allocations = allocations;
        Unapplied = unapplied;
        Confidence = confidence;
        Band = band;
        Reasons = reasons;
        Alternatives = alternatives;
    }

    /// <summary>Gets the statement line.</summary>
    public StatementLine Line { get; }

    /// <summary>Gets the decision.</summary>
    public MatchDecision Decision { get; }

    /// <summary>Gets the allocations to post (auto-apply) or to show first (suggest); empty when unmatched.</summary>
    public ImmutableArray<MatchAllocation> Allocations { get; }

    /// <summary>Gets the cash left unapplied.</summary>
    public Money Unapplied { get; }

    /// <summary>Gets the confidence of the chosen proposal in [0, 1]; 0 when unmatched without proposal.</summary>
    public double Confidence { get; }

    /// <summary>Gets the confidence band.</summary>
    public ConfidenceBand Band { get; }

    /// <summary>Gets the reasons in words: the evidence, then why the decision was taken.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>Gets the other proposals, best first (at most four); they may overlap items taken by other lines.</summary>
    public ImmutableArray<MatchProposal> Alternatives { get; }

    /// <summary>Gets the total cash applied to items.</summary>
    public Money Applied => Allocations.Aggregate(Money.Zero(Line.Amount.Currency), (sum, a) => sum + a.Applied);
}

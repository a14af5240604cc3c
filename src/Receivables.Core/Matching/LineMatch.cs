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
/// <para>This type is immutable and thread-safe. <see cref="Reasons"/> are written when first read; the texts are
/// the same either way.</para>
/// </remarks>
public sealed record LineMatch
{
    private readonly Why _why;
    private string[]? _reasons;

    internal LineMatch(StatementLine line, MatchDecision decision, ImmutableArray<MatchAllocation> allocations, Money unapplied, double confidence, ConfidenceBand band, Why why, ImmutableArray<MatchProposal> alternatives)
    {
        Line = line;
        Decision = decision;
        Allocations = allocations;
        Unapplied = unapplied;
        Confidence = confidence;
        Band = band;
        _why = why;
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

    /// <summary>Gets the reasons in words: the evidence, then why the decision was taken (each text once).</summary>
    public ImmutableArray<string> Reasons
        => Volatile.Read(ref _reasons) is { } written ? ImmutableCollectionsMarshal.AsImmutableArray(written) : Because.Written(ref _reasons, _why.Parts(Confidence), distinct: true);

    /// <summary>Gets the other proposals, best first (at most four); they may overlap items taken by other lines.</summary>
    public ImmutableArray<MatchProposal> Alternatives { get; }

    /// <summary>Gets the total cash applied to items.</summary>
    public Money Applied => Allocations.Aggregate(Money.Zero(Line.Amount.Currency), (sum, a) => sum + a.Applied);

    /// <inheritdoc/>
    public bool Equals(LineMatch? other)
        => other is not null && Line == other.Line && Decision == other.Decision && Unapplied == other.Unapplied
            && Confidence.Equals(other.Confidence) && Band == other.Band && Allocations.SequenceEqual(other.Allocations)
            && Reasons.SequenceEqual(other.Reasons, StringComparer.Ordinal) && Alternatives.SequenceEqual(other.Alternatives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Decision, Unapplied, Confidence, Allocations.Length);
}

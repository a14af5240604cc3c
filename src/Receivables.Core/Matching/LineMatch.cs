using System.Collections.Immutable;

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
    public ImmutableArray<string> Reasons => Because.Written(ref _reasons, _why.Parts(Confidence), distinct: true);

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

/// <summary>What a line's reasons are made of, kept until they are read: the chosen proposal's evidence (its array,
/// shared), the notes, the conflicts with other lines, and why the decision was taken, as a part or, for the two
/// common cases, as the threshold the confidence was compared with.</summary>
internal readonly struct Why(object[] evidence, IReadOnlyList<string> notes, List<object>? blocked, object? decided, double threshold = double.NaN, bool reached = false)
{
    /// <summary>The parts in order; the decision part written from the line's confidence when it is a threshold.</summary>
    public object[] Parts(double confidence)
    {
        var last = decided ?? (double.IsNaN(threshold) ? null : Threshold(confidence));
        var parts = new object[evidence.Length + notes.Count + (blocked?.Count ?? 0) + (last is null ? 0 : 1)];
        evidence.CopyTo(parts, 0);
        var at = evidence.Length;
        foreach (var note in notes)
        {
            parts[at++] = note;
        }

        if (blocked is not null)
        {
            blocked.CopyTo(parts, at);
            at += blocked.Count;
        }

        if (last is not null)
        {
            parts[at] = last;
        }

        return parts;
    }

    private string Threshold(double confidence) => reached
        ? $"confidence {Evidence.Number(confidence)} reaches the auto-apply threshold {Evidence.Number(threshold)}"
        : $"confidence {Evidence.Number(confidence)} is below the auto-apply threshold {Evidence.Number(threshold)}: suggested";
}

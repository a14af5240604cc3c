using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// One way to account for a statement line: the items it settles, the rest left as unapplied cash, how confident
/// the proposal is and why.
/// </summary>
/// <remarks>
/// <para>A proposal accounts for the whole line: the sum of <see cref="MatchAllocation.Applied"/> plus
/// <see cref="Unapplied"/> equals the line amount; discounts and write-offs clear items on top of the cash. The
/// engine checks this for every proposal, including those of custom rules.</para>
/// <para>Two proposals are equal when their allocations, unapplied cash, confidence and reasons are equal.</para>
/// <para>This type is immutable and thread-safe. The built-in rules write <see cref="Reasons"/> only when they are
/// first read; the texts are the same either way.</para>
/// </remarks>
public sealed record MatchProposal
{
    private readonly object[] _reasonParts;
    private string[]? _reasons;

    /// <summary>Initializes a proposal.</summary>
    /// <param name="allocations">The items settled, at most one allocation per item.</param>
    /// <param name="unapplied">The cash left unapplied (overpayment, or nothing fits); zero or positive.</param>
    /// <param name="confidence">The confidence in [0, 1].</param>
    /// <param name="reasons">The reasons in words, most important first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> or <paramref name="reasons"/> is null, or
    /// <paramref name="reasons"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside [0, 1] or not a number.</exception>
    public MatchProposal(IEnumerable<MatchAllocation> allocations, Money unapplied, double confidence, IEnumerable<string> reasons)
        : this([.. Guard.NotNull(allocations)], unapplied, confidence, Texts(reasons), 0)
    {
    }

    private MatchProposal(ImmutableArray<MatchAllocation> allocations, Money unapplied, double confidence, object[] reasons, int _)
    {
        if (double.IsNaN(confidence) || confidence < 0d || confidence > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be between 0 and 1.");
        }

        Allocations = allocations;
        Unapplied = unapplied;
        Confidence = confidence;
        _reasonParts = reasons;
    }

    /// <summary>A proposal of a built-in rule: reasons as strings or <see cref="Because"/> parts, written on first
    /// read, and the index positions of the allocated items when the rule knows them (the engine checks them).</summary>
    internal static MatchProposal Of(ImmutableArray<MatchAllocation> allocations, Money unapplied, double confidence, object[] reasons, int[]? positions = null)
        => new(allocations, unapplied, confidence, reasons, 0) { Positions = positions };

    /// <summary>The index positions of the allocated items, in allocation order, when the rule that made the proposal
    /// knew them; null otherwise.</summary>
    internal int[]? Positions { get; private init; }

    /// <summary>Gets the allocations to items.</summary>
    public ImmutableArray<MatchAllocation> Allocations { get; }

    /// <summary>Gets the cash left unapplied.</summary>
    public Money Unapplied { get; }

    /// <summary>Gets the confidence in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>Gets the reasons in words.</summary>
    public ImmutableArray<string> Reasons => Because.Written(ref _reasons, _reasonParts, distinct: false);

    /// <summary>The reason parts, for composing the reasons of a decision without writing them.</summary>
    internal object[] ReasonParts => _reasonParts;

    private static object[] Texts(IEnumerable<string> reasons)
    {
        object[] texts = [.. Guard.NotNull(reasons)];
        foreach (var text in texts)
        {
            Guard.NotNull(text, nameof(reasons));
        }

        return texts;
    }

    /// <inheritdoc/>
    public bool Equals(MatchProposal? other)
        => other is not null && Unapplied == other.Unapplied && Confidence.Equals(other.Confidence)
            && Allocations.SequenceEqual(other.Allocations) && Reasons.SequenceEqual(other.Reasons, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unapplied, Confidence, Allocations.Length);
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MatchProposal
{
    // One allocation as it is, several (or none) in an array: most proposals settle one item (decision 369).
    private object _allocations;

    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchProposal), PrintMembers);

    /// <summary>Initializes a proposal.</summary>
    /// <param name="allocations">The items settled, at most one allocation per item.</param>
    /// <param name="unapplied">The cash left unapplied (overpayment, or nothing fits); zero or positive.</param>
    /// <param name="confidence">The confidence in [0, 1].</param>
    /// <param name="reasons">The reasons, most important first (built-in codes are in
    /// <see cref="MatchingReasonCodes"/>; a custom rule may define its own).</param>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> or <paramref name="reasons"/> is null, or
    /// <paramref name="reasons"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside [0, 1] or not a number.</exception>
    public MatchProposal(IEnumerable<MatchAllocation> allocations, Money unapplied, double confidence, IEnumerable<Reason> reasons)
        : this((object)Guard.NotNull(allocations).ToArray(), unapplied, confidence, Checked(reasons))
    {
    }

    private MatchProposal(object allocations, Money unapplied, double confidence, ImmutableArray<Reason> reasons)
    {
        if (double.IsNaN(confidence) || confidence < 0d || confidence > 1d)
        {
            throw Guard.OutOfRange(nameof(confidence), confidence, "confidence must be between 0 and 1.");
        }

        _allocations = allocations;
        Unapplied = unapplied;
        Confidence = confidence;
        Reasons = reasons;
    }

    /// <summary>A proposal of a built-in rule over the reasons' array as it is (made for the call, never changed); the
    /// rule hands its items' positions to the context with it.</summary>
    internal static MatchProposal Of(Allocated allocations, Money unapplied, double confidence, Reason[] reasons)
        => new(allocations.Value ?? Array.Empty<MatchAllocation>(), unapplied, confidence, ImmutableCollectionsMarshal.AsImmutableArray(reasons));

    /// <summary>Gets the allocations to items.</summary>
    /// <remarks>A proposal of one item keeps its allocation without an array until this is first read (the array is
    /// then kept; two threads reading at once may each make one, equal).</remarks>
    public ImmutableArray<MatchAllocation> Allocations
    {
        get
        {
            if (_allocations is MatchAllocation one)
            {
                _allocations = new[] { one };
            }

            return ImmutableCollectionsMarshal.AsImmutableArray((MatchAllocation[])_allocations);
        }
    }

    /// <summary>The allocations as the engine reads them (no array made for one).</summary>
    internal Allocated Allocated => Allocated.View(_allocations);

    /// <summary>Gets the cash left unapplied.</summary>
    public Money Unapplied { get; }

    /// <summary>Gets the confidence in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>Gets the reasons, most important first; each text is written when first read.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    private static ImmutableArray<Reason> Checked(IEnumerable<Reason> reasons)
    {
        Reason[] list = [.. Guard.NotNull(reasons)];
        foreach (var reason in list)
        {
            Guard.NotNull(reason, nameof(reasons));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(list);
    }

    /// <inheritdoc/>
    public bool Equals(MatchProposal? other)
        => other is not null && Unapplied == other.Unapplied && Confidence.Equals(other.Confidence)
            && Allocated.SequenceEqual(other.Allocated) && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unapplied, Confidence, Allocated.Length);
}

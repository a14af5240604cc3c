using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>What an <see cref="IMatchConflictPolicy"/> decided for one line: the proposal it takes (an index into
/// <see cref="MatchConflictLine.Proposals"/>, or −1 for none), why better proposals were passed over, and whether the
/// line is held for review.</summary>
/// <remarks>
/// <para>A line that takes a proposal with <see cref="Blocked"/> reasons, or with a <see cref="Review"/> reason, is only
/// suggested; the reasons are added to the line's. A line that takes none is unmatched.</para>
/// <para>Immutable and thread-safe. Two choices are equal when their proposal index, blocked reasons (element by
/// element) and review reason are equal.</para>
/// </remarks>
public sealed record MatchConflictChoice
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchConflictChoice), PrintMembers);

    /// <summary>Creates a choice.</summary>
    /// <param name="proposal">The index of the proposal taken, or −1 for none.</param>
    /// <param name="blocked">Why better-ranked proposals were passed over (such as
    /// <see cref="MatchingReasonCodes.ItemTaken"/>); null or empty for none.</param>
    /// <param name="review">Why the line is held for review although its proposal could be applied (such as
    /// <see cref="MatchingReasonCodes.ConflictReview"/>); null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="proposal"/> is below −1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="blocked"/> holds null.</exception>
    public MatchConflictChoice(int proposal, IEnumerable<Reason>? blocked = null, Reason? review = null)
    {
        Proposal = Guard.InRange(proposal, -1, int.MaxValue);
        Blocked = blocked is null ? [] : [.. blocked];
        foreach (var reason in Blocked)
        {
            Guard.NotNull(reason, nameof(blocked));
        }

        Review = review;
    }

    /// <summary>Gets a choice of no proposal, with nothing passed over (the line is unmatched).</summary>
    public static MatchConflictChoice None { get; } = new(-1);

    /// <summary>Gets the index of the proposal taken in <see cref="MatchConflictLine.Proposals"/>; −1 when none.</summary>
    public int Proposal { get; }

    /// <summary>Gets why better-ranked proposals were passed over; empty when none was.</summary>
    public ImmutableArray<Reason> Blocked { get; }

    /// <summary>Gets why the line is held for review, or null.</summary>
    public Reason? Review { get; }

    /// <inheritdoc/>
    public bool Equals(MatchConflictChoice? other)
        => other is not null && Proposal == other.Proposal && Blocked.SequenceEqual(other.Blocked) && Equals(Review, other.Review);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Proposal, Blocked.Length, Review);
}

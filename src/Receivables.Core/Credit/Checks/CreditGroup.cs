using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>
/// Customers linked to a parent (集团客户): their exposures add up and are checked against a group limit as well as
/// their own limits.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CreditGroup
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditGroup), PrintMembers);

    /// <summary>Creates a group.</summary>
    /// <param name="parent">The parent customer; always a member.</param>
    /// <param name="members">The other members (the parent may be repeated; duplicates are removed).</param>
    /// <param name="limit">The group limit, zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public CreditGroup(CustomerId parent, IEnumerable<CustomerId> members, Money limit)
    {
        Guard.NotNull(members);
        if (limit.IsNegative)
        {
            throw Guard.OutOfRange(nameof(limit), limit, "limit must not be negative.");
        }

        Parent = parent;
        Members = [.. members.Prepend(parent).Distinct().OrderBy(m => m.Value, StringComparer.Ordinal)];
        Limit = limit;
    }

    /// <summary>Gets the parent customer.</summary>
    public CustomerId Parent { get; }

    /// <summary>Gets every member, the parent included, ordered by id.</summary>
    public ImmutableArray<CustomerId> Members { get; }

    /// <summary>Gets the group limit.</summary>
    public Money Limit { get; }

    /// <summary>Adds up the members' exposures: receivables, orders and overdue amounts summed, the oldest overdue age kept.</summary>
    /// <param name="memberExposures">One exposure per member (subject = the customer id); members without one count as zero.</param>
    /// <returns>The group's exposure against <see cref="Limit"/>, with the parent's id as subject followed by " (group)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberExposures"/> is null.</exception>
    /// <exception cref="ArgumentException">An exposure belongs to a customer outside the group.</exception>
    /// <exception cref="CurrencyMismatchException">An exposure is in another currency than the group limit.</exception>
    public CreditExposure Exposure(IEnumerable<CreditExposure> memberExposures)
    {
        Guard.NotNull(memberExposures);
        var zero = Money.Zero(Limit.Currency);
        var (receivables, orders, overdue, oldest) = (zero, zero, zero, 0);
        foreach (var e in memberExposures)
        {
            if (!Members.Any(m => m.Value == e.Subject))
            {
                throw new ArgumentException($"Customer {e.Subject} is not a member of the group of {Parent.Value}.", nameof(memberExposures));
            }

            receivables += e.OpenReceivables;
            orders += e.OpenOrders;
            overdue += e.OverdueAmount;
            oldest = Math.Max(oldest, e.OldestOverdueDays);
        }

        return new CreditExposure(Parent.Value + " (group)", Limit, receivables, orders, overdue, oldest);
    }
}

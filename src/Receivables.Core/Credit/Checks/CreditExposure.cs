using Receivables.Internal;

namespace Receivables.Credit.Checks;

/// <summary>
/// A customer's (or a group's) credit exposure against its limit: open receivables, open orders, and how much is
/// overdue and for how long.
/// </summary>
/// <remarks>Immutable and thread-safe. All amounts share one currency, checked by the constructor.</remarks>
public sealed record CreditExposure
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditExposure), PrintMembers);

    /// <summary>Creates an exposure.</summary>
    /// <param name="subject">The customer or group id, for reasons.</param>
    /// <param name="limit">The credit limit, zero or more.</param>
    /// <param name="openReceivables">The open receivables.</param>
    /// <param name="openOrders">The open orders not yet invoiced.</param>
    /// <param name="overdueAmount">The part of the open receivables past due.</param>
    /// <param name="oldestOverdueDays">The days overdue of the oldest overdue item; 0 when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount or <paramref name="oldestOverdueDays"/> is negative.</exception>
    public CreditExposure(string subject, Money limit, Money openReceivables, Money openOrders, Money overdueAmount, int oldestOverdueDays)
    {
        Subject = Guard.NotBlank(subject);
        foreach (var (m, name) in new[] { (limit, nameof(limit)), (openReceivables, nameof(openReceivables)), (openOrders, nameof(openOrders)), (overdueAmount, nameof(overdueAmount)) })
        {
            if (m.Currency != limit.Currency)
            {
                throw new CurrencyMismatchException(limit.Currency, m.Currency, name);
            }

            if (m.IsNegative)
            {
                throw Guard.OutOfRange(name, m, $"{name} must not be negative.");
            }
        }

        Limit = limit;
        OpenReceivables = openReceivables;
        OpenOrders = openOrders;
        OverdueAmount = overdueAmount;
        OldestOverdueDays = Guard.NotNegative(oldestOverdueDays);
    }

    /// <summary>Gets the customer or group id.</summary>
    public string Subject { get; }

    /// <summary>Gets the credit limit.</summary>
    public Money Limit { get; }

    /// <summary>Gets the open receivables.</summary>
    public Money OpenReceivables { get; }

    /// <summary>Gets the open orders not yet invoiced.</summary>
    public Money OpenOrders { get; }

    /// <summary>Gets the overdue part of the open receivables.</summary>
    public Money OverdueAmount { get; }

    /// <summary>Gets the days overdue of the oldest overdue item (0 when none).</summary>
    public int OldestOverdueDays { get; }

    /// <summary>Gets the exposure: open receivables + open orders.</summary>
    public Money Total => OpenReceivables + OpenOrders;

    /// <summary>Gets the currency.</summary>
    public Currency Currency => Limit.Currency;

    /// <summary>Builds a customer's exposure from its profile (open items, open orders, overdue on the as-of date).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="limit">The customer's limit, such as the limit of a credit assessment; in the profile's currency.</param>
    /// <returns>The exposure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="limit"/> is in another currency.</exception>
    public static CreditExposure FromProfile(CreditProfile profile, Money limit)
    {
        Guard.NotNull(profile);
        var overdue = profile.OpenItems.Where(i => i.Open.Currency == profile.Currency && i.DaysOverdue(profile.AsOf) > 0).ToList();
        return new CreditExposure(
            profile.Customer.Value,
            limit,
            profile.OpenReceivables,
            profile.OpenOrders ?? Money.Zero(profile.Currency),
            overdue.Aggregate(Money.Zero(profile.Currency), (sum, i) => sum + i.Open),
            overdue.Count == 0 ? 0 : overdue.Max(i => i.DaysOverdue(profile.AsOf)));
    }
}

using System.Collections.Immutable;

namespace Receivables.Aging;

/// <summary>One row of an <see cref="AgingSection"/>: a customer's (or segment's) open amounts per bucket in one currency.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AgingLine
{
    internal AgingLine(string key, ImmutableArray<Money> amounts, ImmutableArray<long> counts, DateOnly oldestBasisDate, int oldestAgeDays, string? oldestItem)
    {
        Key = key;
        Amounts = amounts;
        Counts = counts;
        OldestBasisDate = oldestBasisDate;
        OldestAgeDays = oldestAgeDays;
        OldestItem = oldestItem;
        var total = 0m;
        var count = 0L;
        for (var i = 0; i < amounts.Length; i++)
        {
            total += amounts[i].Amount;
            count += counts[i];
        }

        Total = new Money(total, amounts[0].Currency);
        ItemCount = count;
    }

    /// <summary>Gets the group key: the customer id (<see cref="CustomerId.Value"/>) when aged by customer, or the segment key
    /// after <see cref="AgingReport.Regroup"/>.</summary>
    public string Key { get; }

    /// <summary>Gets the open amount per bucket, in the order of <see cref="AgingScheme.Buckets"/>; exact, not rounded.</summary>
    public ImmutableArray<Money> Amounts { get; }

    /// <summary>Gets the number of open items per bucket.</summary>
    public ImmutableArray<long> Counts { get; }

    /// <summary>Gets the sum of <see cref="Amounts"/>.</summary>
    public Money Total { get; }

    /// <summary>Gets the sum of <see cref="Counts"/>.</summary>
    public long ItemCount { get; }

    /// <summary>Gets the basis date (due date or document date, per <see cref="AgingScheme.Basis"/>) of the oldest open item.</summary>
    public DateOnly OldestBasisDate { get; }

    /// <summary>Gets the age in days of the oldest open item on the report's as-of date (negative = not yet due).</summary>
    public int OldestAgeDays { get; }

    /// <summary>Gets the document id of the oldest open item when the report was built from objects, or null for columnar input.
    /// Among items of the same basis date the smallest id (ordinal) is chosen, so merging is order-independent.</summary>
    public string? OldestItem { get; }

    /// <summary>Gets the open amount of the buckets past due (every bucket that is not a not-yet-due bucket).</summary>
    /// <param name="scheme">The scheme of the report.</param>
    /// <returns>The overdue amount.</returns>
    public Money Overdue(AgingScheme scheme)
    {
        Internal.Guard.NotNull(scheme);
        var sum = 0m;
        foreach (var bucket in scheme.Buckets)
        {
            if (!bucket.IsNotYetDue)
            {
                sum += Amounts[bucket.Index].Amount;
            }
        }

        return new Money(sum, Total.Currency);
    }

    /// <summary>Gets the open amount in buckets whose every age is above the given number of days.</summary>
    /// <param name="days">The threshold in days; a bucket counts when its <see cref="AgingBucket.MinAge"/> is greater than it.</param>
    /// <param name="scheme">The scheme of the report.</param>
    /// <returns>The amount over <paramref name="days"/>.</returns>
    public Money Over(int days, AgingScheme scheme)
    {
        Internal.Guard.NotNull(scheme);
        var sum = 0m;
        foreach (var bucket in scheme.Buckets)
        {
            if (bucket.MinAge is { } min && min > days)
            {
                sum += Amounts[bucket.Index].Amount;
            }
        }

        return new Money(sum, Total.Currency);
    }
}

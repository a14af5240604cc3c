using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Analytics;

/// <summary>
/// Collects how long items spend in each step of the collection cycle (<see cref="CollectionStep"/>), per group, on
/// one as-of date; merges with the accumulators of other partitions; and summarises each step
/// (<see cref="ToStatistics"/>).
/// </summary>
/// <remarks>
/// <para>Censoring. A step counts for an item once the item reached the step's start. It is <em>completed</em> when
/// the item reached the step's end on or after its start: its days are end minus start. It is <em>open</em> when the
/// item has not reached the end and is still open on the as-of date: it may yet complete, so its days so far (as-of
/// date minus start) are a lower bound. Open steps are counted (<see cref="CycleStepStatistics.OpenCount"/>) and
/// shown in the longest lists, never in the median or the 90th percentile, which describe completed steps only. A
/// step whose end was never reached by an item that is settled (paid before any reminder, settled by a credit note
/// or a write-off) does not count: the item skipped it. A promise recorded before the first reminder skips the
/// reminder-to-promise step.</para>
/// <para>Merging keeps every duration (percentiles need them all), so memory grows with the items; merging is
/// exact and order-independent, as the statistics sort the durations first.</para>
/// <para>Not thread-safe: use one accumulator per thread and merge them.</para>
/// </remarks>
public sealed class CycleTimeAccumulator
{
    private readonly Dictionary<(CollectionStep Step, string Key), List<StepDuration>> _durations = [];

    /// <summary>Creates an empty accumulator for an as-of date.</summary>
    /// <param name="asOf">The date open steps are counted to.</param>
    public CycleTimeAccumulator(DateOnly asOf)
    {
        AsOf = asOf;
    }

    /// <summary>Gets the as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the number of items added, merged ones included.</summary>
    public int ItemCount { get; private set; }

    /// <summary>Adds one item's cycle to every step it counts in.</summary>
    /// <param name="cycle">The item's milestones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    /// <exception cref="ArgumentException">A milestone of the item is after the as-of date.</exception>
    public void Add(ItemCycle cycle)
    {
        Guard.NotNull(cycle);
        if (new[] { cycle.Invoiced, cycle.FirstReminder, cycle.FirstPromise, cycle.Paid }.Any(d => d > AsOf))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {cycle.Item} has a milestone after the as-of date {AsOf:yyyy-MM-dd}."), nameof(cycle));
        }

        foreach (var step in Enum.GetValues<CollectionStep>())
        {
            var (start, end) = cycle.Milestones(step);
            if (start is not { } s)
            {
                continue;
            }

            StepDuration duration;
            if (end is { } e && e >= s)
            {
                duration = new StepDuration(cycle.Customer, cycle.Item, e.DayNumber - s.DayNumber, IsOpen: false);
            }
            else if (end is null && cycle.IsOpen)
            {
                duration = new StepDuration(cycle.Customer, cycle.Item, AsOf.DayNumber - s.DayNumber, IsOpen: true);
            }
            else
            {
                continue;
            }

            List(step, cycle.Key).Add(duration);
        }

        ItemCount++;
    }

    /// <summary>Adds everything another accumulator holds; the other is not changed.</summary>
    /// <param name="other">The other accumulator, for the same as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other accumulator has another as-of date.</exception>
    public void Merge(CycleTimeAccumulator other)
    {
        Guard.NotNull(other);
        if (other.AsOf != AsOf)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Cannot merge cycle times as of {other.AsOf:yyyy-MM-dd} into cycle times as of {AsOf:yyyy-MM-dd}."), nameof(other));
        }

        var parts = other._durations.Select(p => (p.Key, Durations: p.Value.ToArray())).ToList();
        var count = other.ItemCount;
        foreach (var ((step, key), durations) in parts)
        {
            List(step, key).AddRange(durations);
        }

        ItemCount += count;
    }

    /// <summary>Summarises every step: first all groups together (key <see langword="null"/>), then each group.</summary>
    /// <param name="top">How many items and customers to list as the longest in each step. The default value is 5.</param>
    /// <returns>Per step in <see cref="CollectionStep"/> order: the line for all groups (present even when no item
    /// counts in the step), then one line per group that has items in the step, ordered by key (ordinal).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public IReadOnlyList<CycleStepStatistics> ToStatistics(int top = 5)
    {
        Guard.NotNegative(top);
        var lines = new List<CycleStepStatistics>();
        foreach (var step in Enum.GetValues<CollectionStep>())
        {
            var groups = _durations.Where(p => p.Key.Step == step).OrderBy(p => p.Key.Key, StringComparer.Ordinal).ToList();
            lines.Add(Summarise(step, null, [.. groups.SelectMany(g => g.Value)], top));
            lines.AddRange(groups.Select(g => Summarise(step, g.Key.Key, g.Value, top)));
        }

        return lines;
    }

    private static CycleStepStatistics Summarise(CollectionStep step, string? key, List<StepDuration> durations, int top)
    {
        var completed = durations.Where(d => !d.IsOpen).Select(d => d.Days).Order().ToArray();
        var longest = durations
            .OrderByDescending(d => d.Days)
            .ThenBy(d => d.Item.Value, StringComparer.Ordinal)
            .ThenBy(d => d.IsOpen)
            .Take(top);
        var customers = durations
            .GroupBy(d => d.Customer)
            .Select(g =>
            {
                var done = g.Where(d => !d.IsOpen).ToList();
                return new CustomerStepTime(
                    g.Key,
                    done.Count,
                    g.Count(d => d.IsOpen),
                    done.Count == 0 ? null : (decimal)done.Sum(d => (long)d.Days) / done.Count,
                    g.Max(d => d.Days));
            })
            .OrderByDescending(c => c.LongestDays)
            .ThenByDescending(c => c.AverageDays ?? -1m)
            .ThenBy(c => c.Customer.Value, StringComparer.Ordinal)
            .Take(top);
        return new CycleStepStatistics(
            step,
            key,
            completed.Length,
            durations.Count - completed.Length,
            completed.Length == 0 ? null : Percentiles.AtRank(completed, 50d),
            completed.Length == 0 ? null : Percentiles.AtRank(completed, 90d),
            [.. longest],
            [.. customers]);
    }

    private List<StepDuration> List(CollectionStep step, string key)
    {
        if (!_durations.TryGetValue((step, key), out var list))
        {
            list = [];
            _durations.Add((step, key), list);
        }

        return list;
    }
}

using System.Globalization;
using FsCheck.Fluent;
using Receivables.Analytics;
using Receivables.Tests.Support;

namespace Receivables.Tests.Analytics;

public class CycleTimeAccumulatorTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void ToStatistics_FourItems_MedianAndPercentileByHandWithOpenItemsCensored()
    {
        var accumulator = new CycleTimeAccumulator(AsOf);
        // A: invoiced 1 Mar, reminded 10 Apr (40 days), promise 15 Apr (5), paid 30 Apr (15); whole cycle 60 days.
        accumulator.Add(Cycle("C-1", "A", "华东", new(2026, 3, 1), new(2026, 4, 10), new(2026, 4, 15), new(2026, 4, 30)));
        // B: invoiced 1 Mar, paid 31 Mar without a reminder (30 days).
        accumulator.Add(Cycle("C-1", "B", "华东", new(2026, 3, 1), null, null, new(2026, 3, 31)));
        // C: invoiced 1 May, reminded 11 Jun (41 days), no promise, still open: 19 days waiting on 30 Jun.
        accumulator.Add(Cycle("C-2", "C", "华北", new(2026, 5, 1), new(2026, 6, 11), null, null));
        // D: invoiced 1 Jan, promise 20 Jan before the reminder of 1 Feb (31 days): no reminder-to-promise step; paid 10 Feb.
        accumulator.Add(Cycle("C-2", "D", "华北", new(2026, 1, 1), new(2026, 2, 1), new(2026, 1, 20), new(2026, 2, 10)));

        var lines = accumulator.ToStatistics(top: 2);

        var toReminder = Line(lines, CollectionStep.InvoiceToReminder, null);
        Assert.Equal((3, 0, 40, 41), (toReminder.CompletedCount, toReminder.OpenCount, toReminder.MedianDays, toReminder.Percentile90Days)); // 31, 40, 41
        var toPromise = Line(lines, CollectionStep.ReminderToPromise, null);
        Assert.Equal((1, 1, 5, 5), (toPromise.CompletedCount, toPromise.OpenCount, toPromise.MedianDays, toPromise.Percentile90Days));       // D skipped, C open
        Assert.Equal([new StepDuration(new("C-2"), new("C"), 19, IsOpen: true), new StepDuration(new("C-1"), new("A"), 5, IsOpen: false)], toPromise.LongestItems.ToArray());
        var promiseToPayment = Line(lines, CollectionStep.PromiseToPayment, null);
        Assert.Equal((2, 0, 15, 21), (promiseToPayment.CompletedCount, promiseToPayment.OpenCount, promiseToPayment.MedianDays, promiseToPayment.Percentile90Days)); // 15, 21
        var whole = Line(lines, CollectionStep.InvoiceToPayment, null);
        Assert.Equal((3, 1, 40, 60), (whole.CompletedCount, whole.OpenCount, whole.MedianDays, whole.Percentile90Days));              // 30, 40, 60; C open 60 days
        var north = Line(lines, CollectionStep.InvoiceToPayment, "华北");
        Assert.Equal((1, 1, 40, 40), (north.CompletedCount, north.OpenCount, north.MedianDays, north.Percentile90Days));
        // Both customers have a 60-day item (C-2's still open); C-1's completed items average longer (60 and 30 against 40).
        Assert.Equal([new CustomerStepTime(new("C-1"), 2, 0, 45m, 60), new CustomerStepTime(new("C-2"), 1, 1, 40m, 60)], whole.LongestCustomers.ToArray());
    }

    [Fact]
    public void ToStatistics_Empty_HasOneEmptyLinePerStep()
    {
        var lines = new CycleTimeAccumulator(AsOf).ToStatistics();

        Assert.Equal(Enum.GetValues<CollectionStep>(), lines.Select(l => l.Step));
        Assert.All(lines, l => Assert.Equal((null, 0, 0, null, null, 0), (l.Key, l.CompletedCount, l.OpenCount, l.MedianDays, l.Percentile90Days, l.LongestItems.Length)));
    }

    [Fact]
    public void Add_MilestoneAfterTheAsOfDate_Throws()
    {
        var accumulator = new CycleTimeAccumulator(AsOf);

        Assert.Throws<ArgumentException>("cycle", () => accumulator.Add(Cycle("C-1", "A", "x", new(2026, 6, 1), null, null, new(2026, 7, 1))));
        Assert.Equal(0, accumulator.ItemCount);
    }

    [Fact]
    public void Merge_OtherAsOfDate_Throws()
    {
        var accumulator = new CycleTimeAccumulator(AsOf);

        Assert.Throws<ArgumentException>("other", () => accumulator.Merge(new CycleTimeAccumulator(AsOf.AddDays(1))));
    }

    [Fact]
    public void Merge_AnySplitInAnyOrder_EqualsTheWhole()
    {
        var cases = from cycles in Arbitraries.ItemCyclesGen
                    from cut in Gen.Choose(0, cycles.Length)
                    from reversed in Gen.Elements(false, true)
                    select (cycles, cut, reversed);
        Properties.Check(cases.ToArbitrary(), c =>
        {
            var whole = Accumulate(c.cycles);
            var first = Accumulate(c.cycles[..c.cut]);
            var second = Accumulate(c.cycles[c.cut..]);

            var merged = new CycleTimeAccumulator(Arbitraries.AnalyticsAsOf);
            merged.Merge(c.reversed ? second : first);
            merged.Merge(c.reversed ? first : second);

            Assert.Equal(Describe(whole.ToStatistics()), Describe(merged.ToStatistics()));
            Assert.Equal(c.cycles.Length, merged.ItemCount);
        });
    }

    [Fact]
    public void ToStatistics_AnyCycles_CountsAndPercentilesMatchAPlainRecount()
    {
        Properties.Check(Arbitraries.ItemCyclesGen.ToArbitrary(), cycles =>
        {
            var lines = Accumulate(cycles.OrderBy(c => c.Item.Value, StringComparer.Ordinal)).ToStatistics(top: 3);

            foreach (var line in lines)
            {
                // The oracle: the step's two milestones read straight from each cycle, without the accumulator.
                var completed = new List<int>();
                var open = 0;
                foreach (var c in cycles.Where(c => line.Key is null || c.Key == line.Key))
                {
                    var (start, end) = line.Step switch
                    {
                        CollectionStep.InvoiceToReminder => ((DateOnly?)c.Invoiced, c.FirstReminder),
                        CollectionStep.ReminderToPromise => (c.FirstReminder, c.FirstPromise),
                        CollectionStep.PromiseToPayment => (c.FirstPromise, c.Paid),
                        CollectionStep.ReminderToPayment => (c.FirstReminder, c.Paid),
                        _ => (c.Invoiced, c.Paid),
                    };
                    if (start is null)
                    {
                        continue;
                    }

                    if (end >= start)
                    {
                        completed.Add(end.Value.DayNumber - start.Value.DayNumber);
                    }
                    else if (end is null && c.IsOpen)
                    {
                        open++;
                    }
                }

                Assert.Equal((completed.Count, open), (line.CompletedCount, line.OpenCount));
                if (completed.Count == 0)
                {
                    Assert.Null(line.MedianDays);
                    continue;
                }

                Assert.Contains(line.MedianDays!.Value, completed);
                Assert.Contains(line.Percentile90Days!.Value, completed);
                Assert.True(line.MedianDays <= line.Percentile90Days);
                Assert.True(completed.Count(d => d <= line.MedianDays) * 2 >= completed.Count);
                Assert.True(completed.Count(d => d < line.MedianDays) * 2 < completed.Count);
                Assert.True(line.LongestItems.Length <= 3);
                Assert.True(line.LongestItems.SequenceEqual(line.LongestItems.OrderByDescending(d => d.Days)));
            }
        });
    }

    private static CycleTimeAccumulator Accumulate(IEnumerable<ItemCycle> cycles)
    {
        var accumulator = new CycleTimeAccumulator(Arbitraries.AnalyticsAsOf);
        foreach (var cycle in cycles)
        {
            accumulator.Add(cycle);
        }

        return accumulator;
    }

    private static List<string> Describe(IEnumerable<CycleStepStatistics> lines)
        => [.. lines.Select(l => string.Create(CultureInfo.InvariantCulture,
            $"{l.Step} {l.Key} {l.CompletedCount} {l.OpenCount} {l.MedianDays} {l.Percentile90Days} [{string.Join(", ", l.LongestItems)}] [{string.Join(", ", l.LongestCustomers)}]"))];

    private static CycleStepStatistics Line(IEnumerable<CycleStepStatistics> lines, CollectionStep step, string? key)
        => lines.Single(l => l.Step == step && l.Key == key);

    private static ItemCycle Cycle(string customer, string item, string key, DateOnly invoiced, DateOnly? reminder, DateOnly? promise, DateOnly? paid)
        => new(new(customer), new(item), key, invoiced, reminder, promise, paid, isOpen: paid is null);
}

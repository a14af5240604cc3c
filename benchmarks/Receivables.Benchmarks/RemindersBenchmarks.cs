using BenchmarkDotNet.Attributes;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Benchmarks;

/// <summary>
/// Planning reminders for 500k and 1M open items of 50k and 100k customers (ten items each) with a realistic history:
/// a third of the customers had one to three reminders in the last 60 days, 5% of items are disputed and 5% under a
/// promise (half of them broken). The planner single-threaded against a LINQ group-and-sum over the same items (the
/// baseline: the least any plan must do, touching every item once by customer).
/// </summary>
[MemoryDiagnoser]
public class RemindersBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);
    private OpenItem[] _items = [];
    private ReminderHistory _history = ReminderHistory.Empty;
    private ReminderStrategy _strategy = null!;
    private ReminderPlanner _planner = null!;

    [Params(500_000, 1_000_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var customers = Items / 10;
        var ids = Enumerable.Range(0, customers).Select(c => new CustomerId($"C-{c:D6}")).ToArray();
        _items = new OpenItem[Items];
        for (var i = 0; i < Items; i++)
        {
            var customer = ids[random.Next(customers)];
            var due = AsOf.AddDays(random.Next(-120, 30));
            var amount = Money.Of(random.Next(100, 10_000_000) / 100m, "CNY");
            var roll = random.Next(100);
            ItemDispute? dispute = roll < 5 ? new ItemDispute(due, "price") : null;
            PromiseToPay? promise = roll is >= 5 and < 10 ? new PromiseToPay(AsOf.AddDays(-20), AsOf.AddDays(random.Next(-10, 10)), amount, null) : null;
            _items[i] = new OpenItem(new DocumentId($"INV-{i:D7}"), customer, amount, due.AddDays(-30), due, dispute: dispute, promise: promise);
        }

        var issued = new List<ReminderIssued>();
        foreach (var group in _items.GroupBy(i => i.Customer))
        {
            if (random.Next(3) != 0)
            {
                continue;
            }

            var overdue = group.Where(i => i.DueDate < AsOf).Select(i => i.Id).ToArray();
            for (var r = random.Next(1, 4); r > 0 && overdue.Length > 0; r--)
            {
                issued.Add(new ReminderIssued(AsOf.AddDays(-random.Next(1, 60)), group.Key, "standard", r, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, ReminderTrigger.Schedule, overdue));
            }
        }

        _history = ReminderHistory.Create(issued);
        _strategy = ReminderStrategy.For(ReminderPolicy.Create(new ReminderPolicyOptions
        {
            Levels =
            {
                new ReminderLevelOptions { Days = -5, MinIntervalDays = 5 },
                new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm, Fee = new ReminderFeeOptions { Fixed = { ["CNY"] = 50m } }, MinimumOverdue = { ["CNY"] = 500m } },
                new ReminderLevelOptions { Days = 20, Action = ReminderAction.PhoneTask, Channels = { ReminderChannel.Phone } },
                new ReminderLevelOptions { Days = 35, Tone = ReminderTone.FinalDemand, Fee = new ReminderFeeOptions { Percent = 1m, Cap = { ["CNY"] = 2_000m } } },
            },
        }));
        _planner = ReminderPlanner.Create(new ReminderPlannerOptions());
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupAndSum()
        => _items.Where(i => !i.IsDisputed).GroupBy(i => i.Customer).Count(g => g.Sum(i => i.Open.Amount) > 500m && g.Max(i => i.DaysOverdue(AsOf)) > 3);

    [Benchmark]
    public int Plan() => _planner.Plan(AsOf, _items, _history, _strategy).Customers.Length;

    /// <summary>The plan, then every proposal and its lines read, as a host that sends every reminder of the night
    /// does (the plan writes a customer's proposals when they are first read: decision 502). Reasons and skips are not
    /// read.</summary>
    [Benchmark]
    public int PlanReadingEveryProposal()
    {
        var lines = 0;
        foreach (var customer in _planner.Plan(AsOf, _items, _history, _strategy).Customers)
        {
            foreach (var proposal in customer.Proposals)
            {
                lines += proposal.Lines.Length;
            }
        }

        return lines;
    }
}

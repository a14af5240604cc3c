using FsCheck;
using FsCheck.Fluent;
using Receivables.Calendars;
using Receivables.Reminders;
using Receivables.Tests.Support;

namespace Receivables.Tests.Reminders;

/// <summary>The planner's invariants over random situations, each checked against facts taken from the input (never
/// from the planner's own bookkeeping).</summary>
public class ReminderPropertyTests
{
    private static readonly Arbitrary<ReminderScenario> Scenarios = Arbitraries.ReminderScenarioGen.ToArbitrary();

    [Fact]
    public void Plan_Never_RemindsADisputedItem()
    {
        Properties.Check(Scenarios, s =>
        {
            var disputed = s.Items.Where(i => i.IsDisputed).Select(i => i.Id).ToHashSet();

            var plan = Run(s);

            Assert.DoesNotContain(plan.Proposals.SelectMany(p => p.Lines), l => disputed.Contains(l.Item));
        });
    }

    [Fact]
    public void Plan_Never_RemindsAnItemUnderAnUnexpiredPromise()
    {
        Properties.Check(Scenarios, s =>
        {
            var held = s.Items.Where(i => i.Promise is { } p && s.AsOf <= p.PromisedDate.AddDays(Policy(s).PromiseGraceDays)).Select(i => i.Id).ToHashSet();

            var plan = Run(s);

            Assert.DoesNotContain(plan.Proposals.SelectMany(p => p.Lines), l => held.Contains(l.Item));
        });
    }

    [Fact]
    public void Plan_Never_ContactsOnANonBusinessDay()
    {
        Properties.Check(Scenarios, s =>
        {
            var businessDay = Calendar(s).IsBusinessDay(s.AsOf);

            var plan = Run(s);

            Assert.True(businessDay || !plan.Proposals.Any());
        });
    }

    [Fact]
    public void Plan_Never_ExceedsTheContactCapOrContactsTwiceADay()
    {
        Properties.Check(Scenarios, s =>
        {
            var plan = Run(s);

            foreach (var customer in plan.Customers)
            {
                var before = s.Issued.Where(i => i.Customer == customer.Customer).Select(i => i.Date).ToList();
                var inWindow = before.Count(d => d > s.AsOf.AddDays(-s.Window) && d <= s.AsOf);
                Assert.True(inWindow + customer.Proposals.Length <= Math.Max(inWindow, s.MaxContacts), $"{customer.Customer}: {inWindow} + {customer.Proposals.Length} > {s.MaxContacts}");
                Assert.True(customer.Proposals.IsEmpty || !before.Contains(s.AsOf));
            }
        });
    }

    [Fact]
    public void Plan_DoesNotDependOnInputOrder()
    {
        Properties.Check(Scenarios, s =>
        {
            var random = new Random(s.Seed);
            var shuffled = s with { Items = [.. s.Items.OrderBy(_ => random.Next())], Issued = [.. s.Issued.OrderBy(_ => random.Next())], Contacts = [.. s.Contacts.OrderBy(_ => random.Next())] };

            Assert.Equal(Describe(Run(s)), Describe(Run(shuffled)));
        });
    }

    [Fact]
    public void Plan_RecordedThenPlannedAgainOnTheSameDate_ProposesNothing()
    {
        Properties.Check(Scenarios, s =>
        {
            var first = Run(s);
            var issuedToday = first.ToIssued().ToList();

            var again = Run(s with { Issued = [.. s.Issued, .. issuedToday] });

            Assert.Empty(again.Proposals);
        });
    }

    [Fact]
    public void Plan_EveryOverdueItemIsProposedOrSkippedWithAReason()
    {
        Properties.Check(Scenarios, s =>
        {
            var plan = Run(s);

            var accounted = plan.Proposals.SelectMany(p => p.Lines.Select(l => l.Item))
                .Concat(plan.Customers.SelectMany(c => c.Skipped).Where(k => k.Item is not null).Select(k => k.Item!.Value))
                .ToHashSet();
            var deferred = plan.Customers.Where(c => c.Skipped.Any(k => k.Item is null)).Select(c => c.Customer).ToHashSet();
            Assert.All(s.Items.Where(i => !deferred.Contains(i.Customer)), i => Assert.Contains(i.Id, accounted));
            Assert.All(plan.Customers.SelectMany(c => c.Skipped), k => Assert.Equal("reminders", k.Reason.Definition.Module));
        });
    }

    [Fact]
    public void Calculate_Fee_NeverAboveTheCapNorNegativeAndEqualsTheFormulaBelowIt()
    {
        Properties.Check(Arbitraries.FeeCaseGen.ToArbitrary(), f =>
        {
            var options = new ReminderFeeOptions { Fixed = { ["CNY"] = f.Fixed }, Percent = f.Percent };
            foreach (var (from, fee) in f.Tiers)
            {
                options.Tiers.Add(new ReminderFeeTier { Currency = "CNY", From = from, Fee = fee });
            }

            if (f.Cap is { } cap)
            {
                options.Cap["CNY"] = cap;
            }

            var policy = ReminderPolicy.Create(new ReminderPolicyOptions { Levels = { new ReminderLevelOptions { Fee = options } } });

            var result = policy.Levels[0].Fee.Calculate(f.Overdue);

            var tier = f.Tiers.Where(t => f.Overdue.Amount >= t.From).Select(t => t.Fee).LastOrDefault();
            var formula = f.Fixed + Math.Round(f.Overdue.Amount * f.Percent / 100m, 2, MidpointRounding.AwayFromZero) + tier;
            var expected = f.Cap is { } c && formula > c ? c : formula;
            Assert.Equal(expected, result.Amount);
            Assert.True(result.Amount >= 0m && (f.Cap is null || result.Amount <= f.Cap));
        });
    }

    private static ReminderPolicy Policy(ReminderScenario s)
    {
        var options = ReminderFixtures.StandardOptions();
        options.PerItem = s.PerItem;
        return ReminderPolicy.Create(options);
    }

    private static BusinessCalendar Calendar(ReminderScenario s) => s.ChinaCalendar ? BusinessCalendars.ChinaMainland : BusinessCalendars.SaturdaySunday;

    private static ReminderPlan Run(ReminderScenario s)
    {
        var planner = ReminderPlanner.Create(new ReminderPlannerOptions
        {
            Calendar = Calendar(s),
            MaxContacts = s.MaxContacts,
            ContactWindowDays = s.Window,
            ActionPolicy = s.Jump ? ReminderActionPolicies.ByDaysOverdue : ReminderActionPolicies.Ladder,
        });
        return planner.Plan(s.AsOf, s.Items, ReminderHistory.Create(s.Issued, s.Contacts), ReminderStrategy.For(Policy(s)));
    }

    private static string Describe(ReminderPlan plan)
        => string.Join("\n", plan.Customers.Select(c =>
            $"{c.Customer} next {c.NextActionDate}: " +
            string.Join(" | ", c.Proposals.Select(p => $"{p} fees {string.Join(",", p.Fees)} next {p.NextActionDate} [{string.Join(",", p.Lines.Select(l => l.Item))}] {string.Join(";", p.Reasons.Select(r => r.Text))}")) +
            " skipped " + string.Join(";", c.Skipped.Select(k => $"{k.Item}:{k.Reason.Text}:{k.RetryOn}"))));
}

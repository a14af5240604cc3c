using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FsCheck.Fluent;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Reminders;
using Receivables.Terms;
using Receivables.Tests.Reminders.Reference;
using Receivables.Tests.Support;

namespace Receivables.Tests.Reminders;

/// <summary>
/// The fast planner (decision 501) against the planner it replaced, kept verbatim in
/// <see cref="ReferenceReminderPlanner"/> with the history index and built-in action policies of that time: every
/// proposal, line, total, fee, interest, next date, reason (code and every argument), skip and customer reason must be
/// the same, on random small worlds (FsCheck) and on large benchmark-like worlds.
/// </summary>
public class ReminderPlannerFastFormTests
{
    [Fact]
    public void Plan_RandomWorlds_EqualsTheReferencePlanner()
    {
        Properties.Check(Arbitraries.ReminderWorldGen.ToArbitrary(), w =>
        {
            var (items, history, strategy, customers, documents, options, reference) = Build(w);

            var fast = ReminderPlanner.Create(options).Plan(w.Scenario.AsOf, items, history, strategy, customers, documents);
            var expected = new ReferenceReminderPlanner(reference).Plan(w.Scenario.AsOf, items, history, strategy, customers, documents);

            Assert.Equal(Describe(expected), Describe(fast));
        });
    }

    [Fact]
    public void Plan_RandomWorldsReadTwiceAndConcurrently_GivesTheSameReasons()
    {
        Properties.Check(Arbitraries.ReminderWorldGen.ToArbitrary(), w =>
        {
            var (items, history, strategy, customers, documents, options, _) = Build(w);
            var plan = ReminderPlanner.Create(options).Plan(w.Scenario.AsOf, items, history, strategy, customers, documents);

            var texts = new string[4];
            Parallel.For(0, texts.Length, i => texts[i] = Describe(plan));

            Assert.All(texts, t => Assert.Equal(texts[0], t));
            Assert.Equal(texts[0], Describe(plan));
        });
    }

    [Theory]
    [InlineData(1, 30_000, false, false)]
    [InlineData(2, 20_000, true, false)]
    [InlineData(3, 20_000, false, true)]
    [InlineData(4, 5_000, true, true)]
    public void Plan_BenchmarkLikeWorld_EqualsTheReferencePlanner(int seed, int count, bool jump, bool perItem)
    {
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(seed, count, asOf, perItem);
        var options = new ReminderPlannerOptions { ActionPolicy = jump ? ReminderActionPolicies.ByDaysOverdue : ReminderActionPolicies.Ladder };
        var reference = new ReminderPlannerOptions { ActionPolicy = jump ? ReferenceActionPolicies.ByDaysOverdue : ReferenceActionPolicies.Ladder };

        var fast = ReminderPlanner.Create(options).Plan(asOf, items, history, strategy);
        var expected = new ReferenceReminderPlanner(reference).Plan(asOf, items, history, strategy);

        Assert.True(fast.Proposals.Any() && fast.Customers.Any(c => !c.Skipped.IsEmpty));
        Assert.Equal(Describe(expected), Describe(fast));
    }

    [Fact]
    public void Skip_WrittenOnRead_EqualsTheEagerSkipAndSurvivesWithAndDeconstruct()
    {
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(5, 2_000, asOf, perItem: false);
        var plan = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);
        var skips = plan.Customers.SelectMany(c => c.Skipped).Where(k => k.Item is not null).ToList();
        var codes = skips.Select(k => k.Reason.Code).ToHashSet();
        Assert.Contains(ReminderReasonCodes.Waiting.Code, codes);
        Assert.Contains(ReminderReasonCodes.Disputed.Code, codes);
        Assert.Contains(ReminderReasonCodes.PromiseHeld.Code, codes);

        foreach (var skip in skips)
        {
            var eager = new ReminderSkip(skip.Item, skip.Reason.Definition.With([.. skip.Reason.Arguments.Select(a => a.Value)]), skip.RetryOn);
            var moved = skip with { Item = new DocumentId("OTHER") };
            var (item, reason, retry) = skip;

            Assert.Equal(eager, skip);
            Assert.Equal(eager.GetHashCode(), skip.GetHashCode());
            Assert.Equal(skip.Reason, moved.Reason);
            Assert.NotEqual(skip, moved);
            Assert.Equal((skip.Item, skip.Reason, skip.RetryOn), (item, reason, retry));
            Assert.Same(skip.Reason, skip.Reason);
        }
    }

    [Fact]
    public void Customers_RandomWorldsReadConcurrently_EveryThreadGetsTheSameArrays()
    {
        Properties.Check(Arbitraries.ReminderWorldGen.ToArbitrary(), w =>
        {
            var (items, history, strategy, customers, documents, options, _) = Build(w);
            var plan = ReminderPlanner.Create(options).Plan(w.Scenario.AsOf, items, history, strategy, customers, documents);

            // Four threads read every customer's rows first (nothing was read before), in different orders.
            var seen = new (ImmutableArray<ReminderProposal> Proposals, ImmutableArray<ReminderSkip> Skipped, ImmutableArray<Reason> Reasons)[4][];
            Parallel.For(0, seen.Length, t =>
            {
                var order = t % 2 == 0 ? plan.Customers : [.. Enumerable.Reverse(plan.Customers)];
                var read = order.Select(c => (c.Proposals, c.Skipped, c.Reasons)).ToArray();
                seen[t] = t % 2 == 0 ? read : [.. Enumerable.Reverse(read)];
            });

            for (var k = 0; k < plan.Customers.Length; k++)
            {
                var c = plan.Customers[k];
                Assert.All(seen, s => Assert.True(s[k].Proposals == c.Proposals && s[k].Skipped == c.Skipped && s[k].Reasons == c.Reasons));
                Assert.False(c.Proposals.IsDefault || c.Skipped.IsDefault || c.Reasons.IsDefault);
            }
        });
    }

    [Fact]
    public void CustomerReminders_WrittenOnRead_EqualsTheEagerValueAndSurvivesWithAndDeconstruct()
    {
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(6, 2_000, asOf, perItem: false);
        var plan = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);
        Assert.Contains(plan.Customers, c => !c.Proposals.IsEmpty && !c.Skipped.IsEmpty && !c.Reasons.IsEmpty);

        foreach (var c in plan.Customers)
        {
            var eager = new CustomerReminders(c.Customer, c.Proposals, c.Skipped, c.NextActionDate, c.Reasons);
            var renamed = c with { Customer = new CustomerId("OTHER") };
            var later = c with { NextActionDate = asOf.AddDays(400) };
            var (customer, proposals, skipped, next, reasons) = c;

            Assert.Equal(eager, c);
            Assert.Equal(eager.GetHashCode(), c.GetHashCode());
            Assert.Equal(eager.ToString(), c.ToString());
            Assert.NotEqual(c, later);
            Assert.True(later.Proposals == c.Proposals && later.Skipped == c.Skipped && later.Reasons == c.Reasons);
            Assert.True(proposals == c.Proposals && skipped == c.Skipped && reasons == c.Reasons);
            Assert.Equal((c.Customer, c.NextActionDate), (customer, next));

            // A copy with another customer keeps the reasons the plan wrote (they name the planned customer).
            Assert.Equal(c.Reasons.Select(r => r.ToString()), renamed.Reasons.Select(r => r.ToString()));
            Assert.All(c.Reasons, r => Assert.Equal(c.Customer.Value, r["customer"]));
        }
    }

    [Fact]
    public void CustomerReminders_WrittenOnRead_WithGivenArraysKeepsThemEvenDefault()
    {
        // `with` on a customer of a plan replaces an array by what it is given, as on any record: a default array
        // stays default and is not written from the plan's rows again.
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(8, 2_000, asOf, perItem: false);
        var plan = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);
        var fresh = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);
        var k = plan.Customers.Select((c, i) => (c, i)).First(x => !x.c.Proposals.IsEmpty && !x.c.Skipped.IsEmpty).i;

        var noSkips = fresh.Customers[k] with { Skipped = default };
        var noProposals = fresh.Customers[k] with { Proposals = [] };
        var noReasons = fresh.Customers[k] with { Reasons = default };

        Assert.True(noSkips.Skipped.IsDefault);
        Assert.Equal(Text(plan.Customers[k].Proposals), Text(noSkips.Proposals));
        Assert.True(noProposals.Proposals.IsEmpty);
        Assert.Equal(Text(plan.Customers[k].Skipped), Text(noProposals.Skipped));
        Assert.True(noReasons.Reasons.IsDefault);
        Assert.Equal(Text(plan.Customers[k].Proposals), Text(noReasons.Proposals));

        static IEnumerable<string> Text<T>(ImmutableArray<T> values) => values.Select(v => v!.ToString()!);
    }

    [Fact]
    public void CustomerReminders_CopiedBeforeRead_EqualsTheOriginal()
    {
        // `with` before anything was read: the copy and the original share the arrays the plan writes, so they stay
        // equal whichever is read first (equality compares the arrays by reference).
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(9, 2_000, asOf, perItem: false);
        var plan = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);

        foreach (var c in plan.Customers)
        {
            var copy = c with { NextActionDate = c.NextActionDate };

            Assert.Equal(c, copy);
            Assert.True(copy.Proposals == c.Proposals && copy.Skipped == c.Skipped && copy.Reasons == c.Reasons);
        }
    }

    [Fact]
    public void Customers_ReadTwice_GivesTheSameArraysAndText()
    {
        var asOf = new DateOnly(2026, 11, 30);
        var (items, history, strategy) = BenchmarkWorld(7, 3_000, asOf, perItem: true);
        var plan = ReminderPlanner.Create(new ReminderPlannerOptions()).Plan(asOf, items, history, strategy);

        var first = Describe(plan);
        var arrays = plan.Customers.Select(c => (c.Proposals, c.Skipped, c.Reasons)).ToArray();

        Assert.Equal(first, Describe(plan));
        Assert.Equal(arrays, plan.Customers.Select(c => (c.Proposals, c.Skipped, c.Reasons)));
    }

    /// <summary>Every observable part of a plan, reasons by code and invariant argument values.</summary>
    internal static string Describe(ReminderPlan plan)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"plan {plan.AsOf:yyyy-MM-dd} {plan.Customers.Length}\n");
        foreach (var c in plan.Customers)
        {
            text.Append(CultureInfo.InvariantCulture, $"customer {c.Customer} next {c.NextActionDate:yyyy-MM-dd}\n");
            foreach (var r in c.Reasons)
            {
                text.Append("  reason ").Append(Reason(r)).Append('\n');
            }

            foreach (var p in c.Proposals)
            {
                text.Append(CultureInfo.InvariantCulture, $"  proposal {p.Date:yyyy-MM-dd} {p.Customer} {p.Policy} {p.Subject} L{p.Level} {p.Action} {p.Tone} {p.Channel} {p.Trigger} next {p.NextActionDate:yyyy-MM-dd} {p.Language} {p.ContactPerson}\n");
                text.Append("    totals ").AppendJoin(",", p.Totals).Append(" fees ").AppendJoin(",", p.Fees).Append(" interest ").AppendJoin(",", p.Interest).Append('\n');
                foreach (var l in p.Lines)
                {
                    text.Append("    line ").Append(l.ToString()).Append('\n');
                }

                foreach (var r in p.Reasons)
                {
                    text.Append("    reason ").Append(Reason(r)).Append('\n');
                }
            }

            foreach (var k in c.Skipped)
            {
                text.Append(CultureInfo.InvariantCulture, $"  skip {k.Item} retry {k.RetryOn:yyyy-MM-dd} ").Append(Reason(k.Reason)).Append('\n');
            }
        }

        return text.ToString();

        static string Reason(Reason r) => r.Code + "(" + string.Join(", ", r.Arguments.Select(a => a.Name + "=" + a.Value.GetType().Name + ":" + a.ValueText())) + ") " + r.Text + " | " + r.ToString(ReasonFormatters.Chinese);
    }

    private static (OpenItem[] Items, ReminderHistory History, ReminderStrategy Strategy, ReminderCustomers Customers, DocumentRequest[] Documents, ReminderPlannerOptions Options, ReminderPlannerOptions Reference) Build(ReminderWorld w)
    {
        var s = w.Scenario;
        var items = s.Items.Select((item, i) =>
        {
            var segment = w.Segments > 0 && i % 3 == 0 ? "key" : null;
            var copy = segment is null ? item : new OpenItem(item.Id, item.Customer, item.Open, item.DocumentDate, item.DueDate, segment: segment, dispute: item.Dispute, promise: item.Promise);
            return w.DirectDebitEvery > 0 && i % (w.DirectDebitEvery + 1) == 0 ? new OpenItem(copy.Id, copy.Customer, copy.Open, copy.DocumentDate, copy.DueDate, segment: copy.Segment, dispute: copy.Dispute, promise: copy.Promise) { PaymentMethod = PaymentMethod.DirectDebit } : copy;
        }).ToArray();

        var customerIds = new[] { "C-1", "C-2", "C-3", "C-4" }.Select(c => new CustomerId(c)).ToArray();
        var directory = new List<ReminderCustomer>();
        for (var c = 0; c < customerIds.Length; c++)
        {
            var preferences = ReminderPreferences.Default;
            if ((w.Preferred + c) % 4 == 0)
            {
                preferences = preferences with { Channel = (ReminderChannel)(1 + ((w.Preferred + c) % 6)), Language = "zh", ContactPerson = "Li" };
            }

            if (w.Quiet > 0 && c == w.Quiet % 4)
            {
                preferences = preferences with { DoNotContact = [new DoNotContactPeriod(s.AsOf.AddDays(-w.Quiet), s.AsOf.AddDays((w.Quiet % 3) - 1))] };
            }

            if (w.Quiet == 6 && c == 1)
            {
                preferences = preferences with { Calendar = s.ChinaCalendar ? BusinessCalendars.SaturdaySunday : BusinessCalendars.ChinaMainland };
            }

            directory.Add(new ReminderCustomer(customerIds[c])
            {
                BlockedReason = w.Blocked > 0 && c == w.Blocked % 4 && w.Blocked > 3 ? "insolvency" : null,
                Segment = w.Segments == 2 && c == 1 ? "key" : w.Segments == 3 && c == 2 ? "none" : null,
                Grade = c == 3 ? "E" : "B",
                PaymentIndex = c == 2 ? 40m : 80m,
                Preferences = preferences,
            });
        }

        var standard = ReminderFixtures.StandardOptions();
        standard.PerItem = s.PerItem;
        if (w.Interest)
        {
            standard.Levels[2].Interest = LateChargePolicies.DailyRate(0.05m);
            standard.Levels[3].Interest = LateChargePolicies.AnnualRate(12m);
        }

        if (w.ItemMinimum > 0)
        {
            standard.Levels[w.ItemMinimum].MinimumItemOverdue["CNY"] = 5_000m;
            standard.Levels[w.ItemMinimum].MinimumItemOverdue["JPY"] = 100_000m;
        }

        if (w.CustomerMinimum > 0)
        {
            standard.Levels[w.CustomerMinimum].MinimumOverdue["CNY"] = 20_000m;
            standard.Levels[w.CustomerMinimum].MinimumOverdue["EUR"] = 2_000m;
        }

        if (w.Outcomes)
        {
            standard.Levels[3].AfterOutcomes.Add(ContactOutcome.NoAnswer);
            standard.Levels[3].AfterOutcomes.Add(ContactOutcome.Reached);
        }

        var strategy = ReminderStrategy.For(ReminderPolicy.Create(standard));
        if (w.Segments > 0)
        {
            var key = ReminderFixtures.StandardOptions("key");
            key.PerItem = !s.PerItem;
            key.Levels[1].Fee = new ReminderFeeOptions { Percent = 2m, Cap = { ["CNY"] = 50m, ["EUR"] = 10m } };
            strategy = strategy.WithSegment("key", ReminderPolicy.Create(key));
        }

        if (w.Firm)
        {
            var firm = ReminderFixtures.StandardOptions("firm");
            firm.Levels[0].Days = 0;
            firm.Levels[1].Days = 1;
            firm.Levels[1].MaxCount = 3;
            firm.Levels[1].MinIntervalDays = 2;
            strategy = strategy.WithFirmLadder(ReminderPolicy.Create(firm));
        }

        var documents = new List<DocumentRequest>();
        if (w.Documents > 0)
        {
            var invoices = new ReminderPolicyOptions
            {
                Name = "invoices",
                Subject = ReminderSubject.MissingInvoice,
                Levels = { new ReminderLevelOptions { Days = 0, MaxCount = 2, MinIntervalDays = 3 }, new ReminderLevelOptions { Days = 10, Action = ReminderAction.PhoneTask, Channels = { ReminderChannel.Phone } } },
            };
            strategy = strategy.WithDocuments(ReminderPolicy.Create(invoices));
            for (var d = 0; d < w.Documents; d++)
            {
                var subject = d % 3 == 2 ? ReminderSubject.StatementConfirmation : ReminderSubject.MissingInvoice;
                documents.Add(new DocumentRequest(new DocumentId(d % 2 == 0 ? $"FP-{d}" : $"INV-{d:00}"), customerIds[d % 4], subject, s.AsOf.AddDays(-4 * d)));
            }
        }

        var history = ReminderHistory.Create(
            s.Issued.Concat(w.Documents > 1 ? [new ReminderIssued(s.AsOf.AddDays(-5), customerIds[0], "invoices", 1, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Friendly, ReminderTrigger.Schedule, [new DocumentId("FP-0")])] : []),
            s.Contacts);
        Func<OpenItem, string?>? block = w.BlockEvery == 0 ? null : item => item.Id.Value.EndsWith((w.BlockEvery % 10).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? "legal hold" : null;
        var calendar = s.ChinaCalendar ? BusinessCalendars.ChinaMainland : BusinessCalendars.SaturdaySunday;
        var options = new ReminderPlannerOptions { Calendar = calendar, MaxContacts = s.MaxContacts, ContactWindowDays = s.Window, ActionPolicy = s.Jump ? ReminderActionPolicies.ByDaysOverdue : ReminderActionPolicies.Ladder, ItemBlock = block };
        var reference = new ReminderPlannerOptions { Calendar = calendar, MaxContacts = s.MaxContacts, ContactWindowDays = s.Window, ActionPolicy = s.Jump ? ReferenceActionPolicies.ByDaysOverdue : ReferenceActionPolicies.Ladder, ItemBlock = block };
        return (items, history, strategy, ReminderCustomers.Create(directory), [.. documents], options, reference);
    }

    /// <summary>The benchmark's world (docs/performance.md#reminders) on a smaller scale and another seed.</summary>
    private static (OpenItem[] Items, ReminderHistory History, ReminderStrategy Strategy) BenchmarkWorld(int seed, int count, DateOnly asOf, bool perItem)
    {
        var random = new Random(seed);
        var customers = count / 10;
        var ids = Enumerable.Range(0, customers).Select(c => new CustomerId($"C-{c:D6}")).ToArray();
        var items = new OpenItem[count];
        for (var i = 0; i < count; i++)
        {
            var customer = ids[random.Next(customers)];
            var due = asOf.AddDays(random.Next(-120, 30));
            var amount = Money.Of(random.Next(100, 10_000_000) / 100m, i % 17 == 0 ? "EUR" : "CNY");
            var roll = random.Next(100);
            ItemDispute? dispute = roll < 5 ? new ItemDispute(due, "price") : null;
            PromiseToPay? promise = roll is >= 5 and < 10 ? new PromiseToPay(asOf.AddDays(-20), asOf.AddDays(random.Next(-10, 10)), amount, null) : null;
            items[i] = new OpenItem(new DocumentId($"INV-{i:D7}"), customer, amount, due.AddDays(-30), due, dispute: dispute, promise: promise);
        }

        var issued = new List<ReminderIssued>();
        foreach (var group in items.GroupBy(i => i.Customer))
        {
            if (random.Next(3) != 0)
            {
                continue;
            }

            var overdue = group.Where(i => i.DueDate < asOf).Select(i => i.Id).ToArray();
            for (var r = random.Next(1, 4); r > 0 && overdue.Length > 0; r--)
            {
                issued.Add(new ReminderIssued(asOf.AddDays(-random.Next(0, 60)), group.Key, "standard", r, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, r == 3 ? ReminderTrigger.BrokenPromise : ReminderTrigger.Schedule, overdue));
            }
        }

        var strategy = ReminderStrategy.For(ReminderPolicy.Create(new ReminderPolicyOptions
        {
            PerItem = perItem,
            Levels =
            {
                new ReminderLevelOptions { Days = -5, MinIntervalDays = 5 },
                new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm, Fee = new ReminderFeeOptions { Fixed = { ["CNY"] = 50m } }, MinimumOverdue = { ["CNY"] = 500m } },
                new ReminderLevelOptions { Days = 20, Action = ReminderAction.PhoneTask, Channels = { ReminderChannel.Phone }, Interest = LateChargePolicies.DailyRate(0.05m) },
                new ReminderLevelOptions { Days = 35, Tone = ReminderTone.FinalDemand, Fee = new ReminderFeeOptions { Percent = 1m, Cap = { ["CNY"] = 2_000m } } },
            },
        }));
        return (items, ReminderHistory.Create(issued), strategy);
    }
}

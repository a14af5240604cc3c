using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Reminders;
using static Receivables.Tests.Reminders.ReminderFixtures;

namespace Receivables.Tests.Reminders;

public class ReminderPlannerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static ReminderPlan Plan(IEnumerable<OpenItem> items, ReminderHistory? history = null, ReminderStrategy? strategy = null, ReminderCustomers? customers = null, ReminderPlanner? planner = null, DateOnly? asOf = null)
        => (planner ?? EveryDay).Plan(asOf ?? AsOf, items, history ?? ReminderHistory.Empty, strategy ?? Strategy, customers);

    [Fact]
    public void Plan_ItemFiveDaysBeforeDue_FriendlyLevelOne()
    {
        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(5))]);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(1, proposal.Level);
        Assert.Equal(ReminderTone.Friendly, proposal.Tone);
        Assert.Equal(-5, proposal.Lines[0].DaysPastDue);
        Assert.Empty(proposal.Fees);
        Assert.Contains(proposal.Reasons, r => r.Is(ReminderReasonCodes.LevelDue) && (int)r["level"] == 1);
    }

    [Fact]
    public void Plan_OverdueItemWithoutHistory_SkipsThePreDueLevel()
    {
        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10))]);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(2, proposal.Level);
        Assert.Equal([Money.Of(10m, "CNY")], proposal.Fees.ToArray());
        Assert.Equal(ReminderChannel.Letter, proposal.Channel);
    }

    [Fact]
    public void Plan_LevelTwoIssuedThreeDaysAgo_WaitsForTheInterval()
    {
        var history = ReminderHistory.Create([Issued(AsOf.AddDays(-3), 2, "INV-1")]);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-30))], history);

        Assert.Empty(plan.Proposals);
        var skip = Assert.Single(plan.Customers[0].Skipped);
        Assert.True(skip.Reason.Is(ReminderReasonCodes.Waiting));
        Assert.Equal(AsOf.AddDays(4), skip.RetryOn);
        Assert.Equal(AsOf.AddDays(4), plan.Customers[0].NextActionDate);
    }

    [Fact]
    public void Plan_LevelTwoIssuedLongAgo_ClimbsToLevelThreeWithCappedPercentageFee()
    {
        var history = ReminderHistory.Create([Issued(AsOf.AddDays(-20), 2, "INV-1")]);

        var plan = Plan([Item("INV-1", Acme, 50_000m, AsOf.AddDays(-30))], history);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(3, proposal.Level);
        Assert.Equal([Money.Of(200m, "CNY")], proposal.Fees.ToArray());
        Assert.Contains(proposal.Reasons, r => r.Is(ReminderReasonCodes.FeeCapped));
    }

    [Fact]
    public void Plan_DisputedItem_NeverReminded()
    {
        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-30), dispute: new ItemDispute(AsOf.AddDays(-20), "price"))]);

        Assert.Empty(plan.Proposals);
        Assert.True(Assert.Single(plan.Customers[0].Skipped).Reason.Is(ReminderReasonCodes.Disputed));
    }

    [Fact]
    public void Plan_DirectDebitBeforeItsCollection_HeldInsteadOfTheFriendlyReminder()
    {
        // Issue 19: "no reminder before a direct debit is collected". The bank-transfer invoice due in five days gets the
        // friendly pre-due reminder; the direct-debit one is collected on its due date, so it is held until then.
        var transfer = Item("INV-1", Acme, 1_000m, AsOf.AddDays(5));
        var debit = new OpenItem(new("INV-2"), Acme, Money.Of(1_000m, "CNY"), AsOf.AddDays(-25), AsOf.AddDays(5)) { PaymentMethod = Receivables.Terms.PaymentMethod.DirectDebit };

        var plan = Plan([transfer, debit]);

        Assert.Equal(["INV-1"], plan.Proposals.SelectMany(p => p.Lines).Select(l => l.Item.Value));
        var held = Assert.Single(plan.Customers[0].Skipped, s => s.Item == new DocumentId("INV-2"));
        Assert.True(held.Reason.Is(ReminderReasonCodes.DirectDebitHeld));
        Assert.Equal(AsOf.AddDays(6), held.RetryOn);
    }

    [Fact]
    public void Plan_DirectDebitNotCollectedTenDaysAfterDue_RemindedLikeAnyOverdueItem()
    {
        var debit = new OpenItem(new("INV-2"), Acme, Money.Of(1_000m, "CNY"), AsOf.AddDays(-40), AsOf.AddDays(-10)) { PaymentMethod = Receivables.Terms.PaymentMethod.DirectDebit };

        var proposal = Assert.Single(Plan([debit]).Proposals);

        Assert.Equal(2, proposal.Level);
        Assert.Equal(10, proposal.Lines[0].DaysPastDue);
    }

    [Fact]
    public void Plan_AcceptanceBillMaturingLater_CountsFromTheMaturity()
    {
        // Issue 19: "a bill's maturity as its due date". Handed over on 20 November, the bill matures on 20 January: on
        // 30 November nothing is overdue and the friendly pre-due level fires only five days before maturity: no reminder.
        // On 1 February the bill is 12 days past its maturity.
        var bill = new OpenItem(new("INV-3"), Acme, Money.Of(50_000m, "CNY"), AsOf.AddDays(-40), AsOf.AddDays(-10))
        {
            PaymentMethod = Receivables.Terms.PaymentMethod.AcceptanceBill(new DateOnly(2027, 1, 20)),
        };

        Assert.Empty(Plan([bill]).Proposals);

        var afterMaturity = Assert.Single(Plan([bill], asOf: new DateOnly(2027, 2, 1)).Proposals);
        Assert.Equal(new DateOnly(2027, 1, 20), afterMaturity.Lines[0].DueDate);
        Assert.Equal(12, afterMaturity.Lines[0].DaysPastDue);
    }

    [Fact]
    public void Plan_PromiseNotYetDue_HeldUntilPromisedDatePlusGrace()
    {
        var promise = new PromiseToPay(AsOf.AddDays(-5), AsOf.AddDays(2), Money.Of(1_000m, "CNY"), null);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-30), promise: promise)]);

        Assert.Empty(plan.Proposals);
        var skip = Assert.Single(plan.Customers[0].Skipped);
        Assert.True(skip.Reason.Is(ReminderReasonCodes.PromiseHeld));
        Assert.Equal(AsOf.AddDays(2 + 3 + 1), skip.RetryOn);
    }

    [Fact]
    public void Plan_BrokenPromise_EscalatesAtOnceIgnoringTheInterval()
    {
        var promise = new PromiseToPay(AsOf.AddDays(-10), AsOf.AddDays(-4), Money.Of(1_000m, "CNY"), null);
        var history = ReminderHistory.Create([Issued(AsOf, 2, "INV-1")]);
        var item = Item("INV-1", Acme, 600m, AsOf.AddDays(-12), promise: promise);

        var broken = Plan([item], ReminderHistory.Create([Issued(AsOf.AddDays(-11), 2, "INV-1")]));
        var alreadyEscalated = Plan([item], history);

        var proposal = Assert.Single(broken.Proposals);
        Assert.Equal(3, proposal.Level);
        Assert.Equal(ReminderTrigger.BrokenPromise, proposal.Trigger);
        var reason = Assert.Single(proposal.Reasons, r => r.Is(ReminderReasonCodes.PromiseBroken));
        Assert.Equal(Money.Of(600m, "CNY"), reason["open"]);
        Assert.Empty(alreadyEscalated.Proposals);
    }

    [Fact]
    public void Plan_BlockedCustomerAndItem_SkippedWithTheHostsReason()
    {
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { BlockedReason = "in insolvency" }]);
        var planner = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendar.WeekendOnly("NONE", WeekendDays.None), ItemBlock = i => i.Id.Value == "INV-2" ? "legal review" : null });

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10)), Item("INV-2", Beta, 1_000m, AsOf.AddDays(-10))], customers: customers, planner: planner);

        Assert.Empty(plan.Proposals);
        var acme = plan.Customers.Single(c => c.Customer == Acme).Skipped.Single();
        Assert.True(acme.Reason.Is(ReminderReasonCodes.CustomerBlocked));
        Assert.Equal("in insolvency", acme.Reason["why"]);
        Assert.True(plan.Customers.Single(c => c.Customer == Beta).Skipped.Single().Reason.Is(ReminderReasonCodes.ItemBlocked));
    }

    [Fact]
    public void Plan_SpringFestival_NoReminderUntilTheNextBusinessDay()
    {
        var planner = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendars.ChinaMainland });
        var festival = new DateOnly(2026, 2, 16);

        var plan = Plan([Item("INV-1", Acme, 1_000m, festival.AddDays(-10))], planner: planner, asOf: festival);

        Assert.Empty(plan.Proposals);
        var skip = Assert.Single(plan.Customers[0].Skipped);
        Assert.True(skip.Reason.Is(ReminderReasonCodes.QuietDay));
        Assert.Equal(new DateOnly(2026, 2, 24), skip.RetryOn);
    }

    [Fact]
    public void Plan_DoNotContactPeriod_Deferred()
    {
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { Preferences = new ReminderPreferences { DoNotContact = [new(AsOf.AddDays(-1), AsOf.AddDays(3))] } }]);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10))], customers: customers);

        Assert.Empty(plan.Proposals);
        Assert.Equal(AsOf.AddDays(4), Assert.Single(plan.Customers[0].Skipped).RetryOn);
    }

    [Fact]
    public void Plan_ItemsOfOneLevel_OneCommunicationGroupingThem()
    {
        var plan = Plan([Item("INV-2", Acme, 300m, AsOf.AddDays(-9)), Item("INV-1", Acme, 700m, AsOf.AddDays(-10))]);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(["INV-1", "INV-2"], proposal.Lines.Select(l => l.Item.Value));
        Assert.Equal([Money.Of(1_000m, "CNY")], proposal.Totals.ToArray());
    }

    [Fact]
    public void Plan_PerItemPolicy_OneCommunicationPerItemWithinTheCap()
    {
        var options = StandardOptions("per-item");
        options.PerItem = true;
        var strategy = ReminderStrategy.For(ReminderPolicy.Create(options));

        var plan = Plan([Item("INV-1", Acme, 1m, AsOf.AddDays(-10)), Item("INV-2", Acme, 2m, AsOf.AddDays(-10)), Item("INV-3", Acme, 3m, AsOf.AddDays(-10))], strategy: strategy);

        Assert.Equal(2, plan.Proposals.Count());
        Assert.Contains(plan.Customers[0].Skipped, s => s.Reason.Is(ReminderReasonCodes.ContactCap));
    }

    [Fact]
    public void Plan_ContactCapReachedByHistory_NothingProposed()
    {
        var history = ReminderHistory.Create([Issued(AsOf.AddDays(-1), 1, "INV-9"), Issued(AsOf.AddDays(-2), 1, "INV-8")]);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10))], history);

        Assert.Empty(plan.Proposals);
        var skip = Assert.Single(plan.Customers[0].Skipped);
        Assert.True(skip.Reason.Is(ReminderReasonCodes.ContactCap));
        Assert.Equal(AsOf.AddDays(5), skip.RetryOn);
    }

    [Fact]
    public void Plan_BelowItemAndCustomerMinimum_Skipped()
    {
        var options = StandardOptions();
        options.Levels[1].MinimumItemOverdue["CNY"] = 50m;
        options.Levels[1].MinimumOverdue["CNY"] = 500m;
        var strategy = ReminderStrategy.For(ReminderPolicy.Create(options));

        var plan = Plan([Item("INV-1", Acme, 40m, AsOf.AddDays(-10)), Item("INV-2", Acme, 400m, AsOf.AddDays(-10))], strategy: strategy);

        Assert.Empty(plan.Proposals);
        Assert.Contains(plan.Customers[0].Skipped, s => s.Reason.Is(ReminderReasonCodes.BelowItemMinimum) && s.Item == new DocumentId("INV-1"));
        Assert.Contains(plan.Customers[0].Skipped, s => s.Reason.Is(ReminderReasonCodes.BelowCustomerMinimum));
    }

    [Fact]
    public void Plan_PreferredChannelOfferedByTheLevel_Used()
    {
        var options = StandardOptions();
        options.Levels[1].Channels.Add(ReminderChannel.Messaging);
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { Preferences = new ReminderPreferences { Channel = ReminderChannel.Messaging, Language = "zh", ContactPerson = "王经理" } }]);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10))], strategy: ReminderStrategy.For(ReminderPolicy.Create(options)), customers: customers);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(ReminderChannel.Messaging, proposal.Channel);
        Assert.Equal("zh", proposal.Language);
        Assert.Equal("王经理", proposal.ContactPerson);
    }

    [Fact]
    public void Plan_FirmLadderForLowPaymentIndex_SegmentPolicyOtherwise()
    {
        var firm = ReminderPolicy.Create(new ReminderPolicyOptions { Name = "firm", Levels = { new ReminderLevelOptions { Days = 1, Tone = ReminderTone.Firm } } });
        var retail = ReminderPolicy.Create(new ReminderPolicyOptions { Name = "retail", Levels = { new ReminderLevelOptions { Days = 1 } } });
        var strategy = Strategy.WithSegment("retail", retail).WithFirmLadder(firm);
        var customers = ReminderCustomers.Create([new ReminderCustomer(Acme) { PaymentIndex = 30m }]);

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10), segment: "retail"), Item("INV-2", Beta, 1_000m, AsOf.AddDays(-10), segment: "retail")], strategy: strategy, customers: customers);

        Assert.Equal("firm", plan.Proposals.Single(p => p.Customer == Acme).Policy);
        Assert.Equal("retail", plan.Proposals.Single(p => p.Customer == Beta).Policy);
        Assert.Contains(plan.Customers[0].Reasons, r => r.Is(ReminderReasonCodes.Ladder) && (string)r["policy"] == "firm");
    }

    [Fact]
    public void Plan_EscalationAfterNoAnswerOnly_WaitsForTheOutcome()
    {
        var options = new ReminderPolicyOptions
        {
            Levels =
            {
                new ReminderLevelOptions { Days = 0, Action = ReminderAction.PhoneTask, Channels = { ReminderChannel.Phone }, MinIntervalDays = 3 },
                new ReminderLevelOptions { Days = 5, Action = ReminderAction.Visit, Channels = { ReminderChannel.Visit }, AfterOutcomes = { ContactOutcome.NoAnswer } },
            },
        };
        var strategy = ReminderStrategy.For(ReminderPolicy.Create(options));
        var item = Item("INV-1", Acme, 1_000m, AsOf.AddDays(-30));
        var phoned = new ReminderIssued(AsOf.AddDays(-10), Acme, "standard", 1, ReminderAction.PhoneTask, ReminderChannel.Phone, ReminderTone.Friendly, ReminderTrigger.Schedule, [item.Id]);

        var reached = Plan([item], ReminderHistory.Create([phoned], [new ReminderContact(AsOf.AddDays(-10), Acme, ContactOutcome.Reached, [item.Id])]), strategy);
        var noAnswer = Plan([item], ReminderHistory.Create([phoned], [new ReminderContact(AsOf.AddDays(-10), Acme, ContactOutcome.NoAnswer, [item.Id])]), strategy);

        Assert.Empty(reached.Proposals);
        Assert.True(reached.Customers[0].Skipped.Single().Reason.Is(ReminderReasonCodes.OutcomeRequired));
        Assert.Equal(ReminderAction.Visit, Assert.Single(noAnswer.Proposals).Action);
    }

    [Fact]
    public void Plan_ByDaysOverdue_JumpsToTheHighestLevelReached()
    {
        var planner = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendar.WeekendOnly("NONE", WeekendDays.None), ActionPolicy = ReminderActionPolicies.ByDaysOverdue });

        var plan = Plan([Item("INV-1", Acme, 1_000m, AsOf.AddDays(-45))], planner: planner);

        Assert.Equal(4, Assert.Single(plan.Proposals).Level);
    }

    [Fact]
    public void Plan_RecordedThenPlannedAgain_ProposesNothing()
    {
        var items = new[] { Item("INV-1", Acme, 1_000m, AsOf.AddDays(-10)), Item("INV-2", Acme, 1_000m, AsOf.AddDays(3)), Item("INV-3", Beta, 5m, AsOf.AddDays(-60)) };
        var first = Plan(items);

        var second = Plan(items, ReminderHistory.Empty.Plus(first.ToIssued()));

        Assert.NotEmpty(first.Proposals);
        Assert.Empty(second.Proposals);
    }

    [Fact]
    public void Plan_LedgerWithRecordedReminders_ReplaysTheHistory()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_000m, "CNY"), AsOf.AddDays(-40), AsOf.AddDays(-10)));
        var first = EveryDay.Plan(AsOf, ledger, Strategy);

        var recorded = ReminderRecorder.Record(ledger, first, ReminderFeePosting.DebitNotes);
        var again = EveryDay.Plan(AsOf, recorded, Strategy);
        var replayed = CustomerAccount.Replay(Acme, recorded.Account(Acme).History);

        Assert.Single(first.Proposals);
        Assert.Empty(again.Proposals);
        Assert.Equal(Money.Of(1_010m, "CNY"), recorded.Account(Acme).BalanceIn(Currency.CNY));
        Assert.Equal(first.ToIssued(), ReminderHistory.From(recorded).Issued);
        Assert.Equal(recorded.Account(Acme).BalanceIn(Currency.CNY), replayed.BalanceIn(Currency.CNY));
    }

    [Fact]
    public void Record_ContactWithPromise_HoldsTheItemsThenBreaksOnTime()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_000m, "CNY"), AsOf.AddDays(-40), AsOf.AddDays(-10)));
        var contact = new ReminderContact(AsOf, Acme, ContactOutcome.Promised, [new("INV-1")], ReminderChannel.Phone, AsOf.AddDays(5), "CFO promised");

        var recorded = ReminderRecorder.Record(ledger, contact);
        var held = EveryDay.Plan(AsOf.AddDays(1), recorded, Strategy);
        var broken = EveryDay.Plan(AsOf.AddDays(9), recorded, Strategy);

        Assert.Empty(held.Proposals);
        Assert.Equal(contact, Assert.Single(ReminderHistory.From(recorded).Contacts));
        Assert.Equal(ReminderTrigger.BrokenPromise, Assert.Single(broken.Proposals).Trigger);
    }

    [Fact]
    public void Plan_MissingFapiao_ChasedByItsOwnSchedule()
    {
        var fapiao = ReminderPolicy.Create(new ReminderPolicyOptions { Name = "fapiao", Subject = ReminderSubject.MissingInvoice, Levels = { new ReminderLevelOptions { Days = 0 }, new ReminderLevelOptions { Days = 10, Tone = ReminderTone.Firm } } });
        var request = new DocumentRequest(new("FP-7"), Acme, ReminderSubject.MissingInvoice, AsOf.AddDays(-3), "VAT fapiao for PO 7");

        var plan = EveryDay.Plan(AsOf, [], ReminderHistory.Empty, Strategy.WithDocuments(fapiao), documents: [request]);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(ReminderSubject.MissingInvoice, proposal.Subject);
        Assert.Null(proposal.Lines[0].Open);
        Assert.Empty(proposal.Totals);
    }

    [Fact]
    public void Forecast_FourteenDays_ClimbsTheLadderWithoutDoubleContacts()
    {
        var items = new[] { Item("INV-1", Acme, 1_000m, AsOf.AddDays(2)) };

        var days = EveryDay.Forecast(AsOf, 30, items, ReminderHistory.Empty, Strategy);

        var contacts = days.SelectMany(d => d.Proposals).Select(p => (p.Date, p.Level)).ToList();
        Assert.Equal([(AsOf, 1), (AsOf.AddDays(5), 2), (AsOf.AddDays(22), 3)], contacts);
    }

    [Fact]
    public void Plan_RepeatedItemId_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Plan([Item("INV-1", Acme, 1m, AsOf), Item("INV-1", Beta, 1m, AsOf)]));

        Assert.Equal("items", ex.ParamName);
    }

    [Fact]
    public void Plan_InterestPolicy_InterestPerItemAndTotal()
    {
        var options = StandardOptions();
        options.Levels[1].Interest = Receivables.Terms.LateChargePolicies.DailyRate(0.05m);

        var plan = Plan([Item("INV-1", Acme, 10_000m, AsOf.AddDays(-10))], strategy: ReminderStrategy.For(ReminderPolicy.Create(options)));

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(Money.Of(50m, "CNY"), proposal.Lines[0].Interest);
        Assert.Equal([Money.Of(50m, "CNY")], proposal.Interest.ToArray());
    }

    private static ReminderIssued Issued(DateOnly date, int level, string item, CustomerId? customer = null)
        => new(date, customer ?? Acme, "standard", level, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, ReminderTrigger.Schedule, [new DocumentId(item)]);
}

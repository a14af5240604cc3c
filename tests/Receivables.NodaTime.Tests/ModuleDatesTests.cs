using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Receivables.Credit;
using Receivables.Credit.LatePayment;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Matching.Reconciliation;
using Receivables.Reminders;
using Receivables.Tests.Support;

namespace Receivables.NodaTime.Tests;

/// <summary>Each <see cref="LocalDate"/> overload of the credit, matching and reminders modules gives what the
/// <see cref="DateOnly"/> member gives on the same day: the oracle is always the Core member, called directly.</summary>
public class ModuleDatesTests
{
    private static readonly CustomerId Acme = new("C-1");

    private static readonly Lazy<List<CustomerAccount>> Accounts = new(Behaviour);

    private static readonly ReminderPolicy Policy = ReminderPolicy.Create(new ReminderPolicyOptions
    {
        Levels =
        {
            new ReminderLevelOptions { Days = -3, MinIntervalDays = 3 },
            new ReminderLevelOptions { Days = 5, Tone = ReminderTone.Firm, Fee = new ReminderFeeOptions { Fixed = { ["EUR"] = 5m } } },
            new ReminderLevelOptions { Days = 20, Tone = ReminderTone.FinalDemand, Action = ReminderAction.FormalDemand, Channels = { ReminderChannel.Letter } },
        },
    });

    /// <summary>Days from 2026-01-01 to 2027-12-31, around the invoices of <see cref="Ledger"/>.</summary>
    private static Arbitrary<int> Days => Gen.Choose(new DateOnly(2026, 1, 1).DayNumber, new DateOnly(2027, 12, 31).DayNumber).ToArbitrary();

    [Fact]
    public void FromAccount_AnyLocalDate_SameProfileAsDateOnly()
    {
        var account = Ledger().Accounts.Single();

        Properties.Check(Days, day =>
        {
            var date = DateOnly.FromDayNumber(day);
            if (date < new DateOnly(2026, 6, 10))
            {
                // No invoice yet: both refuse to guess the currency, naming it.
                Assert.Equal(
                    Assert.Throws<ArgumentException>(() => CreditProfile.FromAccount(account, date)).ParamName,
                    Assert.Throws<ArgumentException>(() => CreditDates.FromAccount(account, date.ToLocalDate())).ParamName);
                return;
            }

            var viaNoda = CreditDates.FromAccount(account, date.ToLocalDate());
            var viaExtension = account.CreditProfileOn(date.ToLocalDate(), Currency.FromCode("EUR"));
            var expected = CreditProfile.FromAccount(account, date);

            Assert.Equal(Describe(expected), Describe(viaNoda));
            Assert.Equal(Describe(expected), Describe(viaExtension));
        });
    }

    [Fact]
    public void FitLatePaymentModel_LocalDate_SameModelAndPredictionsAsDateOnly()
    {
        var asOf = new DateOnly(2026, 11, 30);

        var viaNoda = CreditDates.FitLatePaymentModel(Accounts.Value, asOf.ToLocalDate());
        var expected = LatePaymentModel.Fit(Accounts.Value, asOf);

        Assert.Equal(expected.Intercept, viaNoda.Intercept);
        Assert.Equal(expected.Coefficients.Select(c => c.ToString()), viaNoda.Coefficients.Select(c => c.ToString()));
        Assert.Equal(expected.PredictOpenInvoices(Accounts.Value[1], asOf), viaNoda.PredictOpenInvoices(Accounts.Value[1], asOf.ToLocalDate()));
        Assert.NotEmpty(viaNoda.PredictOpenInvoices(Accounts.Value[1], asOf.ToLocalDate()));
    }

    [Fact]
    public void ExternalScore_LocalDate_KeepsTheDayAndCoreChecks()
    {
        var score = CreditDates.ExternalScore("bureau", 60m, 0m, 100m, new LocalDate(2026, 6, 30));

        Assert.Equal(new DateOnly(2026, 6, 30), score.AsOf);
        Assert.Null(CreditDates.ExternalScore("bureau", 60m, 0m, 100m, null).AsOf);
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditDates.ExternalScore("bureau", 160m, 0m, 100m, null));
    }

    [Fact]
    public void StatementLine_LocalDates_EqualsTheDateOnlyLine()
    {
        var amount = Money.Of(1190m, "EUR");

        var line = MatchingDates.StatementLine("L-1", new LocalDate(2026, 7, 3), new LocalDate(2026, 7, 4), amount, "ACME GmbH", "DE89370400440532013000", "INV-1");

        Assert.Equal(new StatementLine("L-1", new DateOnly(2026, 7, 3), new DateOnly(2026, 7, 4), amount, "ACME GmbH", "DE89370400440532013000", "INV-1"), line);
        Assert.Throws<ArgumentException>(() => MatchingDates.StatementLine(" ", new LocalDate(2026, 7, 3), new LocalDate(2026, 7, 3), amount));
    }

    [Fact]
    public void StatementLine_MatchedWithLocalDates_SameResultAsDateOnly()
    {
        var items = Ledger().AsOf(new DateOnly(2026, 12, 31)).OpenItems.ToList();
        var engine = MatchingEngine.Create();

        var viaNoda = engine.Match([MatchingDates.StatementLine("L-1", new LocalDate(2026, 7, 3), new LocalDate(2026, 7, 3), Money.Of(1000m, "EUR"), remittanceText: "INV-1")], items);
        var expected = engine.Match([new StatementLine("L-1", new DateOnly(2026, 7, 3), new DateOnly(2026, 7, 3), Money.Of(1000m, "EUR"), remittanceText: "INV-1")], items);

        Assert.Equal(expected.Lines.Select(l => (l.Line.Id, l.Decision)), viaNoda.Lines.Select(l => (l.Line.Id, l.Decision)));
        Assert.Equal(Allocations(expected), Allocations(viaNoda));
        Assert.NotEmpty(Allocations(viaNoda));
    }

    [Fact]
    public void CustomerStatementEntry_LocalDate_ReconcilesLikeDateOnly()
    {
        var ours = Ledger().AsOf(new DateOnly(2026, 12, 31)).OpenItems.ToList();
        var entry = MatchingDates.CustomerStatementEntry("inv 1", Money.Of(1000m, "EUR"), CustomerStatementEntryKind.Invoice, new LocalDate(2026, 6, 10));
        var expected = new CustomerStatementEntry("inv 1", Money.Of(1000m, "EUR"), CustomerStatementEntryKind.Invoice, new DateOnly(2026, 6, 10));

        var result = StatementReconciliation.Reconcile(ours, [entry]);

        Assert.Equal(expected, entry);
        Assert.Equal(StatementReconciliation.Reconcile(ours, [expected]).Lines.Select(l => l.Status), result.Lines.Select(l => l.Status));
        Assert.Null(MatchingDates.CustomerStatementEntry("inv 1", Money.Of(1000m, "EUR"), CustomerStatementEntryKind.Invoice, null).Date);
    }

    [Fact]
    public void StatementBalance_LocalDate_EqualsTheDateOnlyBalance()
    {
        var balance = MatchingDates.StatementBalance("DE89", "CLBD", Money.Of(10m, "EUR"), new LocalDate(2026, 12, 31));

        Assert.Equal(new Matching.Statements.StatementBalance("DE89", "CLBD", Money.Of(10m, "EUR"), new DateOnly(2026, 12, 31)), balance);
    }

    [Fact]
    public void Plan_AnyLocalDate_SamePlanAsDateOnly()
    {
        var ledger = Ledger();
        var strategy = ReminderStrategy.For(Policy);
        var planner = ReminderPlanner.Default;

        Properties.Check(Days, day =>
        {
            var date = DateOnly.FromDayNumber(day);
            var view = ledger.AsOf(date);

            var fromLedger = planner.Plan(date.ToLocalDate(), ledger, strategy);
            var fromItems = planner.Plan(date.ToLocalDate(), view.OpenItems, ReminderHistory.From(view), strategy);
            var expected = planner.Plan(date, ledger, strategy);

            Assert.Equal(Describe(expected), Describe(fromLedger));
            Assert.Equal(Describe(planner.Plan(date, view.OpenItems, ReminderHistory.From(view), strategy)), Describe(fromItems));
        });
    }

    [Fact]
    public void Forecast_LocalDate_SameDaysAsDateOnly()
    {
        var ledger = Ledger();
        var from = new DateOnly(2026, 7, 1);
        var documents = new[] { ReminderDates.DocumentRequest(new("PO-7"), Acme, ReminderSubject.MissingInvoice, new LocalDate(2026, 7, 2)) };
        var strategy = ReminderStrategy.For(Policy).WithDocuments(ReminderPolicy.Create(new ReminderPolicyOptions { Name = "invoices", Subject = ReminderSubject.MissingInvoice, Levels = { new ReminderLevelOptions { Days = 1 } } }));

        var viaNoda = ReminderPlanner.Default.Forecast(from.ToLocalDate(), 60, ledger.OpenItems, ReminderHistory.Empty, strategy, documents: documents);
        var expected = ReminderPlanner.Default.Forecast(from, 60, ledger.OpenItems, ReminderHistory.Empty, strategy, documents: [new DocumentRequest(new("PO-7"), Acme, ReminderSubject.MissingInvoice, new DateOnly(2026, 7, 2))]);

        Assert.Equal(expected.Select(Describe), viaNoda.Select(Describe));
        Assert.Contains(viaNoda.SelectMany(p => p.Proposals), p => p.Subject == ReminderSubject.MissingInvoice);
        Assert.True(viaNoda.SelectMany(p => p.Proposals).Count() >= 3);
    }

    [Fact]
    public void ReminderRecords_LocalDates_EqualTheDateOnlyRecords()
    {
        var contact = ReminderDates.ReminderContact(new LocalDate(2026, 7, 20), Acme, ContactOutcome.Promised, [new DocumentId("INV-1")], ReminderChannel.Phone, new LocalDate(2026, 7, 31), "pays end of month");
        var issued = ReminderDates.ReminderIssued(new LocalDate(2026, 7, 16), Acme, "standard", 2, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, ReminderTrigger.Schedule, [new DocumentId("INV-1")], [Money.Of(5m, "EUR")]);

        Assert.Equal(new ReminderContact(new DateOnly(2026, 7, 20), Acme, ContactOutcome.Promised, [new DocumentId("INV-1")], ReminderChannel.Phone, new DateOnly(2026, 7, 31), "pays end of month"), contact);
        Assert.Equal(new ReminderIssued(new DateOnly(2026, 7, 16), Acme, "standard", 2, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, ReminderTrigger.Schedule, [new DocumentId("INV-1")], [Money.Of(5m, "EUR")]), issued);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderDates.ReminderContact(new LocalDate(2026, 7, 20), Acme, ContactOutcome.Promised, [new DocumentId("INV-1")], promisedDate: new LocalDate(2026, 7, 1)));
    }

    [Fact]
    public void RecordedContact_LocalDates_PlansLikeDateOnly()
    {
        var ledger = Ledger();
        var contact = ReminderDates.ReminderContact(new LocalDate(2026, 7, 20), Acme, ContactOutcome.Promised, [new DocumentId("INV-1")], promisedDate: new LocalDate(2026, 8, 10));
        var recorded = ReminderRecorder.Record(ledger, contact);
        var strategy = ReminderStrategy.For(Policy);

        var held = ReminderPlanner.Default.Plan(new LocalDate(2026, 7, 27), recorded, strategy);

        Assert.Equal(Describe(ReminderPlanner.Default.Plan(new DateOnly(2026, 7, 27), recorded, strategy)), Describe(held));
        Assert.DoesNotContain(held.Proposals.SelectMany(p => p.Lines), l => l.Item == new DocumentId("INV-1"));
    }

    [Theory]
    [InlineData(2026, 2, 10, false)]
    [InlineData(2026, 2, 15, true)]
    [InlineData(2026, 2, 21, true)]
    [InlineData(2026, 2, 22, false)]
    public void DoNotContactPeriod_LocalDates_ContainsLikeDateOnly(int year, int month, int day, bool expected)
    {
        var period = ReminderDates.DoNotContactPeriod(new LocalDate(2026, 2, 15), new LocalDate(2026, 2, 21));

        Assert.Equal(new DoNotContactPeriod(new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 21)), period);
        Assert.Equal(expected, period.Contains(new LocalDate(year, month, day)));
        Assert.Equal(period.Contains(new DateOnly(year, month, day)), period.Contains(new LocalDate(year, month, day)));
    }

    [Fact]
    public void ExtensionPointArguments_LocalDates_CarryTheSameDays()
    {
        var reason = ReminderReasonCodes.Waiting.With("INV-1", 2, "2026-07-16");
        var step = ReminderDates.ReminderStep(2, new LocalDate(2026, 7, 16), reason);
        var action = ReminderDates.ReminderActionArguments(new LocalDate(2026, 7, 20), Policy, new("INV-1"), new LocalDate(2026, 7, 10), 1, 1, new LocalDate(2026, 7, 7), ContactOutcome.NoAnswer);
        var score = ReminderDates.WorklistScoreArguments(Acme, null, 100m, 10, 2, 0, new LocalDate(2026, 7, 20));

        Assert.Equal(new DateOnly(2026, 7, 16), step.Date);
        Assert.False(step.IsDueOn(new LocalDate(2026, 7, 15)));
        Assert.True(step.IsDueOn(new LocalDate(2026, 7, 16)));
        Assert.Equal((new DateOnly(2026, 7, 20), new DateOnly(2026, 7, 10), (DateOnly?)new DateOnly(2026, 7, 7)), (action.AsOf, action.DueDate, action.LastIssuedOn));
        Assert.Equal(new DateOnly(2026, 7, 20), score.AsOf);
        Assert.Equal((ReminderActionPolicies.Ladder.Choose(action).Level, ReminderActionPolicies.Ladder.Choose(action).Date), (ReminderActionPolicies.Ladder.Choose(new ReminderActionArguments(new(2026, 7, 20), Policy, new("INV-1"), new(2026, 7, 10), 1, 1, new(2026, 7, 7), ContactOutcome.NoAnswer)).Level, ReminderActionPolicies.Ladder.Choose(new ReminderActionArguments(new(2026, 7, 20), Policy, new("INV-1"), new(2026, 7, 10), 1, 1, new(2026, 7, 7), ContactOutcome.NoAnswer)).Date));
    }

    [Theory]
    [InlineData("en", "5 December 2026")]
    [InlineData("zh", "2026年12月5日")]
    public void FormatDate_LocalDate_AsTheMessagesWriteIt(string language, string expected)
    {
        Assert.Equal(expected, ReminderDates.FormatDate(new LocalDate(2026, 12, 5), language));
        Assert.Equal(ReminderMessagePolicies.FormatDate(new DateOnly(2026, 12, 5), language), ReminderDates.FormatDate(new LocalDate(2026, 12, 5), language));
    }

    /// <summary>One customer: three invoices in 2026, part of the first paid, the second disputed for a while.</summary>
    private static ReceivablesLedger Ledger()
        => ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1000m, "EUR"), new(2026, 6, 10), new(2026, 7, 10)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(2500m, "EUR"), new(2026, 8, 1), new(2026, 8, 31)))
            .Post(Document.Invoice(new("INV-3"), Acme, Money.Of(400m, "EUR"), new(2026, 10, 5), new(2026, 11, 4)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(300m, "EUR"), new(2026, 7, 20)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 7, 20)).Ledger
            .Update(Acme, a => a.OpenDispute(new("INV-2"), new(2026, 9, 5), "price").ResolveDispute(new("INV-2"), new(2026, 10, 1)));

    private static string Describe(CreditProfile p)
        => string.Join(
            "|",
            p.Customer,
            p.AsOf,
            p.Currency,
            string.Join(",", p.PaymentRecords),
            string.Join(",", p.OpenItems.Select(i => $"{i.Id}:{i.Open}")),
            p.CustomerSince,
            p.InvoicedLast12Months,
            p.DisputedLast12Months,
            p.LastDisputeOpenedOn);

    private static string Describe(ReminderPlan plan)
        => $"{plan.AsOf}|{string.Join(",", plan.ToIssued().Select(i => $"{i.Date}:{i.Customer}:{i.Policy}:{i.Level}:{i.Trigger}:{string.Join("+", i.Items)}:{string.Join("+", i.Fees)}"))}|"
            + string.Join(",", plan.Customers.SelectMany(c => c.Skipped.Select(s => $"{s.Item}:{s.Reason.Code}:{s.RetryOn}")))
            + "|" + string.Join(",", plan.Customers.Select(c => c.NextActionDate));

    private static List<string> Allocations(MatchResult result)
        => [.. result.Lines.SelectMany(l => l.Allocations.Select(a => $"{l.Line.Id}>{a.Item}:{a.Applied}:{a.Discount}:{a.WriteOff}"))];

    /// <summary>20 customers, a year of fortnightly invoices on NET 30; some pay on time, some late.</summary>
    private static List<CustomerAccount> Behaviour()
    {
        var random = new Random(7);
        var accounts = new List<CustomerAccount>();
        for (var c = 0; c < 20; c++)
        {
            var customer = new CustomerId($"C-{c:00}");
            var account = CustomerAccount.Create(customer);
            var payments = new List<(DateOnly Date, string Invoice, decimal Amount)>();
            for (var k = 0; k < 26; k++)
            {
                var issued = new DateOnly(2025, 12, 1).AddDays(k * 14);
                var amount = 1000m + random.Next(0, 9000);
                var id = $"INV-{c:00}-{k:00}";
                account = account.Post(Document.Invoice(new(id), customer, Money.Of(amount, "EUR"), issued, issued.AddDays(30)));
                var late = random.NextDouble() < (c % 2 == 0 ? 0.15 : 0.75);
                payments.Add((issued.AddDays(late ? 30 + random.Next(5, 40) : 30 - random.Next(0, 10)), id, amount));
            }

            foreach (var (date, invoice, amount) in payments.Where(p => p.Date <= new DateOnly(2026, 11, 30)).OrderBy(p => p.Date).ThenBy(p => p.Invoice, StringComparer.Ordinal))
            {
                var paymentId = new DocumentId("PAY-" + invoice);
                account = account.Post(Document.Payment(paymentId, customer, Money.Of(amount, "EUR"), date))
                    .Apply(paymentId, AllocationPolicies.Specified(new Allocation(new(invoice), Money.Of(amount, "EUR"))), date).Account;
            }

            accounts.Add(account);
        }

        return accounts;
    }
}

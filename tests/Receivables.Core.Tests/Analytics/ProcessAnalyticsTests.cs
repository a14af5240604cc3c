using Receivables.Analytics;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Tests.Analytics;

public class ProcessAnalyticsTests
{
    private static readonly CustomerId Acme = new("C-1");

    [Fact]
    public void Cycles_GroupedReminderPromiseAndCreditNote_ReadEachMilestone()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Invoice("INV-1", new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Invoice("INV-2", new(2026, 1, 20), new(2026, 2, 19)))
            .Post(Invoice("INV-3", new(2026, 2, 1), new(2026, 3, 3)))
            .Post(Invoice("INV-4", new(2026, 4, 1), new(2026, 5, 1)));     // after the as-of date
        // One reminder letter for INV-1 and INV-2 on 20 Feb; a second on 1 Mar does not move the first.
        ledger = ReminderRecorder.Record(ledger, Reminder(new(2026, 2, 20), 1, "INV-1", "INV-2"));
        ledger = ReminderRecorder.Record(ledger, Reminder(new(2026, 3, 1), 2, "INV-1"));
        // A promise on INV-1 on 25 Feb (a contact), then INV-1 paid in two parts, the last on 10 Mar.
        ledger = ReminderRecorder.Record(ledger, new ReminderContact(new(2026, 2, 25), Acme, ContactOutcome.Promised, [new("INV-1")], ReminderChannel.Phone, new(2026, 3, 5)));
        ledger = Pay(ledger, "PAY-1", "INV-1", 600m, new(2026, 3, 5));
        ledger = Pay(ledger, "PAY-2", "INV-1", 400m, new(2026, 3, 10));
        // INV-2 settled by a credit note: no payment date. INV-3 still open.
        ledger = ledger.Post(Document.CreditNote(new("CN-1"), Acme, Money.Of(1_000m, "CNY"), new(2026, 3, 2), "INV-2"))
            .Apply(new("CN-1"), AllocationPolicies.ByReference(), new(2026, 3, 2)).Ledger;

        var cycles = ProcessAnalytics.Cycles(ledger, new(2026, 3, 31), CustomerAttributes.TermOf);

        Assert.Equal(
            [
                new ItemCycle(Acme, new("INV-1"), "net 30", new(2026, 1, 10), new(2026, 2, 20), new(2026, 2, 25), new(2026, 3, 10), isOpen: false),
                new ItemCycle(Acme, new("INV-2"), "net 30", new(2026, 1, 20), new(2026, 2, 20), null, null, isOpen: false),
                new ItemCycle(Acme, new("INV-3"), "net 30", new(2026, 2, 1), null, null, null, isOpen: true),
            ],
            cycles);
    }

    [Fact]
    public void Cycles_AsOfBeforeThePayment_IsOpenWithoutPaymentDate()
    {
        var ledger = Pay(ReceivablesLedger.Empty.Post(Invoice("INV-1", new(2026, 1, 10), new(2026, 2, 9))), "PAY-1", "INV-1", 1_000m, new(2026, 3, 5));

        var cycle = ProcessAnalytics.Cycles(ledger, new(2026, 3, 4), CustomerAttributes.TermOf).Single();

        Assert.Equal((true, (DateOnly?)null), (cycle.IsOpen, cycle.Paid));
    }

    [Fact]
    public void BehaviourChanges_TwoQuarters_ComparesWithTheWindowJustBefore()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Invoice("INV-1", new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Invoice("INV-2", new(2026, 4, 1), new(2026, 5, 1)))
            .Post(Document.Invoice(new("INV-3"), new("C-2"), Money.Of(500m, "CNY"), new(2026, 4, 1), new(2026, 4, 11)));
        ledger = Pay(ledger, "PAY-1", "INV-1", 1_000m, new(2026, 2, 5));    // Q1: 5 days late
        ledger = Pay(ledger, "PAY-2", "INV-2", 1_000m, new(2026, 5, 21));   // Q2: 20 days late
        ledger = ledger.Post(Document.Payment(new("PAY-3"), new("C-2"), Money.Of(500m, "CNY"), new(2026, 4, 11), "INV-3"))
            .Apply(new("PAY-3"), AllocationPolicies.ByReference(), new(2026, 4, 11)).Ledger;
        var attributes = CustomerAttributes.Empty.With(Acme, AnalyticsDimensions.Segment, "retail").With(new("C-2"), AnalyticsDimensions.Segment, "wholesale");

        // 1 Apr to 30 Jun is 91 days; the window before is the 91 days from 30 Dec 2025 to 31 Mar 2026.
        var changes = ProcessAnalytics.BehaviourChanges(ledger, new(2026, 4, 1), new(2026, 6, 30), attributes.KeyFor(AnalyticsDimensions.Segment));

        Assert.Equal(["retail", "wholesale"], changes.Select(c => c.Key));
        var retail = changes[0];
        Assert.Equal((15m, 15m, 0m, 0m), (retail.DaysBeyondTermsChange, retail.DaysToPayChange, retail.LateShareChange, retail.LateCountShareChange));
        Assert.True(retail.PaymentIndexChange < 0d);
        var wholesale = changes[1];
        Assert.Null(wholesale.Previous);
        Assert.Null(wholesale.DaysBeyondTermsChange);
        Assert.Equal(0m, wholesale.Current!.Behaviour.AverageDaysBeyondTerms);
    }

    [Fact]
    public void Behaviour_PaidToBeforePaidFrom_Throws()
    {
        Assert.Throws<ArgumentException>("paidTo", () => ProcessAnalytics.Behaviour(ReceivablesLedger.Empty, new(2026, 2, 1), new(2026, 1, 31), CustomerAttributes.TermOf));
    }

    [Fact]
    public void Compare_SameGroupTwice_Throws()
    {
        var accumulator = new PaymentBehaviourAccumulator();
        accumulator.Add("A", new PaymentRecord(Acme, new("INV-1"), new("PAY-1"), Money.Of(1m, "CNY"), new(2026, 1, 1), new(2026, 1, 1), new(2026, 1, 1)));
        var line = accumulator.ToBehaviours().Single();

        Assert.Throws<ArgumentException>("current", () => BehaviourChange.Compare([line, line], []));
    }

    private static Document Invoice(string id, DateOnly date, DateOnly due)
        => Document.Invoice(new(id), Acme, Money.Of(1_000m, "CNY"), date, due);

    private static ReminderIssued Reminder(DateOnly date, int level, params string[] items)
        => new(date, Acme, "standard", level, ReminderAction.Reminder, ReminderChannel.Letter, ReminderTone.Firm, ReminderTrigger.Schedule, items.Select(i => new DocumentId(i)));

    private static ReceivablesLedger Pay(ReceivablesLedger ledger, string id, string invoice, decimal amount, DateOnly date)
        => ledger.Post(Document.Payment(new(id), Acme, Money.Of(amount, "CNY"), date, invoice))
            .Apply(new(id), AllocationPolicies.ByReference(), date).Ledger;
}

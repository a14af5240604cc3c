using Receivables.Ledger;
using Receivables.Reminders;
using static Receivables.Tests.Reminders.ReminderFixtures;

namespace Receivables.Tests.Reminders;

public class ReminderRecordTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void ToAnnotation_Issued_RoundTrips()
    {
        var issued = new ReminderIssued(Day, Acme, "standard", 3, ReminderAction.FormalDemand, ReminderChannel.Letter, ReminderTone.FinalDemand, ReminderTrigger.BrokenPromise, [new("INV-1"), new("INV-2")], [Money.Of(12.5m, "EUR"), Money.Of(100m, "JPY")], [Money.Of(3.21m, "EUR")]);

        var annotation = issued.ToAnnotation();

        Assert.Equal(ReminderIssued.Kind, annotation.Kind);
        Assert.True(ReminderIssued.TryFromAnnotation(annotation, out var back));
        Assert.Equal(issued, back);
    }

    [Fact]
    public void ToAnnotation_Contact_RoundTrips()
    {
        var contact = new ReminderContact(Day, Acme, ContactOutcome.Promised, [new("INV-1")], ReminderChannel.Phone, Day.AddDays(7), "张总 promised");

        Assert.True(ReminderContact.TryFromAnnotation(contact.ToAnnotation(), out var back));
        Assert.Equal(contact, back);
    }

    [Theory]
    [InlineData("level", "0")]
    [InlineData("channel", "Pigeon")]
    [InlineData("channel", "3")]
    [InlineData("fees", "12.5")]
    [InlineData("items", "")]
    public void TryFromAnnotation_MalformedPayload_False(string key, string value)
    {
        var payload = new ReminderIssued(Day, Acme, "standard", 1, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Friendly, ReminderTrigger.Schedule, [new("INV-1")]).ToAnnotation().Payload.SetItem(key, value);

        Assert.False(ReminderIssued.TryFromAnnotation(new LedgerAnnotation(Day, ReminderIssued.Kind, payload: payload), out _));
    }

    [Fact]
    public void Constructor_PromiseWithoutDate_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReminderContact(Day, Acme, ContactOutcome.Promised, [new("INV-1")]));

        Assert.Equal("promisedDate", ex.ParamName);
    }

    [Fact]
    public void Record_DisputedContact_OpensTheDisputeSoThePlanHoldsTheItem()
    {
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_000m, "CNY"), Day.AddDays(-40), Day.AddDays(-10)));

        var recorded = ReminderRecorder.Record(ledger, new ReminderContact(Day.AddDays(-1), Acme, ContactOutcome.Disputed, [new("INV-1")], note: "price"));

        Assert.True(recorded.Account(Acme).GetItem(new("INV-1")).IsDisputed);
        Assert.Empty(EveryDay.Plan(Day, recorded, Strategy).Proposals);
    }

    [Fact]
    public void Record_UnknownItem_LedgerUnchanged()
    {
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_000m, "CNY"), Day.AddDays(-40), Day.AddDays(-10)));

        Assert.Throws<LedgerException>(() => ReminderRecorder.Record(ledger, new ReminderContact(Day, Acme, ContactOutcome.Promised, [new("INV-1"), new("INV-404")], promisedDate: Day.AddDays(3))));

        Assert.Empty(ReminderHistory.From(ledger).Contacts);
    }
}

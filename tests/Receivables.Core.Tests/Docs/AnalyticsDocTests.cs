using Receivables.Analytics;
using Receivables.Ledger;
using Receivables.Reminders;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

/// <summary>The worked example of docs/analytics.md, compiled, run and compared with the page. Every figure is
/// computed by hand in the page.</summary>
public class AnalyticsDocTests
{
    [Fact]
    public void Example_RunsAsDocumented()
    {
        // snippet: analytics-ledger
        var east = new CustomerId("C-1");    // 华东, salesperson Li
        var north = new CustomerId("C-2");   // 华北, salesperson Wang
        var attributes = CustomerAttributes.Empty
            .With(east, AnalyticsDimensions.Region, "华东").With(east, AnalyticsDimensions.Salesperson, "Li")
            .With(north, AnalyticsDimensions.Region, "华北").With(north, AnalyticsDimensions.Salesperson, "Wang");

        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), east, Money.Of(10_000m, "CNY"), new(2026, 1, 5), new(2026, 2, 4)))
            .Post(Document.Invoice(new("INV-2"), east, Money.Of(10_000m, "CNY"), new(2026, 1, 20), new(2026, 2, 19)))
            .Post(Document.Invoice(new("INV-3"), north, Money.Of(20_000m, "CNY"), new(2026, 1, 10), new(2026, 3, 11)))
            .Post(Document.Invoice(new("INV-4"), north, Money.Of(8_000m, "CNY"), new(2026, 2, 1), new(2026, 3, 3)));

        // INV-1: reminded on 11 Feb, promise on 16 Feb, paid on 2 Mar (26 days late).
        ledger = ReminderRecorder.Record(ledger, new ReminderIssued(new(2026, 2, 11), east, "standard", 1, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Friendly, ReminderTrigger.Schedule, [new("INV-1")]));
        ledger = ledger.Update(east, a => a.RecordPromise(new("INV-1"), new(2026, 2, 16), new(2026, 2, 28), Money.Of(10_000m, "CNY")));
        ledger = Pay(ledger, east, "PAY-1", "INV-1", 10_000m, new(2026, 3, 2));
        // INV-2 paid on its due date; INV-3 paid ten days early.
        ledger = Pay(ledger, east, "PAY-2", "INV-2", 10_000m, new(2026, 2, 19));
        ledger = Pay(ledger, north, "PAY-3", "INV-3", 20_000m, new(2026, 3, 1));
        // INV-4: reminded on 13 Mar, still open on 31 Mar.
        ledger = ReminderRecorder.Record(ledger, new ReminderIssued(new(2026, 3, 13), north, "standard", 1, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Friendly, ReminderTrigger.Schedule, [new("INV-4")]));

        static ReceivablesLedger Pay(ReceivablesLedger ledger, CustomerId customer, string id, string invoice, decimal amount, DateOnly date)
            => ledger.Post(Document.Payment(new(id), customer, Money.Of(amount, "CNY"), date, invoice))
                .Apply(new(id), AllocationPolicies.ByReference(), date).Ledger;
        // end snippet

        // snippet: analytics-behaviour
        var byRegion = ProcessAnalytics.Behaviour(ledger, new(2026, 1, 1), new(2026, 3, 31), attributes.KeyFor(AnalyticsDimensions.Region)).ToBehaviours();

        var eastBehaviour = byRegion.Single(b => b.Key == "华东");
        Assert.Equal(43m, eastBehaviour.Behaviour.AverageDaysToPay);          // (10,000 × 56 + 10,000 × 30) / 20,000
        Assert.Equal(13m, eastBehaviour.Behaviour.AverageDaysBeyondTerms);    // (10,000 × 26 + 10,000 × 0) / 20,000
        Assert.Equal(0.5m, eastBehaviour.Behaviour.LateShare);                // 10,000 of 20,000 paid late
        Assert.Equal(0.5m, eastBehaviour.LateCountShare);                     // 1 of 2 payments late
        var northBehaviour = byRegion.Single(b => b.Key == "华北");
        Assert.Equal(-10m, northBehaviour.Behaviour.AverageDaysBeyondTerms);  // ten days early
        Assert.Equal(85d, northBehaviour.PaymentIndex, 6);                    // PAYDEX curve: -20 days → 90, 0 → 80
        // end snippet

        // snippet: analytics-cycles
        var cycles = ProcessAnalytics.CycleTimes(ledger, new(2026, 3, 31), attributes.KeyFor(AnalyticsDimensions.Region)).ToStatistics(top: 3);

        var whole = cycles.Single(s => s.Step == CollectionStep.InvoiceToPayment && s.Key is null);
        Assert.Equal((3, 1), (whole.CompletedCount, whole.OpenCount));      // INV-1, 2, 3 paid; INV-4 still open
        Assert.Equal(50, whole.MedianDays);                                 // of 30, 50, 56: rank ⌈0.5 × 3⌉ = 2
        Assert.Equal(56, whole.Percentile90Days);                           // rank ⌈0.9 × 3⌉ = 3
        Assert.Equal(new StepDuration(north, new("INV-4"), 58, IsOpen: true), whole.LongestItems[0]); // 1 Feb to 31 Mar, so far
        var toReminder = cycles.Single(s => s.Step == CollectionStep.InvoiceToReminder && s.Key is null);
        Assert.Equal((2, 37, 40), (toReminder.CompletedCount, toReminder.MedianDays, toReminder.Percentile90Days)); // 37 and 40 days
        var toPromise = cycles.Single(s => s.Step == CollectionStep.ReminderToPromise && s.Key == "华北");
        Assert.Equal((0, 1, null), (toPromise.CompletedCount, toPromise.OpenCount, toPromise.MedianDays)); // INV-4 waits, censored
        // end snippet

        // snippet: analytics-merge
        var january = ProcessAnalytics.Behaviour(ledger, new(2026, 1, 1), new(2026, 2, 28), attributes.KeyFor(AnalyticsDimensions.Salesperson));
        var march = ProcessAnalytics.Behaviour(ledger, new(2026, 3, 1), new(2026, 3, 31), attributes.KeyFor(AnalyticsDimensions.Salesperson));
        january.Merge(march);

        var all = ProcessAnalytics.Behaviour(ledger, new(2026, 1, 1), new(2026, 3, 31), attributes.KeyFor(AnalyticsDimensions.Salesperson));
        Assert.Equal(all.ToBehaviours(), january.ToBehaviours());
        // end snippet
    }

    [Theory]
    [InlineData("analytics-ledger")]
    [InlineData("analytics-behaviour")]
    [InlineData("analytics-cycles")]
    [InlineData("analytics-merge")]
    public void Example_IsTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/analytics.md", snippet);
    }
}

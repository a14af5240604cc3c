using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Reminders;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

public class RemindersDocTests
{
    [Fact]
    public void Example_RunsAsDocumented()
    {
        // snippet: reminders
        var policy = ReminderPolicy.Create(new ReminderPolicyOptions
        {
            Name = "standard",
            Levels =
            {
                new ReminderLevelOptions { Days = -5, MinIntervalDays = 5, Tone = ReminderTone.Friendly },
                new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm, Channels = { ReminderChannel.Email, ReminderChannel.Messaging }, Fee = new ReminderFeeOptions { Fixed = { ["CNY"] = 50m } } },
                new ReminderLevelOptions { Days = 20, Tone = ReminderTone.FinalDemand, Action = ReminderAction.FormalDemand, Channels = { ReminderChannel.Letter }, Fee = new ReminderFeeOptions { Percent = 1m, Cap = { ["CNY"] = 2_000m } } },
            },
        });
        var planner = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendars.ChinaMainland });
        var customers = ReminderCustomers.Create([new ReminderCustomer(new("C-1001")) { Preferences = new ReminderPreferences { Language = "zh", ContactPerson = "王经理", Channel = ReminderChannel.Messaging } }]);

        var shanghai = new CustomerId("C-1001");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-2026-101"), shanghai, Money.Of(11_300.00m, "CNY"), new(2026, 10, 8), new(2026, 11, 7)))
            .Post(Document.Invoice(new("INV-2026-102"), shanghai, Money.Of(5_650.00m, "CNY"), new(2026, 10, 20), new(2026, 11, 19)))
            .Post(Document.Invoice(new("INV-2026-103"), shanghai, Money.Of(2_260.00m, "CNY"), new(2026, 10, 25), new(2026, 11, 24)))
            .Update(shanghai, a => a.OpenDispute(new("INV-2026-103"), new(2026, 11, 26), "数量不符 quantity short"));

        var asOf = new DateOnly(2026, 11, 30);
        var plan = planner.Plan(asOf, ledger, ReminderStrategy.For(policy), customers);

        // INV-2026-101 (23 days past due) and INV-2026-102 (11 days) both reach level 2: one message for both,
        // by the customer's preferred channel; the disputed INV-2026-103 is held with its reason.
        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(2, proposal.Level);
        Assert.Equal(ReminderChannel.Messaging, proposal.Channel);
        Assert.Equal([Money.Of(16_950.00m, "CNY")], proposal.Totals.ToArray());
        Assert.Equal([Money.Of(50.00m, "CNY")], proposal.Fees.ToArray());
        Assert.True(plan.Customers[0].Skipped.Single().Reason.Is(ReminderReasonCodes.Disputed));

        var message = ReminderMessagePolicies.BuiltIn.Render(new ReminderMessageArguments(proposal, "上海华东机电有限公司", "示例贸易有限公司"));
        Assert.Equal("催款通知（第2次）：逾期16,950.00 CNY", message.Subject);

        // Once sent, record it: the ledger keeps it as an annotation, so planning again proposes nothing.
        ledger = ReminderRecorder.Record(ledger, plan);
        Assert.Empty(planner.Plan(asOf, ledger, ReminderStrategy.For(policy), customers).Proposals);
        // end snippet
    }

    [Fact]
    public void Example_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/reminders.md", "reminders");
    }
}

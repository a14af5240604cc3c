using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Tests.Reminders;

/// <summary>Small building blocks shared by the reminder tests.</summary>
internal static class ReminderFixtures
{
    public static readonly CustomerId Acme = new("C-1");
    public static readonly CustomerId Beta = new("C-2");

    /// <summary>A four-level payment ladder: friendly 5 days before due, firm +3 with a 10.00 fee, final demand +20
    /// with 1% capped at 200, phone task +40.</summary>
    public static ReminderPolicyOptions StandardOptions(string name = "standard") => new()
    {
        Name = name,
        Levels =
        {
            new ReminderLevelOptions { Days = -5, MinIntervalDays = 5, Tone = ReminderTone.Friendly, Channels = { ReminderChannel.Email } },
            new ReminderLevelOptions { Days = 3, MinIntervalDays = 7, Tone = ReminderTone.Firm, Channels = { ReminderChannel.Letter }, Fee = new ReminderFeeOptions { Fixed = { ["CNY"] = 10m, ["EUR"] = 5m } } },
            new ReminderLevelOptions { Days = 20, MinIntervalDays = 10, Tone = ReminderTone.FinalDemand, Channels = { ReminderChannel.Letter }, Fee = new ReminderFeeOptions { Percent = 1m, Cap = { ["CNY"] = 200m } } },
            new ReminderLevelOptions { Days = 40, MinIntervalDays = 14, Tone = ReminderTone.FinalDemand, Action = ReminderAction.PhoneTask, Channels = { ReminderChannel.Phone } },
        },
    };

    public static ReminderPolicy Standard { get; } = ReminderPolicy.Create(StandardOptions());

    public static ReminderStrategy Strategy { get; } = ReminderStrategy.For(Standard);

    /// <summary>A planner that contacts on any day (no quiet days), at most 2 per 7 days.</summary>
    public static ReminderPlanner EveryDay { get; } = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = Receivables.Calendars.BusinessCalendar.WeekendOnly("NONE", Receivables.Calendars.WeekendDays.None) });

    public static OpenItem Item(string id, CustomerId customer, decimal amount, DateOnly due, string currency = "CNY", ItemDispute? dispute = null, PromiseToPay? promise = null, string? segment = null)
        => new(new DocumentId(id), customer, Money.Of(amount, currency), due.AddDays(-30), due, segment: segment, dispute: dispute, promise: promise);
}

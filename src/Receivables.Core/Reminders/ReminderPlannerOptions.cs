using Receivables.Calendars;
using Receivables.Ledger;

namespace Receivables.Reminders;

/// <summary>How a <see cref="ReminderPlanner"/> plans (options; validated once by <see cref="ReminderPlanner.Create"/>,
/// then copied, so later changes have no effect).</summary>
/// <remarks>A mutable options object: not thread-safe while being filled in.</remarks>
public sealed class ReminderPlannerOptions
{
    /// <summary>Gets or sets the policy that chooses each item's next level.</summary>
    /// <value>The default value is <see cref="ReminderActionPolicies.Ladder"/>.</value>
    public IReminderActionPolicy ActionPolicy { get; set; } = ReminderActionPolicies.Ladder;

    /// <summary>Gets or sets the calendar of customers without their own (<see cref="ReminderPreferences.Calendar"/>):
    /// no reminder is planned on its non-business days.</summary>
    /// <value>The default value is <see cref="BusinessCalendars.SaturdaySunday"/>.</value>
    public IBusinessCalendar Calendar { get; set; } = BusinessCalendars.SaturdaySunday;

    /// <summary>Gets or sets the most communications per customer within <see cref="ContactWindowDays"/>; at least 1.</summary>
    /// <value>The default value is 2.</value>
    public int MaxContacts { get; set; } = 2;

    /// <summary>Gets or sets the window of the contact cap in days, ending on the planning date; at least 1.</summary>
    /// <value>The default value is 7.</value>
    public int ContactWindowDays { get; set; } = 7;

    /// <summary>Gets or sets the host's block on items: returns why an item must not be reminded, or
    /// <see langword="null"/>. It must be pure (the plan must not depend on when it is called).</summary>
    /// <value>The default value is <see langword="null"/>: no item is blocked.</value>
    public Func<OpenItem, string?>? ItemBlock { get; set; }
}

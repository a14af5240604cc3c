using Receivables.Terms;

namespace Receivables.Reminders;

/// <summary>One level of a reminder schedule (options; validated once by <see cref="ReminderPolicy.Create"/>).</summary>
/// <remarks>A mutable options object: not thread-safe while being filled in; the policy copies it.</remarks>
public sealed class ReminderLevelOptions
{
    /// <summary>Gets or sets when the level falls due, in days relative to the item's due date (negative: a friendly
    /// reminder before the due date). Levels must be in schedule order (not decreasing).</summary>
    /// <value>The default value is 0 (the due date).</value>
    public int Days { get; set; }

    /// <summary>Gets or sets the grace days added to <see cref="Days"/> before the level fires; not negative.</summary>
    /// <value>The default value is 0.</value>
    public int GraceDays { get; set; }

    /// <summary>Gets the minimum overdue total of the customer at this level, per currency code (major units): below it
    /// the customer's items in that currency are not reminded at this level.</summary>
    /// <value>The default value is empty: no minimum.</value>
    public IDictionary<string, decimal> MinimumOverdue { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Gets the minimum open amount of one item, per currency code (major units).</summary>
    /// <value>The default value is empty: no minimum.</value>
    public IDictionary<string, decimal> MinimumItemOverdue { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Gets or sets how many times the level may be issued for an item; at least 1.</summary>
    /// <value>The default value is 1.</value>
    public int MaxCount { get; set; } = 1;

    /// <summary>Gets or sets the minimum number of days after this level is issued before it is repeated or the next
    /// level fires; at least 1 (so planning twice on one day never proposes twice).</summary>
    /// <value>The default value is 7.</value>
    public int MinIntervalDays { get; set; } = 7;

    /// <summary>Gets the channels of the level, in order of preference; the customer's preferred channel wins when it
    /// is among them. Empty means e-mail (so a collection initializer <c>Channels = { ReminderChannel.Letter }</c> gives
    /// exactly the channels listed).</summary>
    /// <value>The default value is empty: e-mail.</value>
    public IList<ReminderChannel> Channels { get; init; } = [];

    /// <summary>Gets or sets the tone.</summary>
    /// <value>The default value is <see cref="ReminderTone.Friendly"/>.</value>
    public ReminderTone Tone { get; set; } = ReminderTone.Friendly;

    /// <summary>Gets or sets the action: a reminder, or an escalation beyond letters.</summary>
    /// <value>The default value is <see cref="ReminderAction.Reminder"/>.</value>
    public ReminderAction Action { get; set; } = ReminderAction.Reminder;

    /// <summary>Gets or sets the fee, or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public ReminderFeeOptions? Fee { get; set; }

    /// <summary>Gets or sets the interest charged on the overdue items (a late-charge policy of the terms module).</summary>
    /// <value>The default value is <see langword="null"/>, meaning <see cref="LateChargePolicies.None"/>.</value>
    public ILateChargePolicy? Interest { get; set; }

    /// <summary>Gets the outcomes of the customer's last contact that allow this level (an escalation condition, e.g.
    /// a visit only after <see cref="ContactOutcome.NoAnswer"/>).</summary>
    /// <value>The default value is empty: no condition.</value>
    public IList<ContactOutcome> AfterOutcomes { get; init; } = [];
}

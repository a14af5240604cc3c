using Receivables.Aging;
using Receivables.Reminders;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>
/// The settings of the engines registered by <c>AddReceivables</c>, in a shape that binds from configuration (the
/// <c>Receivables</c> section of <c>appsettings.json</c> by default). Every default is the library's own.
/// </summary>
/// <remarks>
/// The options are validated once, when the host starts (<c>ValidateOnStart</c>): every error is reported together,
/// each naming its configuration key, such as <c>Receivables:Aging:Bounds[1]</c>. The engines are built from them once;
/// later changes to the configuration do not change a running engine. Not thread-safe while being configured; read-only
/// afterwards.
/// </remarks>
public sealed class ReceivablesOptions
{
    /// <summary>The default configuration section name, <c>Receivables</c>.</summary>
    public const string SectionName = "Receivables";

    /// <summary>Gets the aging settings.</summary>
    public AgingSettings Aging { get; } = new();

    /// <summary>Gets the matching settings.</summary>
    public MatchingSettings Matching { get; } = new();

    /// <summary>Gets the credit settings.</summary>
    public CreditSettings Credit { get; } = new();

    /// <summary>Gets the reminder settings: policies by name, the strategy that picks them, the planner and the
    /// collectors' worklist.</summary>
    public RemindersSettings Reminders { get; } = new();

    /// <summary>Gets the named calendar files: name → path of a calendar file (see <c>CalendarFile</c>). The built-in
    /// names <c>CN</c> (China mainland) and <c>WEEKEND</c> (Saturday and Sunday) are always available.</summary>
    public Dictionary<string, string> CalendarFiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the named payment terms: name → compact notation such as <c>2/10 NET 30</c>.</summary>
    public Dictionary<string, string> PaymentTerms { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Aging settings (see <see cref="AgingScheme"/> and <see cref="AgingOptions"/>).</summary>
public sealed class AgingSettings
{
    /// <summary>Gets or sets the bucket bounds in days, ascending. The default value is <see langword="null"/>,
    /// meaning 30, 60, 90 (current, 1-30, 31-60, 61-90, over 90). (A list with defaults would be appended to by the
    /// configuration binder, not replaced.)</summary>
    public IReadOnlyList<int>? Bounds { get; set; }

    /// <summary>Gets or sets what is counted. The default value is <see cref="AgingBasis.DaysPastDue"/>.</summary>
    public AgingBasis Basis { get; set; } = AgingBasis.DaysPastDue;

    /// <summary>Gets or sets the splits of the not-yet-due amount in days until due. The default value is
    /// <see langword="null"/> (none).</summary>
    public IReadOnlyList<int>? NotYetDueSplits { get; set; }

    /// <summary>Gets or sets the bucket labels. The default value is <see langword="null"/> (generated labels).</summary>
    public IReadOnlyList<string>? Labels { get; set; }

    /// <summary>Gets or sets the degree of parallelism. The default value is 1 (single-threaded).</summary>
    public int DegreeOfParallelism { get; set; } = 1;
}

/// <summary>Matching settings: the thresholds of <c>MatchingOptions</c> that a finance team tunes.</summary>
public sealed class MatchingSettings
{
    /// <summary>Gets or sets the confidence from which a proposal is applied automatically. The default value is 0.9.</summary>
    public double AutoApplyThreshold { get; set; } = 0.9;

    /// <summary>Gets or sets the confidence from which a proposal is suggested. The default value is 0.2.</summary>
    public double SuggestionThreshold { get; set; } = 0.2;

    /// <summary>Gets or sets the absolute write-off tolerance for short payments (bank fees), in the line's currency
    /// units. The default value is 25.</summary>
    public decimal WriteOffToleranceAmount { get; set; } = 25m;

    /// <summary>Gets or sets the relative write-off tolerance (0.02 = 2 %). The default value is 0.02.</summary>
    public decimal WriteOffTolerancePercent { get; set; } = 0.02m;
}

/// <summary>Credit settings: scorecard weights and order-check thresholds.</summary>
public sealed class CreditSettings
{
    /// <summary>Gets the scorecard weights by factor name (such as <c>payment-index</c>), replacing the default
    /// scorecard's weights for the factors named; factors not named keep their default weight, then all weights are
    /// scaled to sum to 1. A weight of 0 leaves a factor out. Empty by default.</summary>
    public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the utilisation of the credit limit from which an order is approved with a warning
    /// (0.9 = 90 %). The default value is 0.9.</summary>
    public decimal WarningUtilisation { get; set; } = 0.9m;

    /// <summary>Gets or sets the days overdue from which an order is held. The default value is 30.</summary>
    public int OverdueHoldDays { get; set; } = 30;
}

/// <summary>Reminder settings (<c>Receivables:Reminders</c>): the reminder policies by name, which policy a customer
/// follows, how the planner plans and how the collectors' worklist ranks.</summary>
/// <remarks>
/// <para>Policies bind from configuration in the shape of <see cref="ReminderPolicyOptions"/>; the configuration key is
/// the policy's name (its <see cref="ReminderPolicyOptions.Name"/> is set to the key, so levels are counted per key):</para>
/// <code>
/// "Reminders": {
///   "Policies": {
///     "standard": { "Levels": [ { "Days": -5 }, { "Days": 3, "Tone": "Firm", "Fee": { "Fixed": { "CNY": 50 } } } ] },
///     "firm":     { "Levels": [ { "Days": 1, "Tone": "Firm" }, { "Days": 10, "Tone": "FinalDemand", "Action": "FormalDemand", "Channels": [ "Letter" ] } ] },
///     "fapiao":   { "Subject": "MissingInvoice", "Levels": [ { "Days": 3 } ] }
///   },
///   "DefaultPolicy": "standard", "FirmPolicy": "firm", "Segments": { "KA": "standard" },
///   "Calendar": "CN", "MaxContacts": 2, "Worklist": { "Currency": "CNY", "Rates": { "USD": 7.1 } }
/// }
/// </code>
/// <para>A policy whose subject is a document (not <see cref="ReminderSubject.Payment"/>) chases that document in the
/// strategy. Every error is reported when the host starts with its key, such as
/// <c>Receivables:Reminders:Policies:standard:Levels:1:GraceDays</c>.</para>
/// </remarks>
public sealed class RemindersSettings
{
    /// <summary>Gets the reminder policies by name (case-insensitive). Empty by default: no reminder strategy can be
    /// resolved until one is configured (or added with <c>AddReminderPolicy</c>).</summary>
    public Dictionary<string, ReminderPolicyOptions> Policies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the name of the default payment policy. The default value is <see langword="null"/>: the
    /// only payment policy when there is one, else the one named <c>standard</c>.</summary>
    public string? DefaultPolicy { get; set; }

    /// <summary>Gets or sets the name of the firm ladder for customers whose behaviour calls for it (see
    /// <see cref="ReminderStrategy.DefaultFirmness"/>). The default value is <see langword="null"/>: none.</summary>
    public string? FirmPolicy { get; set; }

    /// <summary>Gets the payment policy by customer segment or business type (segment → policy name). Empty by
    /// default.</summary>
    public Dictionary<string, string> Segments { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the action policy: <c>Ladder</c> (one level after another) or <c>ByDaysOverdue</c> (jump to
    /// the level the days overdue reach). A policy registered with <c>UseReminderActionPolicy</c> wins. The default value
    /// is <c>Ladder</c>.</summary>
    public string ActionPolicy { get; set; } = nameof(ReminderActionPolicies.Ladder);

    /// <summary>Gets or sets the name of the business calendar (see <see cref="BusinessCalendarRegistry"/>) on whose
    /// non-business days no reminder is planned for customers without their own. The default value is
    /// <c>WEEKEND</c> (Saturday and Sunday).</summary>
    public string Calendar { get; set; } = "WEEKEND";

    /// <summary>Gets or sets the most communications per customer within <see cref="ContactWindowDays"/>; at least 1.
    /// The default value is 2.</summary>
    public int MaxContacts { get; set; } = 2;

    /// <summary>Gets or sets the window of the contact cap in days; at least 1. The default value is 7.</summary>
    public int ContactWindowDays { get; set; } = 7;

    /// <summary>Gets the collectors' worklist settings.</summary>
    public WorklistSettings Worklist { get; } = new();
}

/// <summary>Worklist settings (<c>Receivables:Reminders:Worklist</c>, see <see cref="WorklistOptions"/>).</summary>
public sealed class WorklistSettings
{
    /// <summary>Gets or sets the ISO 4217 code of the currency amounts are ranked in. The default value is <c>CNY</c>.</summary>
    public string Currency { get; set; } = "CNY";

    /// <summary>Gets the conversion rates into <see cref="Currency"/> (units of it per unit of the key currency). Empty
    /// by default.</summary>
    public Dictionary<string, decimal> Rates { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the collector per customer segment. Empty by default.</summary>
    public Dictionary<string, string> CollectorsBySegment { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the collector per territory. Empty by default.</summary>
    public Dictionary<string, string> CollectorsByTerritory { get; } = new(StringComparer.Ordinal);
}

namespace Receivables.Reminders;

/// <summary>The tone of a reminder, which picks its message template.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderTone
{
    /// <summary>A friendly note (before or just after the due date).</summary>
    Friendly = 1,

    /// <summary>A firm request to pay.</summary>
    Firm,

    /// <summary>A final demand (催款函) before further steps.</summary>
    FinalDemand,
}

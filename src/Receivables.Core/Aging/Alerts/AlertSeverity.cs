namespace Receivables.Aging.Alerts;

/// <summary>How urgent an <see cref="AgingAlert"/> is.</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum AlertSeverity
{
    /// <summary>Worth knowing; no action needed yet.</summary>
    Info = 0,

    /// <summary>Look at it this week.</summary>
    Warning = 1,

    /// <summary>Act now (hold deliveries, call the customer).</summary>
    Critical = 2,
}

namespace Receivables.Reminders;

/// <summary>How a reminder reaches the customer.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderChannel
{
    /// <summary>An e-mail.</summary>
    Email = 1,

    /// <summary>A printed letter.</summary>
    Letter,

    /// <summary>A phone call (a task for a collector).</summary>
    Phone,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>A messaging app (WeChat, WhatsApp and the like).</summary>
    Messaging,

    /// <summary>A visit on site.</summary>
    Visit,
}

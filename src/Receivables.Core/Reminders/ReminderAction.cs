namespace Receivables.Reminders;

/// <summary>What a reminder level does: send a reminder, or escalate beyond letters.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderAction
{
    /// <summary>Send a reminder through the level's channel.</summary>
    Reminder = 1,

    /// <summary>Create a phone task for a collector.</summary>
    PhoneTask,

    /// <summary>Send a formal demand letter (催款函).</summary>
    FormalDemand,

    /// <summary>Visit the customer.</summary>
    Visit,

    /// <summary>Hand the debt over to a collection agency.</summary>
    CollectionAgency,

    /// <summary>Take legal action.</summary>
    LegalAction,
}

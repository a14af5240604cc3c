namespace Receivables.Reminders;

/// <summary>Why a level fired: its schedule, or a broken promise to pay.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderTrigger
{
    /// <summary>The level's date on the schedule was reached.</summary>
    Schedule = 1,

    /// <summary>A promise to pay was broken (or only partly kept), which escalates at once.</summary>
    BrokenPromise,
}

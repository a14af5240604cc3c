namespace Receivables.Calendars;

/// <summary>The days of the week that are closed every week, as flags (combine with <c>|</c>).</summary>
/// <remarks>An enum value; thread-safe.</remarks>
[Flags]
public enum WeekendDays
{
    /// <summary>Every day of the week is a working day.</summary>
    None = 0,

    /// <summary>Sunday.</summary>
    Sunday = 1,

    /// <summary>Monday.</summary>
    Monday = 2,

    /// <summary>Tuesday.</summary>
    Tuesday = 4,

    /// <summary>Wednesday.</summary>
    Wednesday = 8,

    /// <summary>Thursday.</summary>
    Thursday = 16,

    /// <summary>Friday.</summary>
    Friday = 32,

    /// <summary>Saturday.</summary>
    Saturday = 64,

    /// <summary>Saturday and Sunday (Europe, the Americas, China).</summary>
    SaturdaySunday = Saturday | Sunday,

    /// <summary>Friday and Saturday (most of the Gulf states and Israel).</summary>
    FridaySaturday = Friday | Saturday,
}

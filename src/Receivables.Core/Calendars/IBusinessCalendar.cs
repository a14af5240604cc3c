namespace Receivables.Calendars;

/// <summary>
/// Says whether a date is a business day (a day on which payments are made and fall due). Weekends, public holidays,
/// company shutdowns and extra working days (China's 调休) all come down to this one question.
/// </summary>
/// <remarks>
/// Implementations must be immutable and thread-safe. Use <see cref="BusinessCalendarExtensions"/> for adjustment
/// conventions and business-day arithmetic, and <see cref="BusinessCalendars"/> for the built-in calendars.
/// </remarks>
public interface IBusinessCalendar
{
    /// <summary>Returns whether <paramref name="day"/> is a business day.</summary>
    /// <param name="day">Any date.</param>
    /// <returns><see langword="true"/> when business is done on that day.</returns>
    bool IsBusinessDay(DateOnly day);
}

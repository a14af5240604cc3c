using NodaTime;
using Receivables.Calendars;

namespace Receivables.NodaTime;

/// <summary>Business calendars with NodaTime dates and days of the week.</summary>
/// <remarks>Each member converts and calls the Core member of the same name; behaviour and errors are the Core
/// member's. Thread-safe when the calendar is (the built-in calendars are).</remarks>
public static class CalendarDates
{
    /// <summary>Whether a date is a business day of the calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a business day.</returns>
    public static bool IsBusinessDay(this IBusinessCalendar calendar, LocalDate date) => LedgerDates.NotNull(calendar).IsBusinessDay(date.ToDateOnly());

    /// <summary>Moves a date to a business day by a convention (see
    /// <see cref="BusinessCalendarExtensions.Adjust(IBusinessCalendar, DateOnly, BusinessDayConvention)"/>).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <param name="convention">The convention.</param>
    /// <returns>The adjusted date.</returns>
    public static LocalDate Adjust(this IBusinessCalendar calendar, LocalDate date, BusinessDayConvention convention)
        => LedgerDates.NotNull(calendar).Adjust(date.ToDateOnly(), convention).ToLocalDate();

    /// <summary>The next business day strictly after a date.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>The next business day.</returns>
    public static LocalDate NextBusinessDay(this IBusinessCalendar calendar, LocalDate date)
        => LedgerDates.NotNull(calendar).NextBusinessDay(date.ToDateOnly()).ToLocalDate();

    /// <summary>Adds (or, when negative, subtracts) business days.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The start date.</param>
    /// <param name="days">The number of business days.</param>
    /// <returns>The date.</returns>
    public static LocalDate AddBusinessDays(this IBusinessCalendar calendar, LocalDate date, int days)
        => LedgerDates.NotNull(calendar).AddBusinessDays(date.ToDateOnly(), days).ToLocalDate();

    /// <summary>Creates a calendar with only a weekend given as NodaTime days, such as Friday and Saturday.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="weekend">The weekend days.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BusinessCalendar WeekendOnly(string name, params IsoDayOfWeek[] weekend)
        => BusinessCalendar.WeekendOnly(name, LedgerDates.NotNull(weekend).ToWeekendDays());
}

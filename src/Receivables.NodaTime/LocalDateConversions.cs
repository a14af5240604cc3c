using NodaTime;
using Receivables.Calendars;

namespace Receivables.NodaTime;

/// <summary>Conversions between NodaTime's date types and the <see cref="DateOnly"/> and <see cref="DayOfWeek"/>
/// that Receivables.Core takes.</summary>
/// <remarks>
/// Receivables.Core works in the ISO calendar. A <see cref="LocalDate"/> in another calendar system is converted to
/// ISO first, so the same day is meant. All members are pure and thread-safe.
/// </remarks>
public static class LocalDateConversions
{
    /// <summary>Converts a NodaTime date to a <see cref="DateOnly"/> (the same day, in the ISO calendar).</summary>
    /// <param name="date">The date, in any calendar system.</param>
    /// <returns>The same day as a <see cref="DateOnly"/>.</returns>
    public static DateOnly ToDateOnly(this LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return new DateOnly(iso.Year, iso.Month, iso.Day);
    }

    /// <summary>Converts a <see cref="DateOnly"/> to a NodaTime date in the ISO calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same day as a <see cref="LocalDate"/>.</returns>
    public static LocalDate ToLocalDate(this DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Converts a NodaTime day of the week to a BCL one.</summary>
    /// <param name="day">The day; <see cref="IsoDayOfWeek.None"/> is refused.</param>
    /// <returns>The same day as a <see cref="DayOfWeek"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public static DayOfWeek ToDayOfWeek(this IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Sunday => DayOfWeek.Sunday,
        >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Saturday => (DayOfWeek)(int)day,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The day must be Monday to Sunday."),
    };

    /// <summary>Converts a BCL day of the week to a NodaTime one.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The same day as an <see cref="IsoDayOfWeek"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a defined day.</exception>
    public static IsoDayOfWeek ToIsoDayOfWeek(this DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => IsoDayOfWeek.Sunday,
        >= DayOfWeek.Monday and <= DayOfWeek.Saturday => (IsoDayOfWeek)(int)day,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The day must be Sunday to Saturday."),
    };

    /// <summary>Builds the <see cref="WeekendDays"/> of a business calendar from NodaTime days.</summary>
    /// <param name="days">The weekend days; may be empty (no weekend). Repeats are allowed.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public static WeekendDays ToWeekendDays(this IEnumerable<IsoDayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var flags = WeekendDays.None;
        foreach (var day in days)
        {
            flags |= (WeekendDays)(1 << (int)day.ToDayOfWeek());
        }

        return flags;
    }

    /// <summary>Lists the days of a <see cref="WeekendDays"/> value as NodaTime days, Monday first.</summary>
    /// <param name="weekend">The weekend.</param>
    /// <returns>The days.</returns>
    public static IReadOnlyList<IsoDayOfWeek> ToIsoDays(this WeekendDays weekend)
    {
        var days = new List<IsoDayOfWeek>(2);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if ((weekend & (WeekendDays)(1 << (int)day.ToDayOfWeek())) != 0)
            {
                days.Add(day);
            }
        }

        return days;
    }
}

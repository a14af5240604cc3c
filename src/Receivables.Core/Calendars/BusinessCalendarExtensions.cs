using System.Globalization;
using Receivables.Internal;

namespace Receivables.Calendars;

/// <summary>Business-day arithmetic on any <see cref="IBusinessCalendar"/>: adjustment conventions, adding business days.</summary>
/// <remarks>Stateless and thread-safe when the calendar is. Searches stop after ten years without a business day and
/// throw <see cref="InvalidOperationException"/>, so a calendar that closes every day cannot hang the caller.</remarks>
public static class BusinessCalendarExtensions
{
    private const int SearchLimitDays = 3660;

    /// <summary>Moves <paramref name="date"/> to a business day by a convention; a business day is returned unchanged.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date to adjust.</param>
    /// <param name="convention">The convention; <see cref="BusinessDayConvention.None"/> returns the date unchanged.</param>
    /// <returns>The adjusted date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">No business day within ten years.</exception>
    public static DateOnly Adjust(this IBusinessCalendar calendar, DateOnly date, BusinessDayConvention convention)
    {
        Guard.NotNull(calendar);
        Guard.Defined(convention);
        if (convention == BusinessDayConvention.None || calendar.IsBusinessDay(date))
        {
            return date;
        }

        switch (convention)
        {
            case BusinessDayConvention.Following:
                return Step(calendar, date, 1);
            case BusinessDayConvention.Preceding:
                return Step(calendar, date, -1);
            case BusinessDayConvention.ModifiedFollowing:
                var next = Step(calendar, date, 1);
                return next.Month == date.Month ? next : Step(calendar, date, -1);
            default:
                var previous = Step(calendar, date, -1);
                return previous.Month == date.Month ? previous : Step(calendar, date, 1);
        }
    }

    /// <summary>Returns the first business day strictly after <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The starting date.</param>
    /// <returns>The next business day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No business day within ten years.</exception>
    public static DateOnly NextBusinessDay(this IBusinessCalendar calendar, DateOnly date)
        => Step(Guard.NotNull(calendar), date, 1);

    /// <summary>
    /// Adds <paramref name="days"/> business days: counts business days after the date (or before it when negative).
    /// Zero returns the date unchanged, even when it is not a business day.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The starting date.</param>
    /// <param name="days">The number of business days; negative counts backwards.</param>
    /// <returns>The resulting business day (or <paramref name="date"/> when <paramref name="days"/> is zero).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No business day within ten years.</exception>
    public static DateOnly AddBusinessDays(this IBusinessCalendar calendar, DateOnly date, int days)
    {
        Guard.NotNull(calendar);
        var direction = Math.Sign(days);
        var result = date;
        for (var i = 0; i < Math.Abs((long)days); i++)
        {
            result = Step(calendar, result, direction);
        }

        return result;
    }

    private static DateOnly Step(IBusinessCalendar calendar, DateOnly date, int direction)
    {
        var current = date;
        for (var i = 0; i < SearchLimitDays; i++)
        {
            if ((direction > 0 && current == DateOnly.MaxValue) || (direction < 0 && current == DateOnly.MinValue))
            {
                break;
            }

            current = current.AddDays(direction);
            if (calendar.IsBusinessDay(current))
            {
                return current;
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The calendar has no business day within ten years {(direction > 0 ? "after" : "before")} {date:yyyy-MM-dd}."));
    }
}

using System.Globalization;

namespace Receivables.Calendars;

/// <summary>
/// A strict calendar (<see cref="BusinessCalendar.WithStrictCoverage"/>) was asked about a date outside the years its
/// holiday data covers. <see cref="Date"/> is the date asked about; <see cref="FirstYear"/> and <see cref="LastYear"/>
/// are the covered years.
/// </summary>
/// <remarks>Instances are immutable once thrown.</remarks>
public sealed class CalendarCoverageException : InvalidOperationException
{
    /// <summary>Initializes a new exception with an empty message.</summary>
    public CalendarCoverageException()
    {
        CalendarName = string.Empty;
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CalendarCoverageException(string message)
        : base(message)
    {
        CalendarName = string.Empty;
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarCoverageException(string message, Exception innerException)
        : base(message, innerException)
    {
        CalendarName = string.Empty;
    }

    /// <summary>Initializes a new exception for a date outside a calendar's data.</summary>
    /// <param name="calendarName">The calendar's name.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="firstYear">The first covered year.</param>
    /// <param name="lastYear">The last covered year.</param>
    public CalendarCoverageException(string calendarName, DateOnly date, int firstYear, int lastYear)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The calendar {calendarName} has holiday data for {firstYear} to {lastYear} only; {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is outside it (date)."))
    {
        CalendarName = calendarName ?? string.Empty;
        Date = date;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the calendar's name.</summary>
    public string CalendarName { get; }

    /// <summary>Gets the date asked about.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the first year the calendar covers.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year the calendar covers.</summary>
    public int LastYear { get; }
}

using System.Diagnostics.CodeAnalysis;
using Receivables.Internal;

namespace Receivables.Calendars;

/// <summary>The built-in business calendars and calendar composition.</summary>
/// <remarks>All calendars are immutable and thread-safe.</remarks>
public static class BusinessCalendars
{
    private static readonly Lazy<BusinessCalendar> China = new(LoadChina, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets a calendar closed on Saturdays and Sundays only (no holidays), named <c>WEEKEND</c>.</summary>
    public static BusinessCalendar SaturdaySunday { get; } = BusinessCalendar.WeekendOnly("WEEKEND", WeekendDays.SaturdaySunday);

    /// <summary>
    /// Gets China mainland's calendar, named <c>CN</c>: Saturday and Sunday closed, plus the public holidays and 调休 make-up
    /// working days of the State Council General Office's annual notices (国务院办公厅关于部分节假日安排的通知) for 2023, 2024, 2025
    /// and 2026. Outside those years only the weekend applies (<see cref="BusinessCalendar.LastYear"/> says how far the data
    /// goes); <c>ChinaMainland.WithStrictCoverage()</c> refuses such dates with <see cref="CalendarCoverageException"/>
    /// instead. The data file, with the notices cited, is embedded in the assembly as <c>Calendars/china-mainland.txt</c>.
    /// </summary>
    public static BusinessCalendar ChinaMainland => China.Value;

    /// <summary>
    /// Combines calendars: a date is a business day only when every calendar says so (the union of their closures,
    /// for example a country calendar plus a company shutdown). Give a shutdown-only calendar
    /// <see cref="WeekendDays.None"/>, or its weekend would close the country's make-up working days.
    /// </summary>
    /// <param name="calendars">One or more calendars.</param>
    /// <returns>The combined calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendars"/> is empty.</exception>
    public static IBusinessCalendar Union(params IBusinessCalendar[] calendars)
    {
        Guard.NotNull(calendars);
        if (calendars.Length == 0)
        {
            throw new ArgumentException("At least one calendar is needed.", nameof(calendars));
        }

        foreach (var calendar in calendars)
        {
            Guard.NotNull(calendar, nameof(calendars));
        }

        return calendars.Length == 1 ? calendars[0] : new UnionCalendar([.. calendars]);
    }

    /// <summary>Finds a built-in calendar by name: <c>CN</c> (China mainland) or <c>WEEKEND</c> (Saturday and Sunday only).</summary>
    /// <param name="name">The name, case-insensitive.</param>
    /// <param name="calendar">The calendar, or <see langword="null"/> when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out BusinessCalendar? calendar)
    {
        calendar = name?.ToUpperInvariant() switch
        {
            "CN" => ChinaMainland,
            "WEEKEND" => SaturdaySunday,
            _ => null,
        };
        return calendar is not null;
    }

    private static BusinessCalendar LoadChina()
    {
        using var stream = typeof(BusinessCalendars).Assembly.GetManifestResourceStream("Receivables.Calendars.china-mainland.txt")
            ?? throw new InvalidOperationException("The embedded China mainland calendar is missing.");
        using var reader = new StreamReader(stream);
        return CalendarFile.Parse(reader.ReadToEnd(), "CN", WeekendDays.SaturdaySunday);
    }

    private sealed class UnionCalendar(IBusinessCalendar[] calendars) : IBusinessCalendar
    {
        public bool IsBusinessDay(DateOnly day)
        {
            foreach (var calendar in calendars)
            {
                if (!calendar.IsBusinessDay(day))
                {
                    return false;
                }
            }

            return true;
        }

        public override string ToString() => string.Join("+", calendars.Select(c => c.ToString()));
    }
}

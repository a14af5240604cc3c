using System.Globalization;
using Receivables.Calendars;

namespace Receivables.Cli;

/// <summary>
/// Warns when a command works with dates past the holiday data of a calendar (a lenient calendar then answers with the
/// weekend alone, which is wrong for Spring Festival or Golden Week of a year not yet published), and builds the strict
/// calendar behind <c>--strict-calendar</c>.
/// </summary>
internal static class CalendarCoverage
{
    /// <summary>The <c>--strict-calendar</c> option: refuse dates outside the calendar's holiday years instead of warning.</summary>
    public static System.CommandLine.Option<bool> StrictOption() => new("--strict-calendar")
    {
        Description = "Refuse dates outside the years the calendar has holiday data for (default: warn and use weekends only).",
    };

    /// <summary>The calendar, strict when <paramref name="strict"/>.</summary>
    public static BusinessCalendar Apply(BusinessCalendar calendar, bool strict) => strict ? calendar.WithStrictCoverage() : calendar;

    /// <summary>
    /// Writes one warning line to standard error naming the years among <paramref name="dates"/> that
    /// <paramref name="calendar"/> has no holiday data for; writes nothing when every date is covered.
    /// </summary>
    public static void Warn(CliContext context, BusinessCalendar calendar, IEnumerable<DateOnly> dates)
    {
        if (calendar.FirstYear is not { } first || calendar.LastYear is not { } last)
        {
            return; // a weekend-only calendar covers every year
        }

        var years = dates.Select(d => d.Year).Where(y => y < first || y > last).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var list = string.Join(", ", years.Select(y => y.ToString(inv)));
        var span = first == last ? first.ToString(inv) : string.Create(inv, $"{first}-{last}");
        context.Error.WriteLine(string.Create(
            inv,
            $"warning: calendar {calendar.Name} has holiday data for {span} only; dates in {list} count weekends alone (--strict-calendar refuses them)."));
    }
}

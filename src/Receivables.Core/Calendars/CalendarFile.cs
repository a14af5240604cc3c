using System.Globalization;
using Receivables.Internal;

namespace Receivables.Calendars;

/// <summary>
/// Reads and writes the plain-text calendar file format: one entry per line, <c>yyyy-MM-dd</c> (or an inclusive range
/// <c>yyyy-MM-dd..yyyy-MM-dd</c>), then optionally the marker <c>[work]</c> for an extra working day, then an optional
/// label. Blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
/// <example>
/// <code>
/// # China mainland 2026, State Council notice of 2025-11-04
/// 2026-02-15..2026-02-23 Spring Festival
/// 2026-02-14 [work] Spring Festival make-up working day
/// </code>
/// </example>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CalendarFile
{
    /// <summary>The marker that makes a line an extra working day instead of a holiday.</summary>
    public const string WorkMarker = "[work]";

    private const int MaxRangeDays = 366;

    /// <summary>Parses a calendar file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="name">The calendar's name, for reports.</param>
    /// <param name="weekend">The closed days of the week; the file lists only holidays and extra working days.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarFormatException">A line is not a valid entry, a range runs backwards or over 366 days, or a
    /// date is listed both as a holiday and as a working day; the exception gives the line.</exception>
    public static BusinessCalendar Parse(string text, string name, WeekendDays weekend)
    {
        Guard.NotNull(text);
        Guard.NotBlank(name);
        var holidays = new Dictionary<DateOnly, string>();
        var worked = new Dictionary<DateOnly, string>();
        var lineOf = new Dictionary<DateOnly, int>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var dateText = space < 0 ? line : line[..space];
            var rest = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            var (first, last) = ParseDates(dateText, number);
            var isWork = rest.StartsWith(WorkMarker, StringComparison.OrdinalIgnoreCase);
            var label = isWork ? rest[WorkMarker.Length..].Trim() : rest;
            for (var date = first; date <= last; date = date.AddDays(1))
            {
                if (lineOf.TryGetValue(date, out var earlier) && (isWork ? holidays.ContainsKey(date) : worked.ContainsKey(date)))
                {
                    throw new CalendarFormatException(number, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is already listed on line {earlier} with the opposite meaning."));
                }

                (isWork ? worked : holidays)[date] = label;
                lineOf.TryAdd(date, number);
                if (date == DateOnly.MaxValue)
                {
                    break;
                }
            }
        }

        return BusinessCalendar.Create(name, weekend, holidays, worked);
    }

    /// <summary>Writes a calendar's holidays and extra working days in the file format, one date per line, in date order.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The text; parsing it with the same weekend gives an equal calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static string Format(BusinessCalendar calendar)
    {
        Guard.NotNull(calendar);
        var entries = calendar.Holidays.Select(h => (h.Key, Work: false, h.Value))
            .Concat(calendar.ExtraWorkingDays.Select(w => (w.Key, Work: true, w.Value)))
            .OrderBy(e => e.Key);
        var builder = new System.Text.StringBuilder();
        builder.Append("# ").Append(calendar.Name).Append('\n');
        foreach (var (date, work, label) in entries)
        {
            builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (work)
            {
                builder.Append(' ').Append(WorkMarker);
            }

            if (label.Length > 0)
            {
                builder.Append(' ').Append(label);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static (DateOnly First, DateOnly Last) ParseDates(string text, int line)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            var single = ParseDate(text, line);
            return (single, single);
        }

        var first = ParseDate(text[..dots], line);
        var last = ParseDate(text[(dots + 2)..], line);
        if (last < first)
        {
            throw new CalendarFormatException(line, $"The range '{text}' ends before it starts.");
        }

        if (last.DayNumber - first.DayNumber >= MaxRangeDays)
        {
            throw new CalendarFormatException(line, string.Create(CultureInfo.InvariantCulture, $"The range '{text}' is longer than {MaxRangeDays} days."));
        }

        return (first, last);
    }

    private static DateOnly ParseDate(string text, int line)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CalendarFormatException(line, $"'{text}' is not a date (yyyy-MM-dd).");
}

using System.Globalization;
using System.Collections.ObjectModel;
using Receivables.Internal;

namespace Receivables.Calendars;

/// <summary>
/// A calendar defined by its weekend days, its holidays and its extra working days (weekend days that are worked,
/// such as China's 调休 make-up days). A date is a business day when it is an extra working day, or when it is neither
/// a weekend day nor a holiday.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Holidays and extra working days are only known for the years the data covers
/// (<see cref="FirstYear"/> to <see cref="LastYear"/>, see <see cref="CoversYear"/>). Outside them a lenient calendar
/// (the default) applies the weekend only, silently; a strict one (<see cref="WithStrictCoverage"/>) refuses the date
/// with <see cref="CalendarCoverageException"/>.
/// </remarks>
public sealed class BusinessCalendar : IBusinessCalendar
{
    private readonly int _weekendMask;

    private BusinessCalendar(string name, WeekendDays weekend, IReadOnlyDictionary<DateOnly, string> holidays, IReadOnlyDictionary<DateOnly, string> extraWorkingDays, bool isStrict = false)
    {
        IsStrict = isStrict;
        Name = name;
        Weekend = weekend;
        _weekendMask = (int)weekend;
        Holidays = holidays;
        ExtraWorkingDays = extraWorkingDays;
        var years = holidays.Keys.Concat(extraWorkingDays.Keys).Select(d => d.Year).ToList();
        FirstYear = years.Count == 0 ? null : years.Min();
        LastYear = years.Count == 0 ? null : years.Max();
    }

    /// <summary>Gets the calendar's name, for reports (for example <c>CN</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the days of the week that are closed.</summary>
    public WeekendDays Weekend { get; }

    /// <summary>Gets the holidays (closed days), each with its label (empty when the source gave none).</summary>
    public IReadOnlyDictionary<DateOnly, string> Holidays { get; }

    /// <summary>Gets the extra working days (weekend days that are worked), each with its label.</summary>
    public IReadOnlyDictionary<DateOnly, string> ExtraWorkingDays { get; }

    /// <summary>Gets the first year with a holiday or extra working day, or <see langword="null"/> for a weekend-only calendar.</summary>
    public int? FirstYear { get; }

    /// <summary>Gets the last year with a holiday or extra working day, or <see langword="null"/> for a weekend-only calendar.
    /// The bundled China calendar ends in 2026: check this to warn before its data runs out.</summary>
    public int? LastYear { get; }

    /// <summary>
    /// Gets whether dates outside <see cref="FirstYear"/> to <see cref="LastYear"/> are refused with
    /// <see cref="CalendarCoverageException"/> instead of being answered by the weekend rule alone. A weekend-only
    /// calendar (no holiday data) is complete for every year, so strictness changes nothing for it.
    /// The default value is <see langword="false"/>.
    /// </summary>
    public bool IsStrict { get; }

    /// <summary>Returns whether the holiday data covers <paramref name="year"/>: <see cref="FirstYear"/> ≤ year ≤
    /// <see cref="LastYear"/>, or always for a weekend-only calendar.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the calendar's answer for that year includes its holidays.</returns>
    public bool CoversYear(int year) => FirstYear is not { } first || (year >= first && year <= LastYear!.Value);

    /// <summary>Returns a copy that refuses dates outside its covered years (<paramref name="strict"/>
    /// <see langword="true"/>) or answers them by the weekend rule (<see langword="false"/>).</summary>
    /// <param name="strict">Whether to refuse uncovered dates. The default value is <see langword="true"/>.</param>
    /// <returns>The calendar.</returns>
    public BusinessCalendar WithStrictCoverage(bool strict = true)
        => strict == IsStrict ? this : new BusinessCalendar(Name, Weekend, Holidays, ExtraWorkingDays, strict);

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">The calendar's name, for reports.</param>
    /// <param name="weekend">The closed days of the week; <see cref="WeekendDays.None"/> for a calendar of closures only
    /// (a company shutdown to combine with a country calendar).</param>
    /// <param name="holidays">The closed days with their labels; may be empty.</param>
    /// <param name="extraWorkingDays">The worked weekend days with their labels; may be empty.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="weekend"/> closes every day, or a
    /// date is both a holiday and an extra working day.</exception>
    public static BusinessCalendar Create(
        string name,
        WeekendDays weekend,
        IEnumerable<KeyValuePair<DateOnly, string>> holidays,
        IEnumerable<KeyValuePair<DateOnly, string>> extraWorkingDays)
    {
        Guard.NotBlank(name);
        Guard.NotNull(holidays);
        Guard.NotNull(extraWorkingDays);
        if (((int)weekend & 127) == 127 || ((int)weekend & ~127) != 0)
        {
            throw new ArgumentException("The weekend must leave at least one working day and use only WeekendDays flags.", nameof(weekend));
        }

        var closed = ToDictionary(holidays);
        var worked = ToDictionary(extraWorkingDays);
        var both = closed.Keys.Where(worked.ContainsKey).Order().FirstOrDefault();
        if (closed.Keys.Any(worked.ContainsKey))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{both:yyyy-MM-dd} is both a holiday and an extra working day."), nameof(extraWorkingDays));
        }

        return new BusinessCalendar(name, weekend, new ReadOnlyDictionary<DateOnly, string>(closed), new ReadOnlyDictionary<DateOnly, string>(worked));
    }

    /// <summary>Creates a calendar with the given weekend and no holidays.</summary>
    /// <param name="name">The calendar's name, for reports.</param>
    /// <param name="weekend">The closed days of the week.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="weekend"/> closes every day.</exception>
    public static BusinessCalendar WeekendOnly(string name, WeekendDays weekend) => Create(name, weekend, [], []);

    /// <inheritdoc />
    /// <exception cref="CalendarCoverageException">The calendar <see cref="IsStrict"/> and <paramref name="day"/> is outside
    /// its covered years.</exception>
    public bool IsBusinessDay(DateOnly day)
    {
        if (IsStrict && !CoversYear(day.Year))
        {
            throw new CalendarCoverageException(Name, day, FirstYear!.Value, LastYear!.Value);
        }

        if (ExtraWorkingDays.ContainsKey(day))
        {
            return true;
        }

        return (_weekendMask & (1 << (int)day.DayOfWeek)) == 0 && !Holidays.ContainsKey(day);
    }

    /// <summary>Returns whether <paramref name="date"/> is a weekend day by the weekend rule alone.</summary>
    /// <param name="date">Any date.</param>
    /// <returns><see langword="true"/> when the date's day of the week is closed.</returns>
    public bool IsWeekend(DateOnly date) => (_weekendMask & (1 << (int)date.DayOfWeek)) != 0;

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Dictionary<DateOnly, string> ToDictionary(IEnumerable<KeyValuePair<DateOnly, string>> days)
    {
        var result = new Dictionary<DateOnly, string>();
        foreach (var (date, label) in days)
        {
            result[date] = label ?? string.Empty;
        }

        return result;
    }
}

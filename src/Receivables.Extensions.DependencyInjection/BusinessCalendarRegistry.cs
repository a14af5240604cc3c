using Receivables.Calendars;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>The named business calendars of a host: the built-ins (<c>CN</c>, <c>WEEKEND</c>), calendar files named
/// in configuration, and calendars registered with <see cref="ReceivablesBuilder.AddCalendar(string, IBusinessCalendar)"/>.</summary>
/// <remarks>Names are case-insensitive. Built once at start-up; immutable and thread-safe afterwards.</remarks>
public sealed class BusinessCalendarRegistry
{
    private readonly Dictionary<string, IBusinessCalendar> _calendars;

    internal BusinessCalendarRegistry(Dictionary<string, IBusinessCalendar> calendars)
    {
        _calendars = calendars;
    }

    /// <summary>Gets the calendar names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _calendars.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Gets a calendar by name.</summary>
    /// <param name="name">The name, such as <c>CN</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No calendar has that name (the message lists the names).</exception>
    public IBusinessCalendar Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _calendars.TryGetValue(name, out var calendar)
            ? calendar
            : throw new KeyNotFoundException($"No business calendar is named '{name}'. Known: {string.Join(", ", Names)}.");
    }

    /// <summary>Gets a calendar by name, if there is one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="calendar">The calendar, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IBusinessCalendar? calendar)
    {
        calendar = null;
        return name is not null && _calendars.TryGetValue(name, out calendar);
    }
}

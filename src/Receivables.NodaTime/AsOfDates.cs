using NodaTime;

namespace Receivables.NodaTime;

/// <summary>
/// A host's "today" as the as-of date Receivables.Core takes: the current date in the company's time zone, read from a
/// NodaTime <see cref="IClock"/>.
/// </summary>
/// <remarks>
/// <para>Receivables.Core never reads a clock: every calculation takes an explicit as-of date, so the same input gives
/// the same output on any machine. The host decides what "today" means, once, at the edge:</para>
/// <code>
/// var clock = SystemClock.Instance.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
/// var asOf = clock.Today();                       // 2026-12-05 in Shanghai while it is still 12-04 in London
/// var report = engine.Age(asOf, ledger.AsOf(asOf).OpenItems);
/// </code>
/// <para>In tests use <c>NodaTime.Testing.FakeClock</c>. All members are thread-safe when the clock is.</para>
/// </remarks>
public static class AsOfDates
{
    /// <summary>Gets today's date in the clock's time zone.</summary>
    /// <param name="clock">The clock in the company's time zone.</param>
    /// <returns>Today, as a <see cref="DateOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static DateOnly Today(this ZonedClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentDate().ToDateOnly();
    }

    /// <summary>Gets today's date in a time zone.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The company's time zone.</param>
    /// <returns>Today in that zone, as a <see cref="DateOnly"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DateOnly Today(this IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return new ZonedClock(clock, zone, CalendarSystem.Iso).Today();
    }

    /// <summary>Gets today's date in a time zone named by its IANA (TZDB) id, such as <c>Asia/Shanghai</c>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zoneId">The TZDB zone id.</param>
    /// <returns>Today in that zone.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The zone id is unknown (the message names it).</exception>
    public static DateOnly Today(this IClock clock, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new ArgumentException($"'{zoneId}' is not a time zone id of the TZDB, such as 'Asia/Shanghai'.", nameof(zoneId));
        return clock.Today(zone);
    }
}

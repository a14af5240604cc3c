using System.Globalization;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Calendars;

/// <summary>Issue 18: dates past a bundled calendar's data are answered silently by the weekend rule unless the
/// calendar is strict.</summary>
public class CalendarCoverageTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void ChinaMainland_CoveredYears_Are2023To2026()
    {
        var china = BusinessCalendars.ChinaMainland;

        Assert.Equal((2023, 2026), (china.FirstYear, china.LastYear));
        Assert.True(china.CoversYear(2026));
        Assert.False(china.CoversYear(2027));
        Assert.False(china.CoversYear(2022));
        Assert.False(china.IsStrict);
    }

    [Fact]
    public void IsBusinessDay_LenientPastTheData_UsesTheWeekendOnly()
    {
        // 2027-01-01 is New Year's Day, but the bundled data ends in 2026: a Friday, so "open".
        Assert.True(BusinessCalendars.ChinaMainland.IsBusinessDay(D("2027-01-01")));
    }

    [Fact]
    public void IsBusinessDay_StrictPastTheData_ThrowsCoverageException()
    {
        var strict = BusinessCalendars.ChinaMainland.WithStrictCoverage();

        var error = Assert.Throws<CalendarCoverageException>(() => strict.IsBusinessDay(D("2027-01-01")));

        Assert.Equal((D("2027-01-01"), 2023, 2026, "CN"), (error.Date, error.FirstYear, error.LastYear, error.CalendarName));
        Assert.False(strict.IsBusinessDay(D("2026-10-01")));
        Assert.True(strict.IsStrict);
        Assert.Same(BusinessCalendars.ChinaMainland, BusinessCalendars.ChinaMainland.WithStrictCoverage(false));
    }

    [Fact]
    public void Schedule_StrictCalendarPastTheData_RefusesInsteadOfGuessing()
    {
        var term = TermNotation.Parse("NET 30").WithBusinessDays(BusinessCalendars.ChinaMainland.WithStrictCoverage(), BusinessDayConvention.Following);

        Assert.Throws<CalendarCoverageException>(() => term.Schedule(Money.Of(100m, "CNY"), new TermDates(D("2026-12-15"))));
        Assert.Equal(D("2026-11-16"), term.Schedule(Money.Of(100m, "CNY"), new TermDates(D("2026-10-15"))).Installments[0].DueDate);
    }

    [Fact]
    public void WithStrictCoverage_WeekendOnlyCalendar_CoversEveryYear()
    {
        var strict = BusinessCalendars.SaturdaySunday.WithStrictCoverage();

        Assert.True(strict.CoversYear(9999));
        Assert.False(strict.IsBusinessDay(D("2099-01-03")));
    }
}

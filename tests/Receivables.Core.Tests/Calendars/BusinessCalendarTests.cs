using Receivables.Calendars;

namespace Receivables.Tests.Calendars;

public class BusinessCalendarTests
{
    private static readonly BusinessCalendar China = BusinessCalendars.ChinaMainland;

    // Source: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), Xinhua via https://politics.gmw.cn/2025-11/04/content_38391083.htm:
    // "春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。" and the other 2026 arrangements.
    [Theory]
    [InlineData("2026-01-01", false)] // 元旦
    [InlineData("2026-01-04", true)] // Sunday worked
    [InlineData("2026-02-13", true)] // Friday before the holiday
    [InlineData("2026-02-14", true)] // Saturday worked (调休)
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-18", false)] // a Wednesday inside the Spring Festival
    [InlineData("2026-02-23", false)] // last day, a Monday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)] // Saturday worked (调休)
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-09", true)] // Saturday worked
    [InlineData("2026-09-20", true)] // Sunday worked
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)] // Saturday worked
    public void ChinaMainland_2026StateCouncilNotice_MatchesEveryArrangement(string date, bool expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var actual = China.IsBusinessDay(day);

        Assert.Equal(expected, actual);
    }

    // Sources: 国办发明电〔2024〕12号 (2025 notice, https://m.gmw.cn/2024-11/12/content_1303894933.htm),
    // 国办发明电〔2023〕7号 (2024 notice, People's Daily 2023-10-26 p.6) and 国办发明电〔2022〕16号 (2023 notice, Xinhua 2022-12-08).
    [Theory]
    [InlineData("2025-01-26", true)] // Sunday worked before Spring Festival
    [InlineData("2025-01-28", false)] // 除夕
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)] // Saturday worked
    [InlineData("2025-04-27", true)] // Sunday worked before Labour Day
    [InlineData("2025-10-08", false)] // National Day and Mid-Autumn combined, 8 days
    [InlineData("2025-10-11", true)]
    [InlineData("2024-02-04", true)]
    [InlineData("2024-02-16", false)]
    [InlineData("2023-01-02", false)] // 国办发明电〔2022〕16号: New Year break to Monday 2 January
    [InlineData("2023-01-27", false)]
    [InlineData("2023-01-28", true)] // Saturday worked
    [InlineData("2023-01-29", true)] // Sunday worked
    [InlineData("2023-06-25", true)] // Sunday worked after Dragon Boat
    [InlineData("2023-10-06", false)]
    [InlineData("2023-10-08", true)]
    [InlineData("2024-02-18", true)]
    [InlineData("2024-05-11", true)]
    [InlineData("2024-06-10", false)]
    [InlineData("2024-09-14", true)]
    [InlineData("2024-10-12", true)]
    public void ChinaMainland_2023To2025Notices_MatchArrangements(string date, bool expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var actual = China.IsBusinessDay(day);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ChinaMainland_CoveredYears_Are2023To2026()
    {
        var calendar = China;

        Assert.Equal(2023, calendar.FirstYear);
        Assert.Equal(2026, calendar.LastYear);
        Assert.Equal("CN", calendar.Name);
    }

    [Fact]
    public void Adjust_FollowingOverSpringFestival_MovesToFirstWorkingDayAfter()
    {
        var sunday = new DateOnly(2026, 2, 15);

        var adjusted = China.Adjust(sunday, BusinessDayConvention.Following);

        Assert.Equal(new DateOnly(2026, 2, 24), adjusted);
    }

    [Fact]
    public void Adjust_PrecedingFromSpringFestival_LandsOnWorkedSaturday()
    {
        var monday = new DateOnly(2026, 2, 16);

        var adjusted = China.Adjust(monday, BusinessDayConvention.Preceding);

        Assert.Equal(new DateOnly(2026, 2, 14), adjusted);
    }

    [Theory]
    [InlineData("2026-01-31", BusinessDayConvention.None, "2026-01-31")]
    [InlineData("2026-01-31", BusinessDayConvention.Following, "2026-02-02")]
    [InlineData("2026-01-31", BusinessDayConvention.ModifiedFollowing, "2026-01-30")] // Following crosses into February
    [InlineData("2026-01-31", BusinessDayConvention.Preceding, "2026-01-30")]
    [InlineData("2026-03-01", BusinessDayConvention.Preceding, "2026-02-27")]
    [InlineData("2026-03-01", BusinessDayConvention.ModifiedPreceding, "2026-03-02")] // Preceding crosses into February
    [InlineData("2026-03-02", BusinessDayConvention.Following, "2026-03-02")] // a business day is kept
    public void Adjust_WeekendCalendar_FollowsConvention(string date, BusinessDayConvention convention, string expected)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var adjusted = BusinessCalendars.SaturdaySunday.Adjust(day, convention);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), adjusted);
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")] // the worked Saturday counts
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-24", -1, "2026-02-14")]
    [InlineData("2026-02-15", 0, "2026-02-15")]
    public void AddBusinessDays_China_CountsWorkingDaysOnly(string start, int days, string expected)
    {
        var day = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);

        var result = China.AddBusinessDays(day, days);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void NextBusinessDay_BeforeNationalDay_SkipsGoldenWeek()
    {
        var lastDayOfSeptember = new DateOnly(2026, 9, 30);

        var next = China.NextBusinessDay(lastDayOfSeptember);

        Assert.Equal(new DateOnly(2026, 10, 8), next);
    }

    [Fact]
    public void Union_CountryPlusCompanyShutdown_ClosesBothButKeepsMakeUpDays()
    {
        var shutdown = BusinessCalendar.Create(
            "Plant shutdown",
            WeekendDays.None,
            [new(new DateOnly(2026, 2, 24), "shutdown"), new(new DateOnly(2026, 2, 25), "shutdown")],
            []);

        var combined = BusinessCalendars.Union(China, shutdown);

        Assert.False(combined.IsBusinessDay(new DateOnly(2026, 2, 18)));
        Assert.False(combined.IsBusinessDay(new DateOnly(2026, 2, 24)));
        Assert.True(combined.IsBusinessDay(new DateOnly(2026, 2, 26)));
        Assert.True(combined.IsBusinessDay(new DateOnly(2026, 2, 28)));
        Assert.Equal(new DateOnly(2026, 2, 26), combined.Adjust(new DateOnly(2026, 2, 15), BusinessDayConvention.Following));
    }

    [Theory]
    [InlineData(WeekendDays.SaturdaySunday, "2026-01-02", true)] // Friday
    [InlineData(WeekendDays.FridaySaturday, "2026-01-02", false)]
    [InlineData(WeekendDays.FridaySaturday, "2026-01-04", true)] // Sunday
    [InlineData(WeekendDays.Sunday, "2026-01-03", true)] // Saturday
    [InlineData(WeekendDays.Sunday, "2026-01-04", false)]
    public void IsBusinessDay_ConfigurableWeekend_ClosesOnlyThoseDays(WeekendDays weekend, string date, bool expected)
    {
        var calendar = BusinessCalendar.WeekendOnly("test", weekend);

        var actual = calendar.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Create_EveryDayClosed_Throws()
    {
        var allDays = WeekendDays.SaturdaySunday | WeekendDays.Monday | WeekendDays.Tuesday | WeekendDays.Wednesday | WeekendDays.Thursday | WeekendDays.Friday;

        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.WeekendOnly("closed", allDays));

        Assert.Equal("weekend", error.ParamName);
    }

    [Fact]
    public void Create_SameDateHolidayAndWorkingDay_Throws()
    {
        var day = new DateOnly(2026, 2, 14);

        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create("x", WeekendDays.SaturdaySunday, [new(day, "a")], [new(day, "b")]));

        Assert.Contains("2026-02-14", error.Message, StringComparison.Ordinal);
    }
}

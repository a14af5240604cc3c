using Receivables.Calendars;

namespace Receivables.Tests.Calendars;

public class CalendarFileTests
{
    [Fact]
    public void Parse_DatesRangesMarkersAndComments_BuildsCalendar()
    {
        const string text = """
            # Company calendar 2026
            2026-02-15..2026-02-17 Spring Festival

            2026-02-14 [work] make-up day
            2026-12-24 Christmas Eve
            """;

        var calendar = CalendarFile.Parse(text, "ACME", WeekendDays.SaturdaySunday);

        Assert.Equal(4, calendar.Holidays.Count);
        Assert.Equal("Spring Festival", calendar.Holidays[new DateOnly(2026, 2, 16)]);
        Assert.Equal("make-up day", calendar.ExtraWorkingDays[new DateOnly(2026, 2, 14)]);
        Assert.True(calendar.IsBusinessDay(new DateOnly(2026, 2, 14)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void Parse_DateWithoutLabel_HasEmptyLabel()
    {
        var calendar = CalendarFile.Parse("2026-05-01\r\n", "x", WeekendDays.SaturdaySunday);

        Assert.Equal(string.Empty, calendar.Holidays[new DateOnly(2026, 5, 1)]);
    }

    [Theory]
    [InlineData("2026-01-01 ok\n# fine\n2026-02-30 bad", 3, "2026-02-30")]
    [InlineData("2026-13-01", 1, "2026-13-01")]
    [InlineData("\n\n01/05/2026 May Day", 3, "01/05/2026")]
    [InlineData("2026-02-20..2026-02-10 backwards", 1, "ends before it starts")]
    [InlineData("2026-01-01..2027-06-01 too long", 1, "longer than 366 days")]
    [InlineData("2026-02-14 holiday\n2026-02-14 [work] worked", 2, "line 1")]
    public void Parse_BadLine_ReportsLineNumber(string text, int line, string fragment)
    {
        var error = Assert.Throws<CalendarFormatException>(() => CalendarFile.Parse(text, "x", WeekendDays.SaturdaySunday));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"Line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ThenParse_GivesSameDays()
    {
        var china = BusinessCalendars.ChinaMainland;

        var again = CalendarFile.Parse(CalendarFile.Format(china), "CN", WeekendDays.SaturdaySunday);

        Assert.Equal(china.Holidays.OrderBy(h => h.Key), again.Holidays.OrderBy(h => h.Key));
        Assert.Equal(china.ExtraWorkingDays.OrderBy(h => h.Key), again.ExtraWorkingDays.OrderBy(h => h.Key));
    }
}

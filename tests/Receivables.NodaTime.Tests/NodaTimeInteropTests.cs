using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;
using Receivables.Aging;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.NodaTime;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.NodaTime.Tests;

public class NodaTimeInteropTests
{
    [Fact]
    public void ToDateOnly_AnyIsoDate_RoundTrips()
    {
        Properties.Check(
            Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).ToArbitrary(),
            dayNumber =>
            {
                var date = DateOnly.FromDayNumber(dayNumber);

                Assert.Equal(date, date.ToLocalDate().ToDateOnly());
                Assert.Equal(date.DayOfWeek, date.ToLocalDate().DayOfWeek.ToDayOfWeek());
            });
    }

    [Fact]
    public void ToDateOnly_JulianCalendarDate_MeansTheSameDay()
    {
        var julian = new LocalDate(2026, 1, 1, CalendarSystem.Julian);

        var date = julian.ToDateOnly();

        Assert.Equal(new DateOnly(2026, 1, 14), date);
    }

    [Fact]
    public void Today_ShanghaiClockAtLondonEvening_IsTheNextDay()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 20, 30));

        var shanghai = clock.Today("Asia/Shanghai");
        var london = clock.Today(DateTimeZoneProviders.Tzdb["Europe/London"]);
        var zoned = new ZonedClock(clock, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], CalendarSystem.Iso).Today();

        Assert.Equal(new DateOnly(2026, 12, 5), shanghai);
        Assert.Equal(new DateOnly(2026, 12, 4), london);
        Assert.Equal(shanghai, zoned);
    }

    [Fact]
    public void Today_UnknownZone_ThrowsNamingZoneId()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 0, 0));

        var error = Assert.Throws<ArgumentException>(() => clock.Today("Mars/Olympus"));

        Assert.Equal("zoneId", error.ParamName);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, WeekendDays.SaturdaySunday)]
    [InlineData(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, WeekendDays.FridaySaturday)]
    public void ToWeekendDays_IsoDays_GiveTheFlags(IsoDayOfWeek first, IsoDayOfWeek second, WeekendDays expected)
    {
        var flags = new[] { first, second }.ToWeekendDays();

        Assert.Equal(expected, flags);
        Assert.Equal(new[] { first, second }, flags.ToIsoDays());
    }

    [Fact]
    public void ToDayOfWeek_None_ThrowsNamingDay()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IsoDayOfWeek.None.ToDayOfWeek());

        Assert.Equal("day", error.ParamName);
    }

    [Fact]
    public void AddBusinessDays_ChinaCalendarOverNationalDay_SkipsTheHolidayWeek()
    {
        // State Council notice for 2026: 1-7 October off (National Day and Mid-Autumn), 10 October (Saturday) worked.
        var calendar = BusinessCalendars.ChinaMainland;

        var next = calendar.AddBusinessDays(new LocalDate(2026, 9, 30), 1);

        Assert.Equal(calendar.AddBusinessDays(new DateOnly(2026, 9, 30), 1).ToLocalDate(), next);
        Assert.False(calendar.IsBusinessDay(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void WeekendOnly_FridaySaturday_SundayIsABusinessDay()
    {
        var gulf = CalendarDates.WeekendOnly("GULF", IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday);

        Assert.True(gulf.IsBusinessDay(new LocalDate(2026, 12, 6)));
        Assert.False(gulf.IsBusinessDay(new LocalDate(2026, 12, 4)));
    }

    [Fact]
    public void After_OneMonthFrom31January_IsTheLastDayOfFebruary()
    {
        var rule = TermsDates.After(Period.FromMonths(1));

        Assert.Equal(new LocalDate(2026, 2, 28), rule.DueDate(new LocalDate(2026, 1, 31)));
        Assert.Equal(new LocalDate(2028, 2, 29), rule.DueDate(new LocalDate(2028, 1, 31)));
    }

    [Fact]
    public void After_PeriodWithTime_ThrowsNamingPeriod()
    {
        var error = Assert.Throws<ArgumentException>(() => TermsDates.After(Period.FromHours(5)));

        Assert.Equal("period", error.ParamName);
    }

    [Fact]
    public void LedgerOverloads_LocalDates_GiveTheSameStateAsDateOnly()
    {
        var acme = new CustomerId("C-1");
        var invoice = LocalDateDocuments.Invoice(new("INV-1"), acme, Money.Of(1000m, "EUR"), new LocalDate(2026, 6, 10), new LocalDate(2026, 7, 10));
        var payment = LocalDateDocuments.Payment(new("PAY-1"), acme, Money.Of(400m, "EUR"), new LocalDate(2026, 7, 3));
        var ledger = ReceivablesLedger.Empty.Post(invoice).Post(payment);

        var applied = ledger.Apply(new DocumentId("PAY-1"), AllocationPolicies.OldestDueFirst, new LocalDate(2026, 7, 3)).Ledger;
        var june = applied.AsOf(new LocalDate(2026, 6, 30));
        var report = AgingEngine.Create(AgingScheme.Create([30, 60, 90])).Age(new LocalDate(2026, 7, 31), applied.AsOf(new LocalDate(2026, 7, 31)).OpenItems);

        Assert.Equal(Money.Of(1000m, "EUR"), Assert.Single(june.OpenItems).Open);
        Assert.Equal(21, Assert.Single(applied.OpenItems).DaysOverdue(new LocalDate(2026, 7, 31)));
        Assert.Equal(Money.Of(600m, "EUR"), report.Sections.Single().GrandTotal);
    }
}

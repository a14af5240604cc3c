using System.Globalization;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class DueDateRulesTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-31", 30, "2026-03-02")]
    [InlineData("2024-01-31", 30, "2024-03-01")] // leap year: 29 days in February
    [InlineData("2026-12-15", 30, "2027-01-14")] // over the year end
    [InlineData("2026-03-10", 0, "2026-03-10")]
    public void NetDays_AddsCalendarDays(string baseline, int days, string expected)
    {
        var rule = DueDateRules.NetDays(days);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    // "30 days end of month" has two meanings.
    // ERPNext ("Day(s) after the end of the invoice month"), Odoo 17 ("Days after end of month") and Business Central
    // (CM+30D, learn.microsoft.com "DateFormula Data Type": "CM+10D Current month plus 10 days"): month end first.
    // Odoo 16 (payment term line: days, then "End of month"): add the days first, then go to the month end.
    [Theory]
    [InlineData("2026-01-15", "2026-03-02", "2026-02-28")]
    [InlineData("2026-01-31", "2026-03-02", "2026-03-31")]
    [InlineData("2024-01-15", "2024-03-01", "2024-02-29")]
    [InlineData("2026-12-05", "2027-01-30", "2027-01-31")]
    public void ThirtyDaysEndOfMonth_BothMeanings_DifferAsDocumented(string invoiceDate, string monthEndFirst, string daysFirst)
    {
        var erpNextOdoo17BusinessCentral = DueDateRules.EndOfMonthPlusDays(30);
        var odoo16 = DueDateRules.DaysThenEndOfMonth(30);

        var a = erpNextOdoo17BusinessCentral.DueDate(D(invoiceDate));
        var b = odoo16.DueDate(D(invoiceDate));

        Assert.Equal(D(monthEndFirst), a);
        Assert.Equal(D(daysFirst), b);
        Assert.Equal(DateFormula.Parse("CM+30D"), erpNextOdoo17BusinessCentral);
        Assert.Equal(DateFormula.Parse("30D+CM"), odoo16);
    }

    [Theory]
    [InlineData("2026-01-10", 1, "2026-02-28")]
    [InlineData("2026-02-15", 1, "2026-03-31")] // snaps to month end, not 28 March
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2026-11-20", 2, "2027-01-31")]
    [InlineData("2026-04-30", 0, "2026-04-30")]
    public void MonthsAfterEndOfMonth_SnapsToMonthEnd(string baseline, int months, string expected)
    {
        var rule = DueDateRules.MonthsAfterEndOfMonth(months);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Theory]
    [InlineData("2026-01-10", 31, "2026-02-28")] // clamped to February's length
    [InlineData("2024-01-10", 31, "2024-02-29")] // leap year
    [InlineData("2024-01-10", 30, "2024-02-29")]
    [InlineData("2026-01-31", 15, "2026-02-15")]
    [InlineData("2026-12-31", 1, "2027-01-01")]
    [InlineData("2026-03-01", 31, "2026-04-30")]
    public void DayOfNextMonth_ClampsToMonthLength(string baseline, int day, string expected)
    {
        var rule = DueDateRules.DayOfNextMonth(day);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    // Odoo 17 account.payment.term.line._get_due_date, delay_type 'days_end_of_month_on_the':
    // due = date + nb_days + relativedelta(months=1, day=days_next_month).
    [Theory]
    [InlineData("2026-01-15", 30, 10, "2026-03-10")]
    [InlineData("2026-01-01", 0, 31, "2026-02-28")]
    [InlineData("2026-11-20", 15, 5, "2027-01-05")]
    public void DaysThenDayOfFollowingMonth_MatchesOdooDaysEndOfMonthOnThe(string baseline, int days, int day, string expected)
    {
        var rule = DueDateRules.DaysThenDayOfFollowingMonth(days, day);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2026-08-31", 3, "2026-11-30")]
    [InlineData("2026-10-15", 3, "2027-01-15")]
    public void MonthsKeepingDay_ClampsDayNumber(string baseline, int months, string expected)
    {
        var rule = DueDateRules.MonthsKeepingDay(months);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-02-10")]
    [InlineData("2026-01-15", "2026-02-10")]
    [InlineData("2026-01-16", "2026-02-25")]
    [InlineData("2026-01-31", "2026-02-25")]
    [InlineData("2026-12-20", "2027-01-25")]
    public void SapDayLimits_FirstHalfTenthSecondHalfTwentyFifth(string baseline, string expected)
    {
        var rule = DueDateRules.SapDayLimits();

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Fact]
    public void DayLimits_CustomBandsClampDay()
    {
        var rule = DueDateRules.DayLimits(new DayLimit(10, 31, 1), new DayLimit(31, 15, 2));

        Assert.Equal(D("2026-02-28"), rule.DueDate(D("2026-01-05")));
        Assert.Equal(D("2026-03-15"), rule.DueDate(D("2026-01-11")));
    }

    [Fact]
    public void DayLimits_LastBandNotDay31_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DueDateRules.DayLimits(new DayLimit(15, 10, 1)));

        Assert.Equal("limits", error.ParamName);
    }

    [Theory]
    [InlineData("2026-02-06", "2026-03-20")] // net 30 = 8 March, next payment day the 20th
    [InlineData("2026-01-21", "2026-02-20")] // net 30 = 20 February, itself a payment day
    [InlineData("2026-02-19", "2026-04-05")] // net 30 = 21 March, after the 20th: next payment day 5 April
    public void WithPaymentDays_FifthAndTwentieth_MovesToNextPaymentDay(string baseline, string expected)
    {
        var rule = DueDateRules.WithPaymentDays(DueDateRules.NetDays(30), [5, 20], []);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Fact]
    public void WithPaymentDays_AugustClosed_MovesToFirstPaymentDayInSeptember()
    {
        var rule = DueDateRules.WithPaymentDays(DueDateRules.NetDays(30), [5, 20], [new NonPaymentPeriod(8, 1, 8, 31)]);

        var due = rule.DueDate(D("2026-07-11"));

        Assert.Equal(D("2026-09-05"), due);
    }

    [Fact]
    public void WithPaymentDays_Day31InFebruary_IsClamped()
    {
        var rule = DueDateRules.WithPaymentDays(DueDateRules.Immediate, [31], []);

        var due = rule.DueDate(D("2026-02-01"));

        Assert.Equal(D("2026-02-28"), due);
    }

    [Fact]
    public void WithPaymentDays_YearEndWrappingPeriod_SkipsToJanuary()
    {
        var rule = DueDateRules.WithPaymentDays(DueDateRules.NetDays(10), [], [new NonPaymentPeriod(12, 20, 1, 5)]);

        var due = rule.DueDate(D("2026-12-15"));

        Assert.Equal(D("2027-01-06"), due);
    }

    [Theory]
    [InlineData(BusinessDayConvention.Following, "2026-01-16", "2026-02-24")] // net 30 = Sunday 15 February, Spring Festival
    [InlineData(BusinessDayConvention.Preceding, "2026-01-16", "2026-02-14")] // the worked Saturday
    [InlineData(BusinessDayConvention.ModifiedFollowing, "2026-01-01", "2026-01-30")] // Saturday 31 January, February would change month
    [InlineData(BusinessDayConvention.None, "2026-01-16", "2026-02-15")]
    public void Adjusted_ChinaCalendar_MovesToBusinessDay(BusinessDayConvention convention, string baseline, string expected)
    {
        var rule = DueDateRules.Adjusted(DueDateRules.NetDays(30), BusinessCalendars.ChinaMainland, convention);

        var due = rule.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Fact]
    public void Adjusted_PrecedingWouldGoBeforeBaseline_TakesFollowingInstead()
    {
        var rule = DueDateRules.Adjusted(DueDateRules.Immediate, BusinessCalendars.ChinaMainland, BusinessDayConvention.Preceding);

        var due = rule.DueDate(D("2026-02-15"));

        Assert.Equal(D("2026-02-24"), due);
    }

    [Fact]
    public void NetDays_Negative_ThrowsNamingDays()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRules.NetDays(-1));

        Assert.Equal("days", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void DayOfNextMonth_DayOutOfRange_ThrowsNamingDay(int day)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRules.DayOfNextMonth(day));

        Assert.Equal("day", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void WithPaymentDays_DayOutOfRange_ThrowsNamingPaymentDays(int day)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRules.WithPaymentDays(DueDateRules.NetDays(30), [day], []));

        Assert.Equal("paymentDays", error.ParamName);
    }

    [Fact]
    public void NonPaymentPeriod_February30_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NonPaymentPeriod(2, 30, 3, 1));

        Assert.Equal("startDay", error.ParamName);
    }

    [Fact]
    public void Catalogue_And_Formula_ProduceEqualRules()
    {
        Assert.Equal(DueDateRules.NetDays(30), DateFormula.Parse("30d"));
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(15), DateFormula.Parse("CM+15D"));
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(0), DateFormula.Parse("CM"));
        Assert.Equal(DueDateRules.MonthsAfterEndOfMonth(1), DateFormula.Parse("CM+1M+CM"));
        Assert.Equal(DueDateRules.Immediate, DueDateRules.NetDays(0));
    }
}

using System.Globalization;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

/// <summary>Issue 17: every peer's due-date fields map one to one to a rule, checked against the peers' own code and
/// published examples.</summary>
public class PeerConventionsTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Odoo 14/15 account.payment.term.compute: day_after_invoice_date (+ day_of_the_month, next such day, clamped),
    // after_invoice_month (first of next month + days − 1), day_following_month and day_current_month (relativedelta day=).
    [Theory]
    [InlineData("day_after_invoice_date", 30, 0, "2026-01-15", "2026-02-14", "30D")]
    [InlineData("day_after_invoice_date", 30, 10, "2026-01-15", "2026-03-10", "30D+D10")]
    [InlineData("day_after_invoice_date", 0, 31, "2026-02-10", "2026-02-28", "0D+D31")]
    [InlineData("day_after_invoice_date", 0, 40, "2026-02-10", "2026-02-28", "0D+D31")]
    [InlineData("day_after_invoice_date", 10, -1, "2026-01-15", "2026-01-25", "10D")]
    [InlineData("after_invoice_month", 15, 0, "2026-01-10", "2026-02-15", "CM+15D")]
    [InlineData("after_invoice_month", 0, 0, "2026-01-10", "2026-01-31", "CM")]
    [InlineData("day_following_month", 31, 0, "2026-01-10", "2026-02-28", "CM+1D+D31")]
    [InlineData("day_following_month", 5, 0, "2026-01-31", "2026-02-05", "CM+1D+D5")]
    [InlineData("day_current_month", 25, 0, "2026-01-10", "2026-01-25", "-CM+D25")]
    [InlineData("day_current_month", 31, 0, "2026-02-10", "2026-02-28", "-CM+D31")]
    public void Odoo15_OptionFields_MapToTheDatesOdooComputes(string option, int days, int dayOfTheMonth, string invoice, string due, string formula)
    {
        var rule = OdooDueDates.Odoo15(option, days, dayOfTheMonth);

        Assert.Equal(formula, rule.Text);
        Assert.Equal(D(due), rule.DueDate(D(invoice)));
    }

    [Fact]
    public void Odoo15_DayOfCurrentMonthInThePast_ScheduleClampsToTheInvoiceDate()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, OdooDueDates.Odoo15("day_current_month", 5)));

        var schedule = term.Schedule(Money.Of(100m, "EUR"), new TermDates(D("2026-01-20")));

        Assert.Equal(D("2026-01-20"), schedule.Installments[0].DueDate);
    }

    // Odoo 16 _get_due_date: + months, + days, then with end_month: day=31 (clamped) and + days_after.
    [Theory]
    [InlineData(0, 30, false, 0, "2026-01-15", "2026-02-14", "30D")]
    [InlineData(0, 30, true, 0, "2026-01-15", "2026-02-28", "30D+CM")]
    [InlineData(1, 0, true, -5, "2026-01-15", "2026-02-23", "1M+CM-5D")]
    [InlineData(1, 0, true, 10, "2026-01-31", "2026-03-10", "1M+CM+10D")]
    [InlineData(0, -3, false, 0, "2026-01-15", "2026-01-12", "-3D")]
    [InlineData(0, 0, false, 0, "2026-01-15", "2026-01-15", "0D")]
    [InlineData(0, 0, true, 0, "2026-01-15", "2026-01-31", "CM")]
    public void Odoo16_LineFields_MapToTheDatesOdooComputes(int months, int days, bool endMonth, int daysAfter, string invoice, string due, string formula)
    {
        var rule = OdooDueDates.Odoo16(months, days, endMonth, daysAfter);

        Assert.Equal(formula, rule.Text);
        Assert.Equal(D(due), rule.DueDate(D(invoice)));
    }

    // Odoo 17/18 _get_due_date; the days_end_of_month_on_the cases are Odoo's own test
    // (test_payment_term_days_end_of_month_on_the: invoice 2023-12-12, 30 days, on the 10th → 2024-02-10, on the 31st →
    // 2024-02-29).
    [Theory]
    [InlineData("days_after", 30, 10, "2026-01-31", "2026-03-02", "30D")]
    [InlineData("days_after_end_of_month", 30, 10, "2026-01-15", "2026-03-02", "CM+30D")]
    [InlineData("days_after_end_of_month", 0, 10, "2026-01-15", "2026-01-31", "CM")]
    [InlineData("days_after_end_of_next_month", 10, 10, "2026-01-31", "2026-03-10", "1M+CM+10D")]
    [InlineData("days_after_end_of_next_month", 0, 10, "2026-01-15", "2026-02-28", "1M+CM")]
    [InlineData("days_end_of_month_on_the", 30, 10, "2023-12-12", "2024-02-10", "30D+CM+1D+D10")]
    [InlineData("days_end_of_month_on_the", 30, 31, "2023-12-12", "2024-02-29", "30D+CM+1D+D31")]
    [InlineData("days_end_of_month_on_the", 30, 30, "2025-12-15", "2026-02-28", "30D+CM+1D+D30")]
    [InlineData("days_end_of_month_on_the", 30, 0, "2026-01-15", "2026-02-28", "30D+CM")]
    public void Odoo17_DelayTypes_MapToTheDatesOdooComputes(string delayType, int nbDays, int daysNextMonth, string invoice, string due, string formula)
    {
        var rule = OdooDueDates.Odoo17(delayType, nbDays, daysNextMonth);

        Assert.Equal(formula, rule.Text);
        Assert.Equal(D(due), rule.DueDate(D(invoice)));
    }

    [Fact]
    public void Peers_SameRuleBuiltEitherWay_AreEqual()
    {
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(30), OdooDueDates.Odoo17("days_after_end_of_month", 30));
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(30), OdooDueDates.Odoo15("after_invoice_month", 30));
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(30), ErpNextDueDates.DaysAfterEndOfInvoiceMonth(30));
        Assert.Equal(DueDateRules.DaysThenEndOfMonth(30), OdooDueDates.Odoo16(0, 30, true));
        Assert.Equal(DueDateRules.DaysThenDayOfFollowingMonth(30, 10), OdooDueDates.Odoo17("days_end_of_month_on_the", 30, 10));
        Assert.Equal(DueDateRules.NetDays(45), ErpNextDueDates.FromFields("Day(s) after invoice date", 45, 0));
    }

    [Fact]
    public void PeerFields_UnknownOption_ThrowsNamingTheField()
    {
        Assert.Equal("option", Assert.Throws<ArgumentException>(() => OdooDueDates.Odoo15("days_after", 30)).ParamName);
        Assert.Equal("delayType", Assert.Throws<ArgumentException>(() => OdooDueDates.Odoo17("day_after_invoice_date", 30)).ParamName);
        Assert.Equal("basedOn", Assert.Throws<ArgumentException>(() => ErpNextDueDates.FromFields("Days", 30, 0)).ParamName);
        Assert.Equal("daysNextMonth", Assert.Throws<ArgumentOutOfRangeException>(() => OdooDueDates.Odoo17("days_end_of_month_on_the", 30, 32)).ParamName);
    }

    // ERPNext issue #22201 (erpnext 13.0.0-beta.2): "Month(s) after the end of the invoice month", 1 month, posted
    // 2020-06-11: observed 2020-07-30, expected 2020-07-31; fixed by pull request #33183 (2022) for due dates and #42564
    // (2024) for discount dates. The ERPNext manual: 7 days after the end of a month ending on the 30th is the 7th.
    [Theory]
    [InlineData("Month(s) after the end of the invoice month", 0, 1, false, "2020-06-11", "2020-07-31")]
    [InlineData("Month(s) after the end of the invoice month", 0, 1, true, "2020-06-11", "2020-07-30")]
    [InlineData("Month(s) after the end of the invoice month", 0, 1, false, "2026-01-31", "2026-02-28")]
    [InlineData("Month(s) after the end of the invoice month", 0, 1, true, "2026-02-15", "2026-03-28")]
    [InlineData("Day(s) after the end of the invoice month", 7, 0, false, "2026-04-20", "2026-05-07")]
    [InlineData("Day(s) after invoice date", 7, 0, false, "2026-04-20", "2026-04-27")]
    public void ErpNext_DueDateBasedOn_MatchesErpNextBeforeAndAfterItsFix(string basedOn, int days, int months, bool beforeFix, string invoice, string due)
    {
        var rule = ErpNextDueDates.FromFields(basedOn, days, months, beforeFix);

        Assert.Equal(D(due), rule.DueDate(D(invoice)));
    }

    // Business Central date formulas: WDn is the next weekday n on or after the date; -WDn the previous one, strictly
    // before it (2026-03-13 is a Friday).
    [Theory]
    [InlineData("-WD5", "2026-03-13", "2026-03-06")]
    [InlineData("-WD5", "2026-03-14", "2026-03-13")]
    [InlineData("-WD1", "2026-03-10", "2026-03-09")]
    [InlineData("CM-WD5", "2026-01-10", "2026-01-30")]
    [InlineData("CM+1D-WD5", "2026-01-10", "2026-01-30")]
    [InlineData("WD5", "2026-03-13", "2026-03-13")]
    public void BusinessCentral_PreviousWeekday_IsStrictlyBefore(string formula, string from, string expected)
    {
        var rule = DateFormula.Parse(formula);

        Assert.Equal(D(expected), rule.DueDate(D(from)));
        Assert.Equal(rule, DateFormula.Parse(rule.Text));
    }
}

using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

/// <summary>The main example of docs/terms.md and docs/calendars.md, compiled and run so the docs cannot rot.</summary>
public class TermsDocsExampleTests
{
    [Fact]
    public void TermsDoc_MainExample_ProducesDocumentedSchedule()
    {
        // snippet: terms-main
        var term = TermNotation.Parse("30% DEPOSIT, BALANCE 2/10 EOM 30")
            .WithBusinessDays(BusinessCalendars.ChinaMainland, BusinessDayConvention.Following);
        var dates = new TermDates(new DateOnly(2026, 1, 16)) { OrderDate = new DateOnly(2026, 1, 5) };

        var schedule = term.Schedule(new Money(11_300.00m, Currency.CNY), dates);

        var deposit = schedule.Installments[0];
        var balance = schedule.Installments[1];
        Assert.Equal((new Money(3_390.00m, Currency.CNY), new DateOnly(2026, 1, 5)), (deposit.Amount, deposit.DueDate));
        Assert.Equal((new Money(7_910.00m, Currency.CNY), new DateOnly(2026, 3, 2)), (balance.Amount, balance.DueDate));
        Assert.Equal(new SettlementDiscount(new DateOnly(2026, 1, 26), new Money(158.20m, Currency.CNY)), balance.Discounts[0]);
        Assert.Equal(new Money(7_751.80m, Currency.CNY), balance.AmountToSettle(new DateOnly(2026, 1, 26)));

        var late = LateChargePolicies.ChinaDefaultDailyRate.Calculate(
            new LateChargeArguments(balance.Amount, balance.DueDate, new DateOnly(2026, 3, 20)));
        Assert.Equal(new Money(71.19m, Currency.CNY), late.Interest);
        Assert.Empty(PaymentTermLimit.ChinaLargeEnterpriseToSme.Check(schedule));
        // end snippet
    }

    [Fact]
    public void CalendarsDoc_Example_CompanyShutdownOnTopOfChina()
    {
        // snippet: calendars-main
        var shutdown = CalendarFile.Parse(
            """
            # ACME plant shutdown after Spring Festival 2026
            2026-02-24..2026-02-25 plant shutdown
            """,
            "ACME",
            WeekendDays.None);
        var calendar = BusinessCalendars.Union(BusinessCalendars.ChinaMainland, shutdown);

        var due = calendar.Adjust(new DateOnly(2026, 2, 15), BusinessDayConvention.Following);

        Assert.Equal(new DateOnly(2026, 2, 26), due);
        Assert.Equal(new DateOnly(2026, 2, 28), calendar.AddBusinessDays(new DateOnly(2026, 2, 27), 1)); // a worked Saturday
        // end snippet
    }

    [Fact]
    public void TermsDoc_MainExample_ProducesDocumentedSchedule_IsTheCodeInTheDoc()
    {
        Receivables.Tests.Support.DocSnippets.AssertDocMatchesTest("docs/terms.md", "terms-main");
    }

    [Fact]
    public void CalendarsDoc_Example_CompanyShutdownOnTopOfChina_IsTheCodeInTheDoc()
    {
        Receivables.Tests.Support.DocSnippets.AssertDocMatchesTest("docs/calendars.md", "calendars-main");
    }
}

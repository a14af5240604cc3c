using Receivables.Calendars;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

/// <summary>The examples added to docs/terms.md, docs/calendars.md and docs/money.md, compiled and run.</summary>
public class TermsConventionsDocTests
{
    [Fact]
    public void TermsPeers_Example_Runs()
    {
        // snippet: terms-peers
        // An Odoo 17 term migrated field by field: EUR 500.00 now, the rest 30 days after the end of the month,
        // the last line absorbing whatever is left (Odoo's rule), cash-rounded to 0.05.
        var term = PaymentTerm.Create(
                ResidualPolicies.LastLineAnyKind,
                InstallmentLine.Fixed(Money.Of(500m, "EUR"), OdooDueDates.Odoo17("days_after", 0)),
                InstallmentLine.Percentage(100m, OdooDueDates.Odoo17("days_after_end_of_month", 30)))
            .WithRounding(RoundingPolicies.Cash(0.05m));
        var schedule = term.Schedule(Money.Of(1_234.57m, "EUR"), new TermDates(new DateOnly(2026, 1, 15)));
        Assert.Equal(Money.Of(734.57m, "EUR"), schedule.Installments[1].Amount);
        Assert.Equal(new DateOnly(2026, 3, 2), schedule.Installments[1].DueDate);

        // ERPNext before its 2022 fix, and the same rule written as a Business Central formula.
        Assert.Equal(DateFormula.Parse("CM+1M"), ErpNextDueDates.MonthsAfterEndOfInvoiceMonth(1, beforeFix: true));

        // A 2% discount taken on 1,190.00 with 19% VAT included: 23.80, of which 3.80 corrects the VAT.
        var discount = new SettlementDiscount(new DateOnly(2026, 1, 25), Money.Of(23.80m, "EUR"));
        var split = discount.SplitTax(19m, DiscountTaxMode.Included);
        Assert.Equal((Money.Of(20.00m, "EUR"), Money.Of(3.80m, "EUR")), (split.Net, split.Tax));
        // end snippet
    }

    [Fact]
    public void TermsPeers_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/terms.md", "terms-peers");
    }

    [Fact]
    public void CalendarsStrict_Example_Runs()
    {
        // snippet: calendars-strict
        var china = BusinessCalendars.ChinaMainland;
        Assert.Equal(2026, china.LastYear);                               // warn before the data runs out
        Assert.True(china.IsBusinessDay(new DateOnly(2027, 1, 1)));       // lenient: weekend rule only
        var strict = china.WithStrictCoverage();
        Assert.Throws<CalendarCoverageException>(() => strict.IsBusinessDay(new DateOnly(2027, 1, 1)));
        // end snippet
    }

    [Fact]
    public void CalendarsStrict_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/calendars.md", "calendars-strict");
    }

    [Fact]
    public void MoneySplit_Example_Runs()
    {
        // snippet: money-split
        var total = Money.Of(0.15m, "EUR");
        Assert.Equal([0.02m, 0.01m, 0.12m], total.Allocate([10m, 10m, 80m]).Select(p => p.Amount));  // largest remainder
        Assert.Equal([0.02m, 0.02m, 0.11m], total.Allocate([10m, 10m, 80m], RemainderPolicies.LastAbsorbs()).Select(p => p.Amount));

        // A policy is one method over RemainderArguments, testable alone.
        var parts = new decimal[2];
        RemainderPolicies.LastPart.Distribute(new RemainderArguments(Currency.EUR, 1.01m, [0.505m, 0.505m], parts));
        Assert.Equal([0.50m, 0.51m], parts);
        // end snippet
    }

    [Fact]
    public void MoneySplit_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/money.md", "money-split");
    }
}

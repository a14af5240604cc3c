using Receivables.Terms;
using Receivables.Terms.Billing;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms.Billing;

/// <summary>The "Periodic billing" example of docs/terms.md, compiled and run so the docs cannot rot.</summary>
public class BillingDocsExampleTests
{
    [Fact]
    public void TermsDoc_PeriodicBillingExample_RunsAsDocumented()
    {
        // snippet: billing
        // 1,000.00 CNY a month from 15 January to 31 December 2026, billed in advance on the 1st, payable within 10 days.
        var contract = BillingContract.Create(
            new DateOnly(2026, 1, 15), new Money(1_000.00m, Currency.CNY), BillingFrequency.Monthly,
            end: new DateOnly(2026, 12, 31), anchorDay: 1, paymentTerm: PaymentTerm.Net(10));

        var schedule = contract.Schedule();
        var first = schedule.Lines[0];   // 15–31 January: 17 of January's 31 days
        Assert.Equal((17, 31), (first.Period.ProrationDays, first.Period.ProrationBasis));
        Assert.Equal(new Money(548.39m, Currency.CNY), first.Amount);
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 25)), (first.InvoiceDate, first.DueDate));
        Assert.Equal(new Money(1_000.00m, Currency.CNY), schedule.Lines[1].Amount);   // February to December: full months
        Assert.Equal(new Money(11_548.39m, Currency.CNY), schedule.Total);            // = contract.ContractValue

        // Upgrade to 1,500.00 a month from 10 March: 22 of March's 31 days are left.
        var change = contract.Change(new ContractChange(new DateOnly(2026, 3, 10), new Money(1_500.00m, Currency.CNY)));
        Assert.Equal(new Money(709.68m, Currency.CNY), change.Credit.Amount);    // credit note: 1,000.00 × 22/31
        Assert.Equal(new Money(1_064.52m, Currency.CNY), change.Debit.Amount);   // invoice: 709.68 + 500.00 × 22/31
        Assert.Equal(new DateOnly(2026, 4, 1), change.Continuation!.Start);      // 1,500.00 a month from April
        // end snippet
    }

    [Fact]
    public void TermsDoc_PeriodicBillingExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/terms.md", "billing");
    }
}

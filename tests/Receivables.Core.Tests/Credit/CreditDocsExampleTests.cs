using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.LatePayment;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

/// <summary>The main example of docs/credit.md, compiled and run so the page cannot rot.</summary>
public class CreditDocsExampleTests
{
    [Fact]
    public void DocsExample_ScoreAssessAndCheckAnOrder()
    {
        // --- docs/credit.md: begin ---
        var asOf = new DateOnly(2026, 11, 30);
        var customer = new CustomerId("C-1047");
        var eur = Currency.EUR;

        // Two years of monthly invoices on NET 30, paid 13 and 33 days late in turn; November's invoice still open.
        var account = CustomerAccount.Create(customer);
        for (var month = 0; month < 24; month++)
        {
            var issued = new DateOnly(2024, 12, 1).AddMonths(month);
            var invoice = new DocumentId($"INV-{month + 1:00}");
            account = account.Post(Document.Invoice(invoice, customer, new Money(10_000m, eur), issued, issued.AddDays(30)));
            if (month < 23)
            {
                var paidOn = issued.AddDays(30 + (month % 2 == 0 ? 13 : 33));
                var payment = new DocumentId($"PAY-{month + 1:00}");
                account = account.Post(Document.Payment(payment, customer, new Money(10_000m, eur), paidOn))
                    .Apply(payment, AllocationPolicies.OldestDueFirst, paidOn).Account;
            }
        }

        // The ledger gives payment history, open items, tenure and disputes; the rest comes from elsewhere.
        var profile = CreditProfile.FromAccount(account, asOf) with
        {
            Statements = new FinancialStatements
            {
                PeriodEnd = new DateOnly(2025, 12, 31),
                CurrentAssets = 500_000m, Inventory = 150_000m, CurrentLiabilities = 250_000m,
                TotalAssets = 1_000_000m, TotalLiabilities = 400_000m, RetainedEarnings = 300_000m,
                Ebit = 150_000m, BookEquity = 600_000m, Sales = 1_500_000m, NetIncome = 90_000m,
            },
            CreditLimit = new Money(50_000m, eur),
            OpenOrders = new Money(5_000m, eur),
        };

        var score = Scorecard.Default.Score(profile);
        var assessment = CreditPolicies.Default(new Money(100_000m, eur)).Assess(new CreditPolicyArguments(profile, score));
        var check = CreditChecker.Default.Check(
            new CreditOrder(customer, new Money(20_000m, eur)),
            CreditExposure.FromProfile(profile, assessment.Limit.Amount));
        // --- docs/credit.md: end ---

        Assert.Equal(75.1, score.Score);
        Assert.Equal("A", score.Grade);
        Assert.Equal(
            [CreditReasonCodes.PaymentIndexLate, CreditReasonCodes.Altman, CreditReasonCodes.Tenure],
            score.TopReasons.Select(r => r.Get<Reason>("finding").Definition));
        Assert.Equal(21.6, score.TopReasons[0].Get<Reason>("finding").Get<double>("days"));
        Assert.Equal(3.03, score.TopReasons[1].Get<Reason>("finding").Get<double>("zScore"));
        Assert.Equal(23, score.TopReasons[2].Get<Reason>("finding").Get<int>("months"));
        Assert.Equal(0.95, score.Coverage, 10);
        Assert.Equal(new Money(60_000m, eur), assessment.Limit.Amount);
        Assert.Equal("NET 30", assessment.PaymentTerms);
        Assert.Equal(new DateOnly(2027, 11, 30), assessment.NextReview);
        Assert.Equal(CreditCheckOutcome.Approve, check.Outcome);
    }
}

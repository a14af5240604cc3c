using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Credit;

/// <summary>The main example of docs/credit.md, compiled and run so the page cannot rot.</summary>
public class CreditDocsExampleTests
{
    [Fact]
    public void DocsExample_ScoreAssessAndCheckAnOrder()
    {
        // snippet: credit-example
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
        // end snippet

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

    [Fact]
    public void DocsExample_IsThePagesCode()
    {
        DocSnippets.AssertDocMatchesTest("docs/credit.md", "credit-example");
        DocSnippets.AssertDocMatchesTest("docs/credit.md", "credit-extend");
        DocSnippets.AssertDocMatchesTest("docs/credit.md", "credit-rule");
    }

    [Fact]
    public void DocsExample_RewardAndACustomCheckRule()
    {
        var eur = Currency.EUR;
        var customer = new CustomerId("C-1047");

        // snippet: credit-extend
        // Longer terms and a higher limit after three years without paying more than 5 days late.
        var policy = CreditPolicies.RewardGoodPayers(
            CreditPolicies.Default(new Money(100_000m, eur)),
            new GoodPayerOptions { Years = 3, ToleranceDays = 5, ExtraDays = 15, LimitIncrease = 0.25m });

        // The built-in check rules plus one of the host's own.
        var options = new CreditCheckOptions();
        options.Rules.Add(new LargeOrderRule(new Money(250_000m, eur)));
        var checker = CreditChecker.Create(options);

        var check = checker.Check(
            new CreditOrder(customer, new Money(300_000m, eur)),
            new CreditExposure(customer.Value, new Money(1_000_000m, eur), Money.Zero(eur), Money.Zero(eur), Money.Zero(eur), 0));
        // end snippet

        Assert.Equal(CreditCheckOutcome.Hold, check.Outcome);
        Assert.Equal("host.large-order", Assert.Single(check.Reasons).Code);
        Assert.Equal("order 300000.00 EUR is above 250000.00 EUR", check.Reasons[0].Text);
        Assert.NotNull(policy);
    }

    // snippet: credit-rule
    private sealed class LargeOrderRule(Money threshold) : ICreditCheckRule
    {
        private static readonly ReasonCode Code = new("host.large-order", "order {amount} is above {threshold}", "订单{amount}超过{threshold}");

        public CreditCheckFinding? Check(in CreditCheckArguments arguments)
            => arguments.Order.Amount > threshold
                ? new CreditCheckFinding(CreditCheckOutcome.Hold, Code.With(arguments.Order.Amount, threshold))
                : null;
    }
    // end snippet
}

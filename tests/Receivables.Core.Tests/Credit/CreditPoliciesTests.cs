using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

namespace Receivables.Tests.Credit;

public class CreditPoliciesTests
{
    private static readonly ICreditPolicy Policy = CreditPolicies.Default(Money.Of(100_000m, "EUR"));

    private static CreditProfile Established(params PaymentRecord[] records) => CreditTestData.Profile(records) with
    {
        CustomerSince = new(2022, 1, 1),
        InvoicedLast12Months = Money.Of(120_000m, "EUR"),
    };

    private static CreditScore ScoreOf(CreditProfile profile, double score, string grade)
        => Scorecard.Default.Score(profile) with { Score = score, Grade = grade };

    private static PaymentRecord[] ThreePrompt() =>
    [
        CreditTestData.Paid(1000m, new(2026, 6, 30), 0),
        CreditTestData.Paid(1000m, new(2026, 7, 31), 0),
        CreditTestData.Paid(1000m, new(2026, 8, 31), 0),
    ];

    [Fact]
    public void Assess_AaaWithStatements_TwentyPercentOfEquityNet60TwelveMonths()
    {
        var profile = Established(ThreePrompt()) with { Statements = CreditTestData.SoundStatements };

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, ScoreOf(profile, 92, "AAA")));

        Assert.Equal(Money.Of(120_000m, "EUR"), assessment.Limit.Amount); // 20% of book equity 600,000
        Assert.True(assessment.Limit.Basis.Is(CreditReasonCodes.LimitShareOfEquity));
        Assert.Equal(0.20m, assessment.Limit.Basis.Get<decimal>("share"));
        Assert.Equal(600_000m, assessment.Limit.Basis.Get<decimal>("figure"));
        Assert.True(assessment.Reasons[0].Is(CreditReasonCodes.PolicyGrade));
        Assert.Equal("AAA", assessment.Reasons[0].Get<string>("grade"));
        Assert.Equal("NET 60", assessment.PaymentTerms);
        Assert.Equal(0m, assessment.DepositShare);
        Assert.Equal(new DateOnly(2027, 11, 30), assessment.NextReview);
        Assert.False(assessment.IsNewCustomer);
    }

    [Fact]
    public void Assess_BbbWithoutStatements_FallsBackToMonthlyPurchasesAndSixMonthReview()
    {
        var profile = Established(ThreePrompt());

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, ScoreOf(profile, 65, "BBB")));

        Assert.Equal(Money.Of(15_000m, "EUR"), assessment.Limit.Amount); // 1.5 × 10,000 a month
        Assert.Equal("NET 30", assessment.PaymentTerms);
        Assert.Equal(new DateOnly(2027, 5, 30), assessment.NextReview);
    }

    [Theory]
    [InlineData("CC")]
    [InlineData("C")]
    public void Assess_BottomGrades_RequirePrepaymentWithNoCredit(string grade)
    {
        var profile = Established(ThreePrompt());

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, ScoreOf(profile, 10, grade)));

        Assert.Equal(CreditPolicies.Prepayment, assessment.PaymentTerms);
        Assert.Equal(1m, assessment.DepositShare);
        Assert.True(assessment.Limit.Amount.IsZero);
    }

    [Fact]
    public void Assess_NewCustomerWithAaaScore_GetsConservativeDefaults()
    {
        var profile = CreditTestData.Profile(ThreePrompt()) with { CustomerSince = new(2026, 8, 1), Statements = CreditTestData.SoundStatements };

        var assessment = Policy.Assess(new CreditPolicyArguments(profile, ScoreOf(profile, 95, "AAA")));

        Assert.True(assessment.IsNewCustomer);
        Assert.Equal(Money.Of(10_000m, "EUR"), assessment.Limit.Amount);
        Assert.Equal("NET 15", assessment.PaymentTerms);
    }

    [Fact]
    public void Assess_PaymentIndexFellAndNewDispute_BringsReviewForward()
    {
        var before = Established(ThreePrompt());
        var previous = Policy.Assess(new CreditPolicyArguments(before with { AsOf = new(2026, 9, 30) }, Scorecard.Default.Score(before)));
        var now = Established([.. ThreePrompt(), CreditTestData.Paid(9000m, new(2026, 10, 15), 40)]) with { LastDisputeOpenedOn = new(2026, 11, 2) };

        var assessment = Policy.Assess(new CreditPolicyArguments(now, Scorecard.Default.Score(now), previous));

        Assert.Equal(now.AsOf, assessment.NextReview);
        Assert.Equal([CreditReasonCodes.ReviewPaymentIndex, CreditReasonCodes.ReviewDispute], assessment.ReviewTriggers.Select(t => t.Definition));
        Assert.Equal(new DateOnly(2026, 11, 2), assessment.ReviewTriggers[1].Get<DateOnly>("on"));
    }

    [Fact]
    public void Assess_GradeNotInPolicy_ThrowsNamingGrade()
    {
        var profile = Established(ThreePrompt());

        var error = Assert.Throws<ArgumentException>(() => Policy.Assess(new CreditPolicyArguments(profile, ScoreOf(profile, 50, "D"))));

        Assert.Equal("grade", error.ParamName);
    }

    [Fact]
    public void ByGrade_MissingGradesAndBadDeposit_ListsEveryProblem()
    {
        var options = new CreditPolicyOptions();
        options.Terms.Add(new GradeTerms("AAA", CreditLimitRules.Fixed(Money.Of(1m, "EUR")), "NET 60", 1.5m, 12));

        var error = Assert.Throws<ArgumentException>(() => CreditPolicies.ByGrade(options));

        Assert.Contains("grade AA has no terms", error.Message, StringComparison.Ordinal);
        Assert.Contains("Terms[0].DepositShare (1.5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("NewCustomer", error.Message, StringComparison.Ordinal);
    }
}

using Receivables.Credit;
using Receivables.Credit.Checks;

namespace Receivables.Tests.Credit;

/// <summary>The order-time check as a composition of rules (issue 11).</summary>
public class CreditCheckRulesTests
{
    private static readonly CustomerId Acme = CreditTestData.Acme;

    private static CreditExposure Exposure(decimal limit, decimal open, decimal overdue = 0m, int days = 0)
        => new("C-ACME", Money.Of(limit, "EUR"), Money.Of(open, "EUR"), Money.Of(0m, "EUR"), Money.Of(overdue, "EUR"), days);

    private static CreditOrder Order(decimal amount) => new(Acme, Money.Of(amount, "EUR"));

    [Fact]
    public void Options_Default_AreTheDefaultRulesInOrder()
    {
        var options = new CreditCheckOptions();

        Assert.True(options.Rules.SequenceEqual(CreditCheckRules.Default));
        Assert.True(CreditChecker.Default.Rules.SequenceEqual(CreditCheckRules.Default));
    }

    [Fact]
    public void Check_OverLimitAndOverdue_KeepsEveryFindingStrictestFirst()
    {
        var result = CreditChecker.Default.Check(Order(20_000m), Exposure(100_000m, 90_000m, overdue: 5_000m, days: 10));

        Assert.Equal(CreditCheckOutcome.Hold, result.Outcome);
        Assert.Equal([CreditReasonCodes.CheckOverLimit, CreditReasonCodes.CheckOverdue], result.Reasons.Select(r => r.Definition));
        Assert.Equal(Money.Of(10_000m, "EUR"), result.Reasons[0].Get<Money>("excess"));
    }

    [Fact]
    public void Check_NearLimit_GivesThePercentUsed()
    {
        var result = CreditChecker.Default.Check(Order(45_000m), Exposure(100_000m, 50_000m));

        var reason = Assert.Single(result.Reasons);
        Assert.True(reason.Is(CreditReasonCodes.CheckNearLimit));
        Assert.Equal(95.0m, reason.Get<decimal>("percent"));
    }

    [Fact]
    public void Check_CustomRuleAdded_ComposesWithTheBuiltIns()
    {
        var options = new CreditCheckOptions();
        options.Rules.Add(new LargeOrderRule(50_000m));
        var checker = CreditChecker.Create(options);

        var result = checker.Check(Order(60_000m), Exposure(1_000_000m, 0m));

        Assert.Equal(CreditCheckOutcome.Hold, result.Outcome);
        Assert.Equal("host.large-order", Assert.Single(result.Reasons).Code);
    }

    [Fact]
    public void Check_WithoutRules_ApprovesEverything()
    {
        var options = new CreditCheckOptions();
        options.Rules.Clear();

        var result = CreditChecker.Create(options).Check(Order(1_000_000m), Exposure(0m, 0m, 100m, 400));

        Assert.Equal(CreditCheckOutcome.Approve, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Create_NullRule_Throws()
    {
        var options = new CreditCheckOptions();
        options.Rules.Add(null!);

        var error = Assert.Throws<ArgumentException>(() => CreditChecker.Create(options));

        Assert.Contains("Rules[2] is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_HaveNoEffect()
    {
        var options = new CreditCheckOptions();
        var checker = CreditChecker.Create(options);

        options.Rules.Clear();

        Assert.Equal(2, checker.Rules.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void Limit_WarningUtilisationOutOfRange_Throws(double utilisation)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditCheckRules.Limit((decimal)utilisation));
    }

    [Fact]
    public void Overdue_SeveralProblems_AreAllListed()
    {
        var error = Assert.Throws<ArgumentException>(() => CreditCheckRules.Overdue(warningDays: 0, holdAmount: -1m, tolerance: -1m));

        Assert.Contains("tolerance", error.Message, StringComparison.Ordinal);
        Assert.Contains("holdAmount", error.Message, StringComparison.Ordinal);
        Assert.Contains("warningDays must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_TestedAloneThroughItsArguments()
    {
        var arguments = new CreditCheckArguments(Order(10_000m), Exposure(10_000m, 5_000m));

        var finding = CreditCheckRules.Limit().Check(arguments);

        Assert.Equal(Money.Of(15_000m, "EUR"), arguments.ExposureAfter);
        Assert.Equal(CreditCheckOutcome.Hold, finding!.Outcome);
    }

    private sealed class LargeOrderRule(decimal threshold) : ICreditCheckRule
    {
        private static readonly ReasonCode Code = new("host.large-order", "order {amount} is above {threshold}");

        public CreditCheckFinding? Check(in CreditCheckArguments arguments)
            => arguments.Order.Amount.Amount > threshold
                ? new CreditCheckFinding(CreditCheckOutcome.Hold, Code.With(arguments.Order.Amount, threshold))
                : null;
    }
}

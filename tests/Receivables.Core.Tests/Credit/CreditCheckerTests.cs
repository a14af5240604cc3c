using Receivables.Credit;
using Receivables.Credit.Checks;

namespace Receivables.Tests.Credit;

public class CreditCheckerTests
{
    private static readonly CustomerId Acme = CreditTestData.Acme;

    private static CreditExposure Exposure(decimal limit, decimal open, decimal orders = 0m, decimal overdue = 0m, int days = 0, string subject = "C-ACME")
        => new(subject, Money.Of(limit, "EUR"), Money.Of(open, "EUR"), Money.Of(orders, "EUR"), Money.Of(overdue, "EUR"), days);

    private static CreditOrder Order(decimal amount, bool prepaid = false) => new(Acme, Money.Of(amount, "EUR"), prepaid);

    [Theory]
    [InlineData(50_000, CreditCheckOutcome.Approve)]              // 40k + 10k + 0 = 50k of 100k
    [InlineData(89_999, CreditCheckOutcome.Approve)]
    [InlineData(90_000, CreditCheckOutcome.ApproveWithWarning)]   // exactly 90% of the limit
    [InlineData(100_000, CreditCheckOutcome.ApproveWithWarning)]  // exactly at the limit
    [InlineData(100_001, CreditCheckOutcome.Hold)]                // one over the limit
    public void Check_ExposureAgainstLimit_Boundaries(int exposureAfter, CreditCheckOutcome expected)
    {
        var result = CreditChecker.Default.Check(Order(exposureAfter - 50_000m), Exposure(100_000m, 40_000m, 10_000m));

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(Money.Of(exposureAfter, "EUR"), result.ExposureAfter);
    }

    [Theory]
    [InlineData(0, CreditCheckOutcome.Approve)]
    [InlineData(1, CreditCheckOutcome.ApproveWithWarning)]
    [InlineData(29, CreditCheckOutcome.ApproveWithWarning)]
    [InlineData(30, CreditCheckOutcome.Hold)]
    [InlineData(89, CreditCheckOutcome.Hold)]
    [InlineData(90, CreditCheckOutcome.RequirePrepayment)]
    public void Check_OverdueAge_Boundaries(int days, CreditCheckOutcome expected)
    {
        var result = CreditChecker.Default.Check(Order(1_000m), Exposure(100_000m, 10_000m, overdue: days == 0 ? 0m : 5_000m, days: days));

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Check_OverdueWithinTolerance_IsIgnored()
    {
        var checker = Checker(CreditCheckRules.Overdue(tolerance: 50m));

        var result = checker.Check(Order(1_000m), Exposure(100_000m, 10_000m, overdue: 49.99m, days: 120));

        Assert.Equal(CreditCheckOutcome.Approve, result.Outcome);
    }

    [Fact]
    public void Check_OverdueAmountAboveHoldAmount_HoldsWhateverTheAge()
    {
        var checker = Checker(CreditCheckRules.Overdue(holdAmount: 20_000m));

        var result = checker.Check(Order(1_000m), Exposure(100_000m, 30_000m, overdue: 25_000m, days: 3));

        Assert.Equal(CreditCheckOutcome.Hold, result.Outcome);
        Assert.True(result.Reasons[0].Is(CreditReasonCodes.CheckOverdueAmount));
        Assert.Equal(Money.Of(20_000m, "EUR"), result.Reasons[0].Get<Money>("threshold"));
    }

    [Fact]
    public void Check_PrepaidOrder_AlwaysPasses()
    {
        var result = CreditChecker.Default.Check(Order(500_000m, prepaid: true), Exposure(0m, 90_000m, overdue: 90_000m, days: 200));

        Assert.Equal(CreditCheckOutcome.Approve, result.Outcome);
        Assert.True(Assert.Single(result.Reasons).Is(CreditReasonCodes.CheckPrepaid));
    }

    [Fact]
    public void Check_ZeroLimit_RequiresPrepayment()
    {
        var result = CreditChecker.Default.Check(Order(100m), Exposure(0m, 0m));

        Assert.Equal(CreditCheckOutcome.RequirePrepayment, result.Outcome);
    }

    [Fact]
    public void Check_CustomerWithinLimitButGroupOver_HoldsForTheGroup()
    {
        // Subsidiary C-ACME-SH: 20k open of its own 50k; the group (parent C-ACME + subsidiary) 190k of 200k.
        var group = new CreditGroup(Acme, [new CustomerId("C-ACME-SH")], Money.Of(200_000m, "EUR"));
        var subsidiary = Exposure(50_000m, 20_000m, subject: "C-ACME-SH");
        var parent = Exposure(200_000m, 170_000m);

        var result = CreditChecker.Default.Check(new CreditOrder(new("C-ACME-SH"), Money.Of(15_000m, "EUR")), subsidiary, group.Exposure([parent, subsidiary]));

        Assert.Equal(CreditCheckOutcome.Hold, result.Outcome);
        Assert.Equal(Money.Of(205_000m, "EUR"), result.GroupExposureAfter);
        Assert.True(result.Reasons[0].Is(CreditReasonCodes.CheckOverLimit));
        Assert.Equal("C-ACME (group)", result.Reasons[0].Get<string>("subject"));
    }

    [Fact]
    public void GroupExposure_MemberOutsideGroup_Throws()
    {
        var group = new CreditGroup(Acme, [], Money.Of(1_000m, "EUR"));

        Assert.Throws<ArgumentException>(() => group.Exposure([Exposure(100m, 10m, subject: "C-OTHER")]));
    }

    [Fact]
    public void Overdue_DayThresholdsOutOfOrder_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CreditCheckRules.Overdue(holdDays: 120));

        Assert.Contains("warningDays (1) ≤ holdDays (120) ≤ prepaymentDays (90)", error.Message, StringComparison.Ordinal);
    }

    private static CreditChecker Checker(params ICreditCheckRule[] rules)
    {
        var options = new CreditCheckOptions();
        options.Rules.Clear();
        foreach (var rule in rules)
        {
            options.Rules.Add(rule);
        }

        return CreditChecker.Create(options);
    }
}

using Receivables.Aging;
using Receivables.Aging.Alerts;
using Receivables.Ledger;

namespace Receivables.Tests.Aging.Alerts;

public class AgingAlertRulesTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static OpenItem Item(string customer, string id, decimal amount, int daysOverdue)
        => new(new DocumentId(id), new CustomerId(customer), Money.Of(amount, "CNY"), AsOf.AddDays(-daysOverdue - 30), AsOf.AddDays(-daysOverdue));

    private static readonly OpenItem[] Items =
    [
        Item("ACME", "INV-1", 70_000m, 10),
        Item("ACME", "INV-2", 30_000m, 100),  // 30 % of ACME over 90 days
        Item("BETA", "INV-3", 95_000m, 5),
        Item("BETA", "INV-4", 5_000m, 95),    // 5 % of BETA over 90 days
    ];

    private static AgingAlertArguments Context(IReadOnlyDictionary<string, Money>? limits = null, IReadOnlyList<PaymentRecord>? records = null)
        => new(AgingEngine.Create(AgingScheme.ErpNextDefault).Age(AsOf, Items), limits, Items, records);

    [Fact]
    public void OverdueShareAbove_30PercentOver90Days_AlertsOnlyAcme()
    {
        var rule = AgingAlertRules.OverdueShareAbove(90, 0.20m);

        var alert = Assert.Single(rule.Evaluate(Context()));

        Assert.Equal("ACME", alert.Customer);
        Assert.True(alert.Reason.Is(AgingReasonCodes.OverdueShare));
        Assert.Equal(30m, alert.Reason.Get<decimal>("sharePercent"));
        Assert.Equal(Money.Of(30_000m, "CNY"), alert.Reason.Get<Money>("over"));
        Assert.Equal(20m, alert.Reason.Get<decimal>("thresholdPercent"));
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
    }

    [Fact]
    public void CreditLimitExceeded_BalanceAboveLimit_AlertsWithExcess()
    {
        var limits = new Dictionary<string, Money> { ["ACME"] = Money.Of(150_000m, "CNY"), ["BETA"] = Money.Of(80_000m, "CNY") };

        var alert = Assert.Single(AgingAlertRules.CreditLimitExceeded().Evaluate(Context(limits)));

        Assert.Equal("BETA", alert.Customer);
        Assert.True(alert.Reason.Is(AgingReasonCodes.CreditLimitExceeded));
        Assert.Equal(Money.Of(20_000m, "CNY"), alert.Reason.Get<Money>("excess"));
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
    }

    [Fact]
    public void ItemOverdueAbove_OneBigOldItem_AlertsForThatItem()
    {
        var rule = AgingAlertRules.ItemOverdueAbove(90, Money.Of(10_000m, "CNY"));

        var alert = Assert.Single(rule.Evaluate(Context()));

        Assert.True(alert.Reason.Is(AgingReasonCodes.ItemOverdue));
        Assert.Equal("INV-2", alert.Reason.Get<string>("item"));
        Assert.Equal(100, alert.Reason.Get<int>("daysOverdue"));
    }

    [Fact]
    public void PayingSlowerThanHistory_RecentPaymentsTwentyDaysLater_Alerts()
    {
        var acme = new CustomerId("ACME");
        PaymentRecord Paid(string id, int dueOffset, int daysLate) => new(
            acme, new DocumentId(id), new DocumentId("P" + id), Money.Of(1_000m, "CNY"),
            AsOf.AddDays(dueOffset - 30), AsOf.AddDays(dueOffset), AsOf.AddDays(dueOffset + daysLate));
        PaymentRecord[] records = [Paid("1", -300, 2), Paid("2", -250, 4), Paid("3", -60, 25), Paid("4", -40, 23)];

        var alerts = AgingAlertRules.Evaluate(Context(records: records), [AgingAlertRules.PayingSlowerThanHistory(15)]);

        var alert = Assert.Single(alerts);
        Assert.Equal(AgingReasonCodes.SlowerThanHistory.Code, alert.Code);
        Assert.Equal(24m, alert.Reason.Get<decimal>("recentDaysBeyondTerms"));
        Assert.Equal(3m, alert.Reason.Get<decimal>("historicalDaysBeyondTerms"));
        Assert.Equal(21m, alert.Reason.Get<decimal>("worseBy"));
    }

    [Fact]
    public void Evaluate_SeveralRules_MostSevereFirst()
    {
        var limits = new Dictionary<string, Money> { ["BETA"] = Money.Of(80_000m, "CNY") };

        var alerts = AgingAlertRules.Evaluate(Context(limits), [AgingAlertRules.OverdueShareAbove(90, 0.2m), AgingAlertRules.CreditLimitExceeded()]);

        Assert.Equal([AgingReasonCodes.CreditLimitExceeded.Code, AgingReasonCodes.OverdueShare.Code], alerts.Select(a => a.Code));
    }

    [Fact]
    public void OverdueShareAbove_ShareAboveOne_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgingAlertRules.OverdueShareAbove(90, 1.5m));

        Assert.Equal("share", error.ParamName);
    }

    [Theory]
    [InlineData(79_999, false)]   // 79.999 % of 100,000: below the line
    [InlineData(80_000, true)]    // exactly 80 %: alerts
    [InlineData(100_000, true)]   // exactly at the limit: still utilisation, not exceeded
    [InlineData(100_001, false)]  // above the limit: CreditLimitExceeded's job, not this rule's
    public void CreditLimitUtilisationAbove_80Percent_AlertsFromTheLineUpToTheLimit(int balance, bool alerts)
    {
        var limits = new Dictionary<string, Money> { ["GAMMA"] = Money.Of(100_000m, "CNY") };
        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(AsOf, [Item("GAMMA", "INV-9", balance, 10)]);

        var raised = AgingAlertRules.CreditLimitUtilisationAbove(0.8m).Evaluate(new AgingAlertArguments(report, limits)).ToList();

        Assert.Equal(alerts, raised.Count == 1);
        if (alerts)
        {
            var reason = raised[0].Reason;
            Assert.True(reason.Is(AgingReasonCodes.CreditLimitUtilisation));
            Assert.Equal(80m, reason.Get<decimal>("thresholdPercent"));
            Assert.Equal(Money.Of(100_000m - balance, "CNY"), reason.Get<Money>("headroom"));
            Assert.Equal(Math.Round(balance / 1_000m, 1, MidpointRounding.AwayFromZero), reason.Get<decimal>("utilisationPercent"));
        }
    }

    [Fact]
    public void CreditLimitUtilisationAbove_ZeroShare_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgingAlertRules.CreditLimitUtilisationAbove(0m));

        Assert.Equal("share", error.ParamName);
    }

    [Fact]
    public void Alerts_EveryBuiltInCode_HasAChineseTemplateWithTheSamePlaceholders()
    {
        var limits = new Dictionary<string, Money> { ["ACME"] = Money.Of(110_000m, "CNY"), ["BETA"] = Money.Of(80_000m, "CNY") };

        var alerts = AgingAlertRules.Evaluate(Context(limits), [AgingAlertRules.OverdueShareAbove(90, 0.2m), AgingAlertRules.CreditLimitExceeded(), AgingAlertRules.CreditLimitUtilisationAbove(0.8m), AgingAlertRules.ItemOverdueAbove(90, Money.Of(1m, "CNY"))]);

        Assert.Equal(
            ["ACME aging.alert.item-overdue", "BETA aging.alert.credit-limit-exceeded", "BETA aging.alert.item-overdue", "ACME aging.alert.credit-limit-utilisation", "ACME aging.alert.overdue-share"],
            alerts.Select(a => $"{a.Customer} {a.Code}"));
        Assert.All(alerts, a => Assert.DoesNotContain("{", a.Reason.ToString(ReasonFormatters.Chinese), StringComparison.Ordinal));
    }
}

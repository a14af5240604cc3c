using Receivables.Aging;
using Receivables.Aging.Alerts;
using Receivables.Ledger;

namespace Receivables.Tests.Aging.Alerts;

public class AgingAlertRulesTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static AgingItem Item(string customer, string id, decimal amount, int daysOverdue)
        => new(new CustomerId(customer), new DocumentId(id), Money.Of(amount, "CNY"), AsOf.AddDays(-daysOverdue), AsOf.AddDays(-daysOverdue - 30));

    private static readonly AgingItem[] Items =
    [
        Item("ACME", "INV-1", 70_000m, 10),
        Item("ACME", "INV-2", 30_000m, 100),  // 30 % of ACME over 90 days
        Item("BETA", "INV-3", 95_000m, 5),
        Item("BETA", "INV-4", 5_000m, 95),    // 5 % of BETA over 90 days
    ];

    private static AgingAlertContext Context(IReadOnlyDictionary<string, Money>? limits = null, IReadOnlyList<PaymentRecord>? records = null)
        => new(new AgingEngine(AgingScheme.ErpNextDefault).Age(AsOf, Items), limits, Items, records);

    [Fact]
    public void OverdueShareAbove_30PercentOver90Days_AlertsOnlyAcme()
    {
        var rule = AgingAlertRules.OverdueShareAbove(90, 0.20m);

        var alert = Assert.Single(rule.Evaluate(Context()));

        Assert.Equal("ACME", alert.Customer);
        Assert.Equal(0.3m, alert.Figures["share"]);
        Assert.Equal(AlertSeverity.Warning, alert.Severity);
        Assert.Equal("ACME: 30 % of the balance of 100,000 CNY is more than 90 days old (30,000 CNY); the limit is 20 %.", alert.Message);
    }

    [Fact]
    public void CreditLimitExceeded_BalanceAboveLimit_AlertsWithExcess()
    {
        var limits = new Dictionary<string, Money> { ["ACME"] = Money.Of(150_000m, "CNY"), ["BETA"] = Money.Of(80_000m, "CNY") };

        var alert = Assert.Single(AgingAlertRules.CreditLimitExceeded().Evaluate(Context(limits)));

        Assert.Equal("BETA", alert.Customer);
        Assert.Equal(20_000m, alert.Figures["excess"]);
        Assert.Equal(AlertSeverity.Critical, alert.Severity);
    }

    [Fact]
    public void ItemOverdueAbove_OneBigOldItem_AlertsForThatItem()
    {
        var rule = AgingAlertRules.ItemOverdueAbove(90, Money.Of(10_000m, "CNY"));

        var alert = Assert.Single(rule.Evaluate(Context()));

        Assert.Contains("INV-2", alert.Message, StringComparison.Ordinal);
        Assert.Equal(100m, alert.Figures["daysOverdue"]);
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
        Assert.Equal(24m, alert.Figures["recentDaysBeyondTerms"]);
        Assert.Equal(3m, alert.Figures["historicalDaysBeyondTerms"]);
        Assert.Equal(21m, alert.Figures["worseBy"]);
    }

    [Fact]
    public void Evaluate_SeveralRules_MostSevereFirst()
    {
        var limits = new Dictionary<string, Money> { ["BETA"] = Money.Of(80_000m, "CNY") };

        var alerts = AgingAlertRules.Evaluate(Context(limits), [AgingAlertRules.OverdueShareAbove(90, 0.2m), AgingAlertRules.CreditLimitExceeded()]);

        Assert.Equal(["CreditLimit", "OverdueShare"], alerts.Select(a => a.Rule));
    }

    [Fact]
    public void OverdueShareAbove_ShareAboveOne_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgingAlertRules.OverdueShareAbove(90, 1.5m));

        Assert.Equal("share", error.ParamName);
    }
}

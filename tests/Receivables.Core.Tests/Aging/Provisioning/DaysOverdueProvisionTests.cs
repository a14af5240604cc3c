using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;

namespace Receivables.Tests.Aging.Provisioning;

public class DaysOverdueProvisionTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    [Theory]
    [InlineData(-10, 0)]
    [InlineData(29, 0)]
    [InlineData(30, 0.10)]
    [InlineData(89, 0.10)]
    [InlineData(90, 0.50)]
    [InlineData(180, 1.00)]
    public void RateOf_SapStyleTiers_HighestTierReached(int daysOverdue, double expected)
    {
        var rule = DaysOverdueProvision.Create([(30, 0.10m), (90, 0.50m), (180, 1.00m)]);

        var rate = rule.RateOf(daysOverdue);

        Assert.Equal((decimal)expected, rate);
    }

    [Fact]
    public void Apply_ItemsInEveryTier_OneLinePerTierAndSpecificOverride()
    {
        var rule = DaysOverdueProvision.Create([(30, 0.10m), (90, 0.50m), (180, 1.00m)]);
        OpenItem Item(string id, decimal amount, int daysOverdue) => new(new DocumentId(id), new CustomerId("A"), Money.Of(amount, "EUR"), AsOf.AddDays(-daysOverdue - 30), AsOf.AddDays(-daysOverdue));
        OpenItem[] items = [Item("1", 1_000m, -5), Item("2", 1_000m, 10), Item("3", 1_000m, 45), Item("4", 1_000m, 100), Item("5", 1_000m, 200), Item("6", 500m, 200)];

        var provision = rule.Apply(AsOf, items, [new SpecificProvision(new DocumentId("6"), Money.Of(0m, "EUR"), "guaranteed by bank")]).Section(Currency.EUR);

        Assert.Equal(["Not yet due", "1-29 days overdue", "30-89 days overdue", "90-179 days overdue", "180+ days overdue"], provision.Lines.Select(l => l.Label));
        Assert.Equal([0m, 0m, 100m, 500m, 1_000m], provision.Lines.Select(l => l.Allowance.Amount));
        Assert.Equal(1_600m, provision.Allowance.Amount);
        Assert.Equal(5_500m, provision.Gross.Amount);
    }

    [Fact]
    public void Create_UnsortedTiers_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DaysOverdueProvision.Create([(90, 0.5m), (30, 0.1m)]));

        Assert.Equal("tiers", error.ParamName);
    }
}

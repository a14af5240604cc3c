using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Tests.Aging;

public class AgingTrendTests
{
    [Fact]
    public void Compare_TwoMonthEnds_MovementPerBucketAndWorstCustomersFirst()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var october = new DateOnly(2026, 10, 31);
        var november = new DateOnly(2026, 11, 30);
        OpenItem Item(string customer, string id, decimal amount, DateOnly due) => new(new DocumentId(id), new CustomerId(customer), Money.Of(amount, "EUR"), due.AddDays(-30), due);
        var dueNov15 = new DateOnly(2026, 11, 15);
        var dueDec15 = new DateOnly(2026, 12, 15);
        var previous = engine.Age(october, [Item("ACME", "1", 1_000m, dueNov15), Item("BETA", "2", 500m, dueNov15)]);
        var current = engine.Age(november, [Item("ACME", "1", 1_000m, dueNov15), Item("BETA", "2", 100m, dueNov15), Item("BETA", "3", 400m, dueDec15)]);

        var trend = AgingTrend.Compare(previous, current);

        var eur = Assert.Single(trend.Sections);
        Assert.Equal([-1_100m, 1_100m, 0m, 0m, 0m, 0m], eur.Movements.Select(m => m.Amount));
        Assert.Equal(0m, eur.GrandTotalMovement.Amount);
        Assert.Equal(["ACME", "BETA"], eur.Deteriorations.Select(d => d.Customer));
        Assert.Equal(1m, eur.Deteriorations[0].Change);
        Assert.Equal(0.2m, eur.Deteriorations[1].Change);
    }
}

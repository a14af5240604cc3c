using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging.Provisioning;

/// <summary>The provisioning examples of docs/aging.md, compiled and run so the page cannot rot.</summary>
public class ProvisioningDocsTests
{
    [Fact]
    public void VintageExample_LedgerCohortsToMatrix_FiguresAsInTheDocs()
    {
        // snippet: aging-vintage
        var acme = new CustomerId("ACME");
        Money Eur(decimal amount) => Money.Of(amount, "EUR");
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), acme, Eur(1_000m), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Invoice(new("INV-2"), acme, Eur(500m), new(2026, 1, 20), new(2026, 2, 19)))
            .Post(Document.Invoice(new("INV-3"), acme, Eur(800m), new(2026, 2, 3), new(2026, 3, 5)))
            .Post(Document.Payment(new("PAY-1"), acme, Eur(1_000m), new(2026, 2, 5)))
            .Post(Document.Payment(new("PAY-2"), acme, Eur(300m), new(2026, 3, 10)));
        builder.Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Eur(1_000m))), new(2026, 2, 5));
        builder.Apply(new("PAY-2"), AllocationPolicies.Specified(new Allocation(new("INV-3"), Eur(300m))), new(2026, 3, 10));
        var ledger = builder.ToLedger().Update(acme, a => a.WriteOff(new("INV-2"), new("WO-1"), new(2026, 4, 15)).Account);

        var asOf = new DateOnly(2026, 4, 30);
        var estimate = VintageLossEstimate.FromLedger(ledger, asOf, Currency.EUR);
        // Cohorts January (1,500.00), February (800.00), March and April (none), observed at each month end.
        // January's cumulative loss rates by age 0..3: 0 | 0 | 0 | 33.3 % (INV-2 written off in April).
        // estimate.LossRates (Current month | Previous month | 2 months ago | 3+ months ago): 33.3 % | 76.7 % | 76.7 % | 100 %

        var matrix = estimate.ToMatrix();   // = ProvisionMatrix.Create(estimate.Scheme, estimate.LossRates), as with roll rates
        var provision = matrix.Apply(asOf, ledger.AsOf(asOf).OpenItems).Section(Currency.EUR);
        // INV-3's 500.00 still open, 2 months old: 500.00 × 76.67 % = 383.33
        // end snippet

        Assert.Equal([0m, 0m, 0m, 1m / 3m], estimate.Cohorts[0].CumulativeLossRates.ToArray());
        Assert.Equal([33.3m, 76.7m, 76.7m, 100m], estimate.LossRates.Select(r => Math.Round(r * 100m, 1)));
        Assert.Equal(383.33m, provision.Allowance.Amount);
        Assert.Equal("2 months ago", provision.Lines.Single(l => l.Gross.IsPositive).Label);
        DocSnippets.AssertDocMatchesTest("docs/aging.md", "aging-vintage");
    }

    [Fact]
    public void RoundingExample_IfrsCommunityEntityA_FiguresAsInTheDocs()
    {
        // snippet: aging-provision-rounding
        var asOf = new DateOnly(2026, 12, 31);
        OpenItem Item(string id, decimal eur, int daysPastDue) =>
            new(new DocumentId(id), new CustomerId("A"), Money.Of(eur, "EUR"), asOf.AddDays(-daysPastDue - 30), asOf.AddDays(-daysPastDue));
        OpenItem[] items = [Item("a", 300_000m, 0), Item("b", 140_000m, 15), Item("c", 60_000m, 45), Item("d", 23_000m, 75), Item("e", 5_000m, 120)];
        // IFRScommunity.com Entity A: roll-rate loss rates 2 %, 4 %, 8.6957 %, 25 %, 100 %.
        var matrix = ProvisionMatrix.Create(AgingScheme.Create([30, 60, 90]), [0.02m, 0.04m, 0.25m * 8_000m / 23_000m, 0.25m, 1m]);
        var wholeUnits = RoundingPolicies.Cash(1m);

        var byDefault = matrix.Apply(asOf, items);
        // Default: rates exact, each line rounded to the cent half away from zero: 27,567.39
        var asPublished = matrix.WithRounding(ProvisionRounding.Create(amount: wholeUnits)).Apply(asOf, items);
        // Each line to whole units: 6,000 + 5,600 + 5,217 + 5,750 + 5,000 = 27,567 (as published)
        var ratesAsPrinted = matrix.WithRounding(ProvisionRounding.Create(amount: wholeUnits, rate: ProvisionRounding.RatePercentDecimals(1))).Apply(asOf, items);
        // 8.6957 % used as 8.7 %: 5,220 on 60,000, total 27,570
        var totalOnce = matrix.WithRounding(ProvisionRounding.Create(amount: wholeUnits, level: ProvisionRoundingLevel.TotalOnce)).Apply(asOf, items);
        // 27,567.39 rounded once to 27,567, split over the buckets (largest remainder); the lines add up to it
        // end snippet

        Assert.Equal(27_567.39m, byDefault.Section(Currency.EUR).Allowance.Amount);
        Assert.Equal(27_567m, asPublished.Section(Currency.EUR).Allowance.Amount);
        Assert.Equal(5_220m, ratesAsPrinted.Section(Currency.EUR).Lines[2].Allowance.Amount);
        Assert.Equal(27_570m, ratesAsPrinted.Section(Currency.EUR).Allowance.Amount);
        Assert.Equal(27_567m, totalOnce.Section(Currency.EUR).Allowance.Amount);
        Assert.Equal(27_567m, totalOnce.Section(Currency.EUR).Lines.Sum(l => l.Allowance.Amount));
        DocSnippets.AssertDocMatchesTest("docs/aging.md", "aging-provision-rounding");
    }
}

using Receivables.Aging;
using Receivables.Aging.Kpis;
using Receivables.Ledger;

namespace Receivables.Tests.Aging.Kpis;

public class ReceivablesKpisTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    // benjipays.com, "Mastering DSO Calculation: The Count-Back Method Explained": credit sales 70,000 / 80,000 / 100,000
    // in months 1-3, ending receivables 212,000. Month 3 and month 2 are exhausted (60 days), 32,000 of month 1's 70,000
    // remain: 60 + 32/70 × 30 = 73.71 days.
    [Fact]
    public void CountbackDso_BenjiPaysExample_Is73Point71Days()
    {
        PeriodSales[] periods = [new(30, Usd(100_000m)), new(30, Usd(80_000m)), new(30, Usd(70_000m))];

        var dso = ReceivablesKpis.CountbackDso(Usd(212_000m), periods);

        Assert.Equal(73.71m, Math.Round(dso, 2));
    }

    [Fact]
    public void CountbackDso_ReceivablesBeyondAllSales_ExtrapolatesWithOldestPeriod()
    {
        PeriodSales[] periods = [new(31, Usd(100m)), new(30, Usd(50m))];

        var dso = ReceivablesKpis.CountbackDso(Usd(175m), periods);

        Assert.Equal(31m + 30m + 15m, dso);
    }

    // The same figures with the standard formula: 212,000 / 250,000 × 90 = 76.32 days (hand-computed).
    [Fact]
    public void StandardDso_SameQuarter_Is76Point32Days()
    {
        var dso = ReceivablesKpis.StandardDso(Usd(212_000m), Usd(250_000m), 90);

        Assert.Equal(76.32m, dso);
    }

    // creditguru.com, "Ratio - Collection Effectiveness Index (CEI)", sample ATB for January to March: beginning
    // receivables 6,200, credit sales 10,890, ending total 6,340, ending current 3,590, N = 3 months -> CEI = 55.9 %
    // with monthly credit sales = sales / N. The same ATB worked with total period sales (wizedu.com question 116374)
    // gives 10,750 / 13,500 = 79.63 %.
    [Theory]
    [InlineData(CeiConvention.AverageMonthlySales, 55.9)]
    [InlineData(CeiConvention.TotalPeriodSales, 79.63)]
    public void CollectionEffectivenessIndex_CreditGuruSampleAtb_BothConventions(CeiConvention convention, double expected)
    {
        var cei = ReceivablesKpis.CollectionEffectivenessIndex(Usd(6_200m), Usd(10_890m), Usd(6_340m), Usd(3_590m), convention, months: 3);

        Assert.Equal((decimal)expected, Math.Round(cei, convention == CeiConvention.AverageMonthlySales ? 1 : 2));
    }

    // gaviti.com, "What is Collection Effectiveness Index (CEI)": beginning 100,000, credit sales 1,000,000 over the year,
    // ending total 120,000, ending current 100,000 -> 980,000 / 1,000,000 = 98 %.
    [Fact]
    public void CollectionEffectivenessIndex_GavitiYearExample_Is98Percent()
    {
        var cei = ReceivablesKpis.CollectionEffectivenessIndex(Usd(100_000m), Usd(1_000_000m), Usd(120_000m), Usd(100_000m), CeiConvention.TotalPeriodSales);

        Assert.Equal(98m, cei);
    }

    [Fact]
    public void FromAging_NotYetDueAndOverdue_DsoBestPossibleAndDelinquentDays()
    {
        var asOf = new DateOnly(2026, 9, 30);
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var report = engine.Age(asOf, [
            new OpenItem(new DocumentId("1"), new CustomerId("A"), Usd(60_000m), asOf.AddDays(-20), asOf.AddDays(10)),
            new OpenItem(new DocumentId("2"), new CustomerId("A"), Usd(30_000m), asOf.AddDays(-70), asOf.AddDays(-40)),
        ]);

        var figures = ReceivablesKpis.FromAging(report.Section(Currency.USD), report.Scheme, Usd(270_000m), 90);

        Assert.Equal(30m, figures.Dso);               // 90,000 / 270,000 × 90
        Assert.Equal(20m, figures.BestPossibleDso);   // 60,000 / 270,000 × 90
        Assert.Equal(10m, figures.AverageDaysDelinquent);
    }

    [Fact]
    public void StandardDso_ZeroSales_ThrowsNamingCreditSales()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReceivablesKpis.StandardDso(Usd(1m), Usd(0m), 30));

        Assert.Equal("creditSales", error.ParamName);
    }

    [Fact]
    public void PaymentBehaviourByCustomer_PaidInvoices_UsesTheLedgersPaymentRecords()
    {
        var customer = new CustomerId("ACME");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new DocumentId("INV-1"), customer, Usd(1_000m), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)))
            .Post(Document.Invoice(new DocumentId("INV-2"), customer, Usd(3_000m), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 3)))
            .Post(Document.Payment(new DocumentId("PAY-1"), customer, Usd(1_000m), new DateOnly(2026, 2, 10)))
            .Post(Document.Payment(new DocumentId("PAY-2"), customer, Usd(3_000m), new DateOnly(2026, 3, 3)));
        ledger = ledger.Apply(new DocumentId("PAY-1"), AllocationPolicies.OldestDueFirst, new DateOnly(2026, 2, 10)).Ledger;
        ledger = ledger.Apply(new DocumentId("PAY-2"), AllocationPolicies.OldestDueFirst, new DateOnly(2026, 3, 3)).Ledger;

        var behaviour = ReceivablesKpis.PaymentBehaviourByCustomer(ledger.Accounts);

        var usd = Assert.Single(behaviour[customer]);
        Assert.Equal(((1_000m * 40m) + (3_000m * 30m)) / 4_000m, usd.AverageDaysToPay);  // 32.5 days
        Assert.Equal(((1_000m * 10m) + (3_000m * 0m)) / 4_000m, usd.AverageDaysBeyondTerms); // 2.5 days
    }
}

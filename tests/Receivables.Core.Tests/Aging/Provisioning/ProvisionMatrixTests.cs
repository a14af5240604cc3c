using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;

namespace Receivables.Tests.Aging.Provisioning;

public class ProvisionMatrixTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    // IFRS 9 Financial Instruments, Illustrative Examples, Example 12 "Provision matrix" (IE74-IE77): Company M's
    // trade receivables of CU30,000,000 aged current / 1-30 / 31-60 / 61-90 / more than 90 days past due with lifetime
    // expected credit loss rates 0.3 %, 1.6 %, 3.6 %, 6.6 % and 10.6 % give a loss allowance of CU580,000.
    [Fact]
    public void Apply_Ifrs9IllustrativeExample12_ReproducesCompanyMsAllowance()
    {
        var scheme = AgingScheme.Create([30, 60, 90]);
        var matrix = ProvisionMatrix.Create(scheme, [0.003m, 0.016m, 0.036m, 0.066m, 0.106m]);
        var engine = AgingEngine.Create(scheme);
        OpenItem Item(string id, decimal amount, int daysPastDue)
            => new(new DocumentId(id), new CustomerId("M-" + id), Money.Of(amount, "EUR"), AsOf.AddDays(-daysPastDue - 30), AsOf.AddDays(-daysPastDue));
        var report = engine.Age(AsOf, [Item("a", 15_000_000m, 0), Item("b", 7_500_000m, 15), Item("c", 4_000_000m, 45), Item("d", 2_500_000m, 75), Item("e", 1_000_000m, 120)]);

        var provision = matrix.Apply(report).Section(Currency.EUR);

        Assert.Equal([45_000m, 120_000m, 144_000m, 165_000m, 106_000m], provision.Lines.Select(l => l.Allowance.Amount));
        Assert.Equal(30_000_000m, provision.Gross.Amount);
        Assert.Equal(580_000m, provision.Allowance.Amount);
    }

    [Fact]
    public void Apply_FractionalAllowances_RoundEachBucketOnceAndTotalIsTheirSum()
    {
        var scheme = AgingScheme.Create([30]);
        var matrix = ProvisionMatrix.Create(scheme, [0.005m, 0.005m, 0.005m]);
        OpenItem[] items =
        [
            new(new DocumentId("1"), new CustomerId("A"), Money.Of(1.00m, "EUR"), AsOf.AddDays(-60), AsOf),             // 0.005 -> 0.01
            new(new DocumentId("2"), new CustomerId("A"), Money.Of(1.00m, "EUR"), AsOf.AddDays(-60), AsOf.AddDays(-5)),  // 0.005 -> 0.01
            new(new DocumentId("3"), new CustomerId("A"), Money.Of(0.90m, "EUR"), AsOf.AddDays(-60), AsOf.AddDays(-50)), // 0.0045 -> 0.00
        ];

        var provision = matrix.Apply(AsOf, items).Section(Currency.EUR);

        Assert.Equal([0.01m, 0.01m, 0.00m], provision.Lines.Select(l => l.Allowance.Amount));
        Assert.Equal(0.02m, provision.Allowance.Amount);
    }

    [Fact]
    public void Apply_SpecificProvision_OverridesTheMatrixForThatItem()
    {
        var scheme = AgingScheme.Create([30, 60, 90]);
        var matrix = ProvisionMatrix.Create(scheme, [0.003m, 0.016m, 0.036m, 0.066m, 0.106m]);
        OpenItem[] items =
        [
            new(new DocumentId("INV-1"), new CustomerId("A"), Money.Of(10_000m, "EUR"), AsOf.AddDays(-150), AsOf.AddDays(-120)),
            new(new DocumentId("INV-2"), new CustomerId("B"), Money.Of(8_000m, "EUR"), AsOf.AddDays(-150), AsOf.AddDays(-120)),
        ];
        SpecificProvision[] specific = [new(new DocumentId("INV-2"), Money.Of(9_000m, "EUR"), "customer in insolvency")];

        var provision = matrix.Apply(AsOf, items, specific).Section(Currency.EUR);

        Assert.Equal(10_000m, provision.Lines[4].Gross.Amount);
        Assert.Equal(1_060m, provision.Lines[4].Allowance.Amount);
        var line = Assert.Single(provision.Specific);
        Assert.Equal(8_000m, line.Allowance.Amount); // capped at the open amount
        Assert.True(line.IsSpecific);
        Assert.True(line.Reason.Is(AgingReasonCodes.ProvisionSpecific));
        Assert.Equal("customer in insolvency", line.Reason.Get<string>("note"));
        Assert.True(provision.Lines[4].Reason.Is(AgingReasonCodes.ProvisionRate));
        Assert.Equal(10.6m, provision.Lines[4].Reason.Get<decimal>("ratePercent"));
        Assert.Equal(9_060m, provision.Allowance.Amount);
        Assert.Equal(18_000m, provision.Gross.Amount);
    }

    [Fact]
    public void Apply_SpecificProvisionForUnknownDocument_Throws()
    {
        var matrix = ProvisionMatrix.Create(AgingScheme.Create([30]), [0m, 0.1m, 0.5m]);

        var error = Assert.Throws<ArgumentException>(() => matrix.Apply(AsOf, [], [new(new DocumentId("X"), Money.Of(1m, "EUR"), "?")]));

        Assert.Equal("specific", error.ParamName);
    }

    [Fact]
    public void Create_WrongRateCountAndRateAboveOne_ReportsBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => ProvisionMatrix.Create(AgingScheme.Create([30]), [0.1m, 1.5m]));

        Assert.Equal("lossRates", error.ParamName);
        Assert.Contains("has 2 rates but the scheme has 3 buckets", error.Message, StringComparison.Ordinal);
        Assert.Contains("lossRates[1] = 1.5 is outside 0 to 1", error.Message, StringComparison.Ordinal);
    }
}

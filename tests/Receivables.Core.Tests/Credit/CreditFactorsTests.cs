using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

/// <summary>Business scale and industry reputation (issue 19), and the one shape of factor arguments.</summary>
public class CreditFactorsTests
{
    [Theory]
    [InlineData(0, 20)]
    [InlineData(10, 40)]
    [InlineData(30, 50)]    // halfway between the small (10) and medium (50) thresholds
    [InlineData(250, 80)]
    [InlineData(5000, 100)]
    public void BusinessScale_Headcount_MapsOnSmeBands(int headcount, double expected)
    {
        var profile = CreditTestData.Profile() with { Scale = new BusinessScale(headcount: headcount) };

        var result = CreditFactors.BusinessScale(ScaleMeasure.Headcount).Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(expected, result.SubScore!.Value, 10);
        Assert.True(result.Summary.Is(CreditReasonCodes.BusinessScale));
        Assert.Equal(ScaleMeasure.Headcount, result.Summary.Get<ScaleMeasure>("measure"));
        Assert.Equal(headcount, result.Summary.Get<int>("value"));
    }

    [Fact]
    public void BusinessScale_RevenueWithHostBands_UsesThem()
    {
        var bands = ScoreCurve.Through(new ScorePoint(0, 0), new ScorePoint(100_000_000, 100));
        var profile = CreditTestData.Profile() with { Scale = new BusinessScale(annualRevenue: Money.Of(25_000_000m, "EUR")) };

        var result = CreditFactors.BusinessScale(ScaleMeasure.Revenue, bands).Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(25d, result.SubScore!.Value, 10);
        Assert.Equal(Money.Of(25_000_000m, "EUR"), result.Summary.Get<Money>("value"));
    }

    [Fact]
    public void BusinessScale_RevenueInAnotherCurrency_ThrowsNamingTheField()
    {
        var profile = CreditTestData.Profile() with { Scale = new BusinessScale(annualRevenue: Money.Of(1m, "USD")) };

        var error = Assert.Throws<CurrencyMismatchException>(() => CreditFactors.BusinessScale(ScaleMeasure.Revenue).Evaluate(new CreditFactorArguments(profile)));

        Assert.Contains("Scale.AnnualRevenue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessScale_NotSupplied_IsNotAvailableNamingTheField()
    {
        var result = CreditFactors.BusinessScale(ScaleMeasure.Headcount).Evaluate(new CreditFactorArguments(CreditTestData.Profile()));

        Assert.False(result.IsAvailable);
        Assert.True(result.Summary.Is(CreditReasonCodes.InputMissing));
        Assert.Equal("Scale.Headcount", result.Summary.Get<string>("missing"));
    }

    [Fact]
    public void BusinessScale_NegativeHeadcount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessScale(headcount: -1));
    }

    [Fact]
    public void IndustryReputation_HostRatingLowerIsBetter_IsRescaledOnItsOwnScale()
    {
        // A trade association rates members 1 (best) to 10 (worst); 3 is (10 − 3) / 9 = 77.8% of the way to the best.
        var profile = CreditTestData.Profile() with { IndustryRating = new ExternalScore("Trade association", 3m, worst: 10m, best: 1m) };

        var result = CreditFactors.IndustryReputation().Evaluate(new CreditFactorArguments(profile));

        Assert.Equal(700d / 9d, result.SubScore!.Value, 10);
        Assert.Equal("Trade association", result.Summary.Get<string>("source"));
        Assert.Equal(3m, result.Summary.Get<decimal>("value"));
    }

    [Fact]
    public void IndustryReputation_NoRating_IsNotAvailable()
    {
        var result = CreditFactors.IndustryReputation().Evaluate(new CreditFactorArguments(CreditTestData.Profile()));

        Assert.False(result.IsAvailable);
    }

    [Fact]
    public void CustomFactor_TestedAloneThroughItsArguments()
    {
        var factor = new FixedFactor();

        var result = factor.Evaluate(new CreditFactorArguments(CreditTestData.Profile()));

        Assert.Equal(42d, result.SubScore);
        Assert.Equal("host.fixed", result.Summary.Code);
    }

    private sealed class FixedFactor : ICreditFactor
    {
        private static readonly ReasonCode Code = new("host.fixed", "fixed at {score}");

        public string Name => "fixed";

        public CreditFactorResult Evaluate(in CreditFactorArguments arguments)
            => CreditFactorResult.Available(Name, 42d, null, Code.With(42d));
    }
}

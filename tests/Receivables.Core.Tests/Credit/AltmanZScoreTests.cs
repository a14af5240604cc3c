using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

public class AltmanZScoreTests
{
    [Fact]
    public void FromStatements_FormiaxExample_Gives11Point097Safe()
    {
        // Worked example: formiax.com "Altman score" calculator page — total assets 3,500,000, working capital
        // 4,200,000, liabilities 5,000,000, retained earnings 800,000, EBIT 6,500,000, sales 8,300,000, market value
        // of equity 7,000,000; Z = 1.2·1.2 + 1.4·0.229 + 3.3·1.857 + 0.6·1.4 + 0.999·2.371 = 11.097, safe zone.
        var statements = new FinancialStatements
        {
            CurrentAssets = 4_200_000m,
            CurrentLiabilities = 0m,
            TotalAssets = 3_500_000m,
            TotalLiabilities = 5_000_000m,
            RetainedEarnings = 800_000m,
            Ebit = 6_500_000m,
            Sales = 8_300_000m,
            MarketEquity = 7_000_000m,
        };

        var z = AltmanZScore.FromStatements(statements, AltmanModel.PublicManufacturer)!;

        Assert.Equal(11.097, z.Score, 0.001);
        Assert.Equal(AltmanZone.Safe, z.Zone);
    }

    [Theory]
    // wizedu.com question 366502: X1 0.34, X2 0.15, X3 0.00, X4 0.80, X5 1.6 → Z = 2.70 (grey zone).
    [InlineData(0.34, 0.15, 0.00, 0.80, 1.6, 2.70, AltmanZone.Grey)]
    // quesba.com question 1312280: X1 0.20, X2 0.30, X3 0.23, X4 0.50, X5 0.8 → Z = 2.519 with 1.0 X5 (2.518 with 0.999).
    [InlineData(0.20, 0.30, 0.23, 0.50, 0.8, 2.519, AltmanZone.Grey)]
    public void FromRatios_PublishedExercises_MatchTheirAnswers(double x1, double x2, double x3, double x4, double x5, double expected, AltmanZone zone)
    {
        var z = AltmanZScore.FromRatios(AltmanModel.PublicManufacturer, x1, x2, x3, x4, x5);

        Assert.Equal(Math.Round(expected, 2), Math.Round(z.Score, 2)); // both answers are quoted to two decimals
        Assert.Equal(zone, z.Zone);
    }

    [Fact]
    public void FromStatements_PrivateFirm_UsesZPrimeCoefficientsAndBookEquity()
    {
        // X1 = 250/1000, X2 = 300/1000, X3 = 150/1000, X4 = 600/400, X5 = 1500/1000.
        var z = AltmanZScore.FromStatements(CreditTestData.SoundStatements, AltmanModel.PrivateFirm)!;

        var expected = (0.717 * 0.25) + (0.847 * 0.30) + (3.107 * 0.15) + (0.420 * 1.5) + (0.998 * 1.5);
        Assert.Equal(expected, z.Score, 10);
        Assert.Equal(AltmanZone.Safe, z.Zone);
    }

    [Fact]
    public void FromStatements_NonManufacturer_UsesFourRatiosWithoutSales()
    {
        var statements = CreditTestData.SoundStatements with { Sales = null };

        var z = AltmanZScore.FromStatements(statements, AltmanModel.NonManufacturer)!;

        var expected = (6.56 * 0.25) + (3.26 * 0.30) + (6.72 * 0.15) + (1.05 * 1.5);
        Assert.Equal(expected, z.Score, 10);
        Assert.Null(z.X5);
    }

    // Cut-offs from Altman (1968) for Z, and Altman (2000) "Revisiting the Z-score and ZETA models" for Z′ and Z″.
    [Theory]
    [InlineData(AltmanModel.PublicManufacturer, 1.80, AltmanZone.Distress)]
    [InlineData(AltmanModel.PublicManufacturer, 1.81, AltmanZone.Grey)]
    [InlineData(AltmanModel.PublicManufacturer, 2.99, AltmanZone.Grey)]
    [InlineData(AltmanModel.PublicManufacturer, 3.00, AltmanZone.Safe)]
    [InlineData(AltmanModel.PrivateFirm, 1.22, AltmanZone.Distress)]
    [InlineData(AltmanModel.PrivateFirm, 1.23, AltmanZone.Grey)]
    [InlineData(AltmanModel.PrivateFirm, 2.90, AltmanZone.Grey)]
    [InlineData(AltmanModel.PrivateFirm, 2.91, AltmanZone.Safe)]
    [InlineData(AltmanModel.NonManufacturer, 1.09, AltmanZone.Distress)]
    [InlineData(AltmanModel.NonManufacturer, 1.10, AltmanZone.Grey)]
    [InlineData(AltmanModel.NonManufacturer, 2.60, AltmanZone.Grey)]
    [InlineData(AltmanModel.NonManufacturer, 2.61, AltmanZone.Safe)]
    public void ZoneOf_AtCutOffs_FollowsAltman(AltmanModel model, double score, AltmanZone zone)
    {
        Assert.Equal(zone, AltmanZScore.ZoneOf(model, score));
    }

    [Fact]
    public void FromStatements_MissingSales_IsNullAndListsTheField()
    {
        var statements = CreditTestData.SoundStatements with { Sales = null };

        Assert.Null(AltmanZScore.FromStatements(statements, AltmanModel.PrivateFirm));
        Assert.Equal(["Sales"], AltmanZScore.MissingFields(statements, AltmanModel.PrivateFirm));
    }

    [Fact]
    public void FromStatements_ZeroTotalLiabilities_ThrowsNamingTheField()
    {
        var statements = CreditTestData.SoundStatements with { TotalLiabilities = 0m };

        var error = Assert.Throws<ArgumentException>(() => AltmanZScore.FromStatements(statements, AltmanModel.PrivateFirm));

        Assert.Equal("TotalLiabilities", error.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void TotalAssets_NotPositive_ThrowsNamingTheField(int assets)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialStatements { TotalAssets = assets });

        Assert.Equal("TotalAssets", error.ParamName);
    }

    [Fact]
    public void AltmanFactor_DistressZone_ScoresBelow30WithReason()
    {
        var statements = CreditTestData.SoundStatements with { Ebit = -300_000m, RetainedEarnings = -500_000m, BookEquity = 100_000m };
        var profile = CreditTestData.Profile() with { Statements = statements };

        var result = CreditFactors.AltmanZ(AltmanModel.PrivateFirm).Evaluate(new CreditFactorArguments(profile));

        Assert.True(result.SubScore < 30);
        Assert.True(result.Summary.Is(CreditReasonCodes.Altman));
        Assert.Equal(AltmanZone.Distress, result.Summary.Get<AltmanZone>("zone"));
        Assert.Equal(AltmanModel.PrivateFirm, result.Summary.Get<AltmanModel>("model"));
    }
}

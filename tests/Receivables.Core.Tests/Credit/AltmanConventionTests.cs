using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

/// <summary>Altman's conventions side by side (issue 17): 0.999 or 1.0 for X5, the emerging-market score, working capital.</summary>
public class AltmanConventionTests
{
    [Fact]
    public void FromRatios_QuesbaExerciseWithPrintedConvention_Matches2Point519ToThreeDecimals()
    {
        // quesba.com question 1312280 (printed Z with 1.0 X5): X1 0.20, X2 0.30, X3 0.23, X4 0.50, X5 0.8 → Z = 2.519.
        var printed = AltmanZScore.FromRatios(AltmanModel.PublicManufacturer, 0.20, 0.30, 0.23, 0.50, 0.8, AltmanConvention.Printed);
        var original = AltmanZScore.FromRatios(AltmanModel.PublicManufacturer, 0.20, 0.30, 0.23, 0.50, 0.8);

        Assert.Equal(2.519, Math.Round(printed.Score, 3));
        Assert.Equal(2.5182, Math.Round(original.Score, 4)); // 0.999 × 0.8 = 0.7992
    }

    [Fact]
    public void FromRatios_Conventions_DifferByOneThousandthOfX5()
    {
        var printed = AltmanZScore.FromRatios(AltmanModel.PublicManufacturer, 0.1, 0.2, 0.3, 0.4, 2.5, AltmanConvention.Printed);
        var original = AltmanZScore.FromRatios(AltmanModel.PublicManufacturer, 0.1, 0.2, 0.3, 0.4, 2.5, AltmanConvention.Original);

        Assert.Equal(0.0025, printed.Score - original.Score, 12);
    }

    [Theory]
    [InlineData(AltmanModel.PrivateFirm)]
    [InlineData(AltmanModel.NonManufacturer)]
    [InlineData(AltmanModel.EmergingMarket)]
    public void FromRatios_ConventionOnlyAffectsTheOriginalZ(AltmanModel model)
    {
        var printed = AltmanZScore.FromRatios(model, 0.1, 0.2, 0.3, 0.4, 2.5, AltmanConvention.Printed);
        var original = AltmanZScore.FromRatios(model, 0.1, 0.2, 0.3, 0.4, 2.5, AltmanConvention.Original);

        Assert.Equal(original.Score, printed.Score);
    }

    [Fact]
    public void FromStatements_EmergingMarket_IsZDoublePrimePlus3Point25()
    {
        // No published worked EMS example was found (searched); the oracle is the formula of Altman, Hartzell and Peck
        // (1995): EMS = 3.25 + 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, on X1 = 0.25, X2 = 0.30, X3 = 0.15, X4 = 1.5.
        var ems = AltmanZScore.FromStatements(CreditTestData.SoundStatements with { Sales = null }, AltmanModel.EmergingMarket)!;

        Assert.Equal(3.25 + (6.56 * 0.25) + (3.26 * 0.30) + (6.72 * 0.15) + (1.05 * 1.5), ems.Score, 10);
        Assert.Null(ems.X5);
        Assert.Equal(AltmanZone.Safe, ems.Zone);
        Assert.Equal("AAA", ems.BondRatingEquivalent); // 8.451 ≥ 8.15
    }

    // Altman (2005), "An emerging market credit scoring system for corporate bonds", Emerging Markets Review 6: the US
    // bond-rating equivalent of an EM score. Each grade starts at its figure.
    [Theory]
    [InlineData(8.15, "AAA")]
    [InlineData(8.14, "AA+")]
    [InlineData(7.60, "AA+")]
    [InlineData(7.30, "AA")]
    [InlineData(6.65, "A")]
    [InlineData(5.85, "BBB")]
    [InlineData(5.84, "BBB-")]
    [InlineData(4.95, "BB")]
    [InlineData(4.15, "B")]
    [InlineData(2.50, "CCC")]
    [InlineData(1.75, "CCC-")]
    [InlineData(1.74, "D")]
    [InlineData(-3.00, "D")]
    public void RatingOf_EmsBoundaries_GiveThePublishedRating(double ems, string rating)
    {
        Assert.Equal(rating, AltmanZScore.RatingOf(ems));
    }

    [Theory]
    [InlineData(4.34, AltmanZone.Distress)]
    [InlineData(4.35, AltmanZone.Grey)]
    [InlineData(5.85, AltmanZone.Grey)]
    [InlineData(5.86, AltmanZone.Safe)]
    public void ZoneOf_EmergingMarket_UsesZDoublePrimeCutOffsPlusTheConstant(double ems, AltmanZone zone)
    {
        Assert.Equal(zone, AltmanZScore.ZoneOf(AltmanModel.EmergingMarket, ems));
    }

    [Fact]
    public void BondRatingEquivalent_OtherModels_IsNull()
    {
        var z = AltmanZScore.FromRatios(AltmanModel.NonManufacturer, 0.1, 0.2, 0.3, 0.4, 0);

        Assert.Null(z.BondRatingEquivalent);
    }

    [Fact]
    public void FromStatements_WorkingCapitalGivenDirectly_IsUsedForX1WithoutCurrentFigures()
    {
        var statements = CreditTestData.SoundStatements with { CurrentAssets = null, CurrentLiabilities = null, WorkingCapital = 250_000m };

        var z = AltmanZScore.FromStatements(statements, AltmanModel.PrivateFirm)!;

        Assert.Equal(0.25, z.X1, 12);
        Assert.Empty(AltmanZScore.MissingFields(statements, AltmanModel.PrivateFirm));
    }

    [Fact]
    public void FromStatements_WorkingCapitalGiven_TakesPrecedenceOverCurrentFigures()
    {
        var statements = CreditTestData.SoundStatements with { WorkingCapital = -100_000m };

        var z = AltmanZScore.FromStatements(statements, AltmanModel.PrivateFirm)!;

        Assert.Equal(-0.1, z.X1, 12);
    }

    [Fact]
    public void AltmanFactor_Ems_IsNamedAndExplained()
    {
        var profile = CreditTestData.Profile() with { Statements = CreditTestData.SoundStatements };

        var result = CreditFactors.AltmanZ(AltmanModel.EmergingMarket).Evaluate(new CreditFactorArguments(profile));

        Assert.Equal("altman-ems", result.Factor);
        Assert.Equal(AltmanModel.EmergingMarket, result.Summary.Get<AltmanModel>("model"));
        Assert.Equal(8.45, result.Summary.Get<double>("zScore"));
    }
}

using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

public class ScorecardTests
{
    [Fact]
    public void Score_WorkedExample_WeightsContributionsGradeAndReasons()
    {
        // The worked example of docs/credit.md: payment index 0.5, tenure 0.2, dispute rate 0.3.
        // Payments average 23 days beyond terms → 58.75; customer for 24 months → 65; 1% disputed → 90.
        var scorecard = Scorecard.Create(new ScorecardOptions()
            .Add(CreditFactors.PaymentIndex(), 0.5)
            .Add(CreditFactors.Tenure(), 0.2)
            .Add(CreditFactors.DisputeRate(), 0.3));
        var profile = CreditTestData.Profile(
            CreditTestData.Paid(1000m, new(2026, 6, 30), 13),
            CreditTestData.Paid(1000m, new(2026, 7, 31), 33)) with
        {
            CustomerSince = new(2024, 11, 30),
            InvoicedLast12Months = Money.Of(100_000m, "EUR"),
            DisputedLast12Months = Money.Of(1_000m, "EUR"),
        };

        var score = scorecard.Score(profile);

        // 0.5 × 58.75 + 0.2 × 65 + 0.3 × 90 = 29.375 + 13 + 27 = 69.375 → 69.4, grade BBB.
        Assert.Equal(69.4, score.Score);
        Assert.Equal("BBB", score.Grade);
        Assert.Equal([29.375, 13, 27], score.Contributions.Select(c => Math.Round(c.Points, 6)));
        var top = score.TopReasons[0];
        Assert.True(top.Is(CreditReasonCodes.ScoreFactor));
        Assert.True(top.Get<Reason>("finding").Is(CreditReasonCodes.PaymentIndexLate));
        Assert.Equal(CreditFactors.PaymentIndexName, top.Get<string>("factor"));
        Assert.Equal(0.5, top.Get<double>("weight"));
        Assert.Equal(20.63, top.Get<double>("pointsLost")); // 0.5 × (100 − 58.75) = 20.625, two decimals half away from zero
        Assert.Equal(1d, score.Coverage, 10);
    }

    [Fact]
    public void Score_FactorNotAvailable_SpreadsItsWeightProportionally()
    {
        // No financial statements: Altman (0.4) is not available; payment index 0.3 and tenure 0.3 get 0.5 each.
        var scorecard = Scorecard.Create(new ScorecardOptions()
            .Add(CreditFactors.AltmanZ(AltmanModel.PrivateFirm), 0.4)
            .Add(CreditFactors.PaymentIndex(), 0.3)
            .Add(CreditFactors.Tenure(), 0.3));
        var profile = CreditTestData.Profile(CreditTestData.Paid(1000m, new(2026, 6, 30), 0)) with { CustomerSince = new(2021, 11, 30) };

        var score = scorecard.Score(profile);

        Assert.Equal([0d, 0.5, 0.5], score.Contributions.Select(c => c.EffectiveWeight));
        Assert.Equal(90d, score.Score);
        Assert.Equal(0.6, score.Coverage, 10);
        var missing = score.Contributions[0].Result.Summary;
        Assert.True(missing.Is(CreditReasonCodes.InputMissing));
        Assert.Equal("Statements", missing.Get<string>("missing"));
        Assert.Contains(missing.Text, score.DataUsed);
    }

    [Fact]
    public void Score_NothingAvailable_IsUnratedNotZero()
    {
        var score = Scorecard.Default.Score(CreditTestData.Profile());

        Assert.False(score.IsRated);
        Assert.Null(score.Grade);
    }

    [Fact]
    public void Create_WeightsNotSummingToOne_ThrowsWithTheSum()
    {
        var options = new ScorecardOptions().Add(CreditFactors.PaymentIndex(), 0.5).Add(CreditFactors.Tenure(), 0.4);

        var error = Assert.Throws<ArgumentException>(() => Scorecard.Create(options));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("weights sum to 0.9, not 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralProblems_ReportsThemTogether()
    {
        var options = new ScorecardOptions { TopReasons = -1 }.Add(CreditFactors.Tenure(), 0.5).Add(CreditFactors.Tenure(), -0.5);

        var error = Assert.Throws<ArgumentException>(() => Scorecard.Create(options));

        Assert.Contains("Factors[1].Weight", error.Message, StringComparison.Ordinal);
        Assert.Contains("tenure appears more than once", error.Message, StringComparison.Ordinal);
        Assert.Contains("TopReasons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ZeroCurrentLiabilities_ThrowsNamingTheField()
    {
        var profile = CreditTestData.Profile() with { Statements = CreditTestData.SoundStatements with { CurrentLiabilities = 0m } };

        var error = Assert.Throws<ArgumentException>(() => Scorecard.Default.Score(profile));

        Assert.Equal("CurrentLiabilities", error.ParamName);
    }

    [Fact]
    public void Score_SameProfileTwice_IsIdentical()
    {
        var profile = CreditTestData.Profile(CreditTestData.Paid(1000m, new(2026, 6, 30), 7)) with { Statements = CreditTestData.SoundStatements };

        var first = Scorecard.Default.Score(profile);
        var second = Scorecard.Default.Score(profile);

        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.TopReasons, second.TopReasons);
    }

    [Fact]
    public void DefaultFor_PrivateFirm_HasTheDefaultFactorsAndWeights()
    {
        var scorecard = Scorecard.DefaultFor(AltmanModel.PrivateFirm);

        Assert.Equal(Scorecard.Default.Factors.Select(f => (f.Factor.Name, f.Weight)), scorecard.Factors.Select(f => (f.Factor.Name, f.Weight)));
    }

    [Fact]
    public void DefaultFor_UndefinedModel_IsRejectedNamingTheModel()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Scorecard.DefaultFor((AltmanModel)99));

        Assert.Equal("model", ex.ParamName);
    }
}

using FsCheck;
using FsCheck.Fluent;
using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Tests.Support;

using Receivables.Ledger;

namespace Receivables.Tests.Credit;

public class CreditPropertyTests
{
    /// <summary>One way to make a profile better for exactly one factor, by a generated step (1 to 1,000).</summary>
    private static readonly (ICreditFactor Factor, Func<CreditProfile, int, CreditProfile> Improve)[] Improvements =
    [
        // Later due dates with the same payment dates: fewer days beyond terms.
        (CreditFactors.PaymentIndex(), (p, k) => p with
        {
            PaymentRecords = [.. p.PaymentRecords.Select(r => r with { DueDate = r.DueDate.AddDays(k % 60) })],
            OpenItems = [.. p.OpenItems.Select(i => new OpenItem(i.Id, i.Customer, i.Open, i.DocumentDate, i.DueDate.AddDays(k % 60), original: i.Original))],
        }),
        (CreditFactors.AltmanZ(AltmanModel.PrivateFirm), (p, k) => p with { Statements = p.Statements is { } s ? s with { Ebit = s.Ebit + (k * 100) } : null }),
        (CreditFactors.AltmanZ(AltmanModel.NonManufacturer), (p, k) => p with { Statements = p.Statements is { } s ? s with { RetainedEarnings = s.RetainedEarnings + (k * 100) } : null }),
        (CreditFactors.AltmanZ(AltmanModel.PublicManufacturer), (p, k) => p with { Statements = p.Statements is { } s ? s with { MarketEquity = s.MarketEquity + (k * 100) } : null }),
        (CreditFactors.CurrentRatio(), (p, k) => p with { Statements = p.Statements is { } s ? s with { CurrentAssets = s.CurrentAssets + (k * 100) } : null }),
        (CreditFactors.QuickRatio(), (p, k) => p with { Statements = p.Statements is { } s ? s with { CurrentAssets = s.CurrentAssets + (k * 100) } : null }),
        // Paying down liabilities at constant assets raises equity by the same amount (the balance sheet balances).
        (CreditFactors.Leverage(), (p, k) => p with { Statements = p.Statements is { } s ? PayDown(s, Math.Min(k * 100, s.TotalLiabilities!.Value - 1m)) : null }),
        (CreditFactors.Profitability(), (p, k) => p with { Statements = p.Statements is { } s ? s with { NetIncome = s.NetIncome + (k * 100) } : null }),
        (CreditFactors.AssetTurnover(), (p, k) => p with { Statements = p.Statements is { } s ? s with { Sales = s.Sales + (k * 100) } : null }),
        (CreditFactors.CashFlowCoverage(), (p, k) => p with { Statements = p.Statements is { } s ? s with { OperatingCashFlow = s.OperatingCashFlow + (k * 100) } : null }),
        (CreditFactors.Tenure(), (p, k) => p with { CustomerSince = p.CustomerSince?.AddDays(-k) }),
        (CreditFactors.LimitUtilisation(), (p, k) => p with { CreditLimit = p.CreditLimit is { } l ? l + new Money(k * 100m, l.Currency) : null }),
        (CreditFactors.DisputeRate(), (p, k) => p with { DisputedLast12Months = p.DisputedLast12Months is { } d ? Money.Max(Money.Zero(d.Currency), d - new Money(k * 100m, d.Currency)) : null }),
        (CreditFactors.ExternalScore(), (p, k) => p with { ExternalScores = [.. p.ExternalScores.Select(e => new ExternalScore(e.Source, Math.Min(e.Best, e.Value + (k % 20)), e.Worst, e.Best))] }),
        (CreditFactors.IndustryRisk(), (p, k) => p with { IndustryRiskClass = p.IndustryRiskClass is { } c ? Math.Max(1, c - (k % 3)) : null }),
    ];

    private static FinancialStatements PayDown(FinancialStatements s, decimal amount)
        => s with { TotalLiabilities = s.TotalLiabilities - amount, BookEquity = s.BookEquity + amount, MarketEquity = s.MarketEquity + amount };

    [Fact]
    public void Evaluate_BetterInput_NeverLowersSubScoreOrScore()
    {
        var cases = from profile in Arbitraries.CreditProfileGen
                    from which in Gen.Choose(0, Improvements.Length - 1)
                    from step in Gen.Choose(1, 1000)
                    select (profile, which, step);

        Properties.Check(cases.ToArbitrary(), c =>
        {
            var (factor, improve) = Improvements[c.which];
            var better = improve(c.profile, c.step);
            var scorecard = Scorecard.Create(new ScorecardOptions().Add(factor, 1));

            var before = factor.Evaluate(new CreditFactorArguments(c.profile));
            var after = factor.Evaluate(new CreditFactorArguments(better));

            Assert.Equal(before.IsAvailable, after.IsAvailable);
            if (before.IsAvailable)
            {
                Assert.True(after.SubScore >= before.SubScore - 1e-9, $"{factor.Name}: {before.SubScore} → {after.SubScore}");
                Assert.True(scorecard.Score(better).Score >= scorecard.Score(c.profile).Score, $"{factor.Name}: total score fell");
            }

            // The same improvement never lowers the default scorecard either (inputs shared by several factors, such as
            // total liabilities in leverage and Altman's X4, move them the same way).
            Assert.True((Scorecard.Default.Score(better).Score ?? -1) >= (Scorecard.Default.Score(c.profile).Score ?? -1), $"{factor.Name}: default score fell");
        });
    }

    [Fact]
    public void Score_DefaultScorecard_StaysBetweenZeroAndHundredWithEffectiveWeightsSummingToOne()
    {
        Properties.Check(Arbitraries.CreditProfileGen.ToArbitrary(), profile =>
        {
            var score = Scorecard.Default.Score(profile);

            if (score.IsRated)
            {
                Assert.InRange(score.Score!.Value, 0d, 100d);
                Assert.Equal(1d, score.Contributions.Sum(c => c.EffectiveWeight), 9);
                Assert.Equal(score.Score!.Value, score.Contributions.Sum(c => c.Points), 0.05 + 1e-9);
                Assert.Equal(score.Grade, Scorecard.Default.Grades.GradeOf(score.Score.Value));
            }

            Assert.All(score.Contributions.Where(c => !c.Result.IsAvailable), c => Assert.Equal(0d, c.EffectiveWeight));
        });
    }

    [Fact]
    public void Redistribute_AnyAvailability_SumsToOneAndKeepsProportions()
    {
        Properties.Check(Arbitraries.WeightsAndAvailabilityGen.ToArbitrary(), c =>
        {
            var effective = Scorecard.Redistribute(c.Weights, c.Available);

            Assert.Equal(1d, effective.Sum(), 12);
            for (var i = 0; i < effective.Length; i++)
            {
                if (!c.Available[i])
                {
                    Assert.Equal(0d, effective[i]);
                }
            }

            var first = Array.IndexOf(c.Available, true);
            for (var i = 0; i < effective.Length; i++)
            {
                if (c.Available[i])
                {
                    Assert.Equal(c.Weights[i] / c.Weights[first], effective[i] / effective[first], 9);
                }
            }
        });
    }

    [Fact]
    public void GradeScale_AnyValidScale_CoversZeroToHundredWithoutGapsOrOverlaps()
    {
        var cases = from scale in Arbitraries.GradeScaleGen
                    from tenths in Gen.ArrayOf(Gen.Choose(0, 1000), 20)
                    select (scale, tenths);

        Properties.Check(cases.ToArbitrary(), c =>
        {
            var ascending = c.scale.Bands.Reverse().ToList();
            Assert.Equal(0d, ascending[0].MinScore);
            for (var i = 0; i < ascending.Count; i++)
            {
                var upper = c.scale.UpperBound(ascending[i].Grade);
                Assert.Equal(i + 1 < ascending.Count ? ascending[i + 1].MinScore : 100d, upper);
                Assert.True(upper > ascending[i].MinScore);
            }

            foreach (var score in c.tenths.Select(t => t / 10d).Concat(c.scale.Bands.Select(b => b.MinScore)))
            {
                var holding = c.scale.Bands.Where(b => score >= b.MinScore && (score < c.scale.UpperBound(b.Grade) || (score == 100d && c.scale.UpperBound(b.Grade) == 100d))).ToList();
                Assert.Single(holding);
                Assert.Equal(holding[0].Grade, c.scale.GradeOf(score));
            }
        });
    }
}

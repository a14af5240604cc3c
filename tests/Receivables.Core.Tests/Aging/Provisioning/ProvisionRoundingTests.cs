using FsCheck;
using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging.Provisioning;

public class ProvisionRoundingTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    private static OpenItem Item(string id, decimal amount, string currency, int daysPastDue)
        => new(new DocumentId(id), new CustomerId("A"), Money.Of(amount, currency), AsOf.AddDays(-daysPastDue - 30), AsOf.AddDays(-daysPastDue));

    // IFRScommunity.com, "IFRS 9 example: lifetime ECL for trade receivables using a provision matrix" (Entity A, aging
    // at 31 December 20X1): 300,000 / 140,000 / 60,000 / 23,000 / 5,000 at the roll-rate loss rates 2.0 %, 4.0 %, 8.7 %,
    // 25.0 %, 100 %. The published allowance 5,217 on 60,000 (not 5,220) and total 27,567 come from the unrounded rate
    // 8.6957 % and allowances rounded to whole units; rates rounded to 0.1 % as printed give 27,570.
    private static ProvisionMatrix EntityA(out AgingReport report)
    {
        IReadOnlyList<decimal>[] history = [[100_000m, 0m, 0m, 0m, 0m], [0m, 50_000m, 0m, 0m, 0m], [0m, 0m, 23_000m, 0m, 0m], [0m, 0m, 0m, 8_000m, 0m], [0m, 0m, 0m, 0m, 2_000m]];
        var scheme = AgingScheme.Create([30, 60, 90]);
        report = AgingEngine.Create(scheme).Age(AsOf, [Item("a", 300_000m, "EUR", 0), Item("b", 140_000m, "EUR", 15), Item("c", 60_000m, "EUR", 45), Item("d", 23_000m, "EUR", 75), Item("e", 5_000m, "EUR", 120)]);
        return ProvisionMatrix.Create(scheme, RollRateEstimate.FromSnapshots(history).LossRates);
    }

    [Fact]
    public void Apply_IfrsCommunityEntityA_UnroundedRatesWholeUnitsGivePublished27567()
    {
        var matrix = EntityA(out var report).WithRounding(ProvisionRounding.Create(amount: RoundingPolicies.Cash(1m)));

        var provision = matrix.Apply(report).Section(Currency.EUR);

        Assert.Equal([6_000m, 5_600m, 5_217m, 5_750m, 5_000m], provision.Lines.Select(l => l.Allowance.Amount));
        Assert.Equal(27_567m, provision.Allowance.Amount);
    }

    [Fact]
    public void Apply_IfrsCommunityEntityA_RatesRoundedToTenthOfAPercentGive27570()
    {
        var rounding = ProvisionRounding.Create(amount: RoundingPolicies.Cash(1m), rate: ProvisionRounding.RatePercentDecimals(1));
        var matrix = EntityA(out var report).WithRounding(rounding);

        var provision = matrix.Apply(report).Section(Currency.EUR);

        Assert.Equal(0.087m, provision.Lines[2].Rate);
        Assert.Equal(5_220m, provision.Lines[2].Allowance.Amount);
        Assert.Equal(8.7m, provision.Lines[2].Reason.Get<decimal>("ratePercent"));
        Assert.Equal(27_570m, provision.Allowance.Amount);
    }

    [Fact]
    public void Apply_IfrsCommunityEntityA_TotalRoundedOnceIsSplitAndAddsUp()
    {
        var rounding = ProvisionRounding.Create(amount: RoundingPolicies.Cash(1m), level: ProvisionRoundingLevel.TotalOnce);
        var matrix = EntityA(out var report).WithRounding(rounding);

        var provision = matrix.Apply(report).Section(Currency.EUR);

        Assert.Equal(27_567m, provision.Allowance.Amount);
        Assert.Equal(27_567m, provision.Lines.Sum(l => l.Allowance.Amount));
        Assert.All(provision.Lines, l => Assert.True(l.Reason.Is(AgingReasonCodes.ProvisionRateShare)));
        Assert.Equal(5_217.39m, Math.Round(provision.Lines[2].Reason.Get<decimal>("exact"), 2));
    }

    // IFRS 9 Illustrative Examples, Example 12 (IE74-IE77): every convention gives Company M's 580,000, because every
    // bucket's allowance is a whole amount.
    [Theory]
    [InlineData(ProvisionRoundingLevel.EachLine, null)]
    [InlineData(ProvisionRoundingLevel.TotalOnce, null)]
    [InlineData(ProvisionRoundingLevel.EachLine, 1)]
    [InlineData(ProvisionRoundingLevel.TotalOnce, 1)]
    public void Apply_Ifrs9IllustrativeExample12_SameAllowanceUnderEveryConvention(ProvisionRoundingLevel level, int? rateDecimals)
    {
        var scheme = AgingScheme.Create([30, 60, 90]);
        var rate = rateDecimals is { } d ? ProvisionRounding.RatePercentDecimals(d, MidpointRounding.ToZero) : null;
        var matrix = ProvisionMatrix.Create(scheme, [0.003m, 0.016m, 0.036m, 0.066m, 0.106m]).WithRounding(ProvisionRounding.Create(RoundingPolicies.TowardsZero, level, rate));
        var report = AgingEngine.Create(scheme).Age(AsOf, [Item("a", 15_000_000m, "EUR", 0), Item("b", 7_500_000m, "EUR", 15), Item("c", 4_000_000m, "EUR", 45), Item("d", 2_500_000m, "EUR", 75), Item("e", 1_000_000m, "EUR", 120)]);

        var provision = matrix.Apply(report).Section(Currency.EUR);

        Assert.Equal([45_000m, 120_000m, 144_000m, 165_000m, 106_000m], provision.Lines.Select(l => l.Allowance.Amount));
        Assert.Equal(580_000m, provision.Allowance.Amount);
    }

    // faqifrs.com, "Step 6 Apply the provision matrix" (Company T): 2,500 at 4.5 % (61-90 days past due) is shown as an
    // allowance of 112: 112.5 truncated or rounded half to even, not half away from zero. JPY (no minor unit) stands in
    // for whole euros.
    [Theory]
    [InlineData("HalfAwayFromZero", 113)]
    [InlineData("HalfToEven", 112)]
    [InlineData("TowardsZero", 112)]
    public void Apply_MidpointAllowance_EachPolicyAsNamed(string policy, int expected)
    {
        var rounding = policy switch
        {
            "HalfToEven" => RoundingPolicies.HalfToEven,
            "TowardsZero" => RoundingPolicies.TowardsZero,
            _ => RoundingPolicies.HalfAwayFromZero,
        };
        var matrix = ProvisionMatrix.Create(AgingScheme.Create([30]), [0m, 0.045m, 0m]).WithRounding(ProvisionRounding.Create(rounding));

        var provision = matrix.Apply(AsOf, [Item("T", 2_500m, "JPY", 10)]).Section(Currency.JPY);

        Assert.Equal(expected, provision.Lines[1].Allowance.Amount);
    }

    [Fact]
    public void Apply_TotalOnce_RoundsTheSumNotTheLines()
    {
        var matrix = ProvisionMatrix.Create(AgingScheme.Create([30]), [0.005m, 0.005m, 0.005m]);
        OpenItem[] items = [Item("1", 1.00m, "EUR", 0), Item("2", 1.00m, "EUR", 5), Item("3", 0.90m, "EUR", 50)];

        var eachLine = matrix.Apply(AsOf, items).Section(Currency.EUR);
        var totalOnce = matrix.WithRounding(ProvisionRounding.Create(level: ProvisionRoundingLevel.TotalOnce)).Apply(AsOf, items).Section(Currency.EUR);

        // 0.005 + 0.005 + 0.0045 = 0.0145: each line rounded gives 0.01 + 0.01 + 0.00 = 0.02; the total once gives 0.01,
        // which the largest-remainder split gives to the first line (ties go to the earlier part).
        Assert.Equal(0.02m, eachLine.Allowance.Amount);
        Assert.Equal(0.01m, totalOnce.Allowance.Amount);
        Assert.Equal([0.01m, 0m, 0m], totalOnce.Lines.Select(l => l.Allowance.Amount));
    }

    [Fact]
    public void RatePercentDecimals_TruncationAndHalfEven_AsNamed()
    {
        var usd = Currency.USD;

        Assert.Equal(0.087m, ProvisionRounding.RatePercentDecimals(1).Round(0.0869565m, usd));
        Assert.Equal(0.086m, ProvisionRounding.RatePercentDecimals(1, MidpointRounding.ToZero).Round(0.0869565m, usd));
        Assert.Equal(0.0862m, ProvisionRounding.RatePercentDecimals(2, MidpointRounding.ToEven).Round(0.08625m, usd));
        Assert.Equal(0.09m, ProvisionRounding.RatePercentDecimals(0).Round(0.0869565m, usd));
    }

    [Fact]
    public void Default_IsUnroundedRatesHalfAwayFromZeroEachLine()
    {
        var rounding = ProvisionMatrix.Create(AgingScheme.Create([30]), [0m, 0m, 0m]).Rounding;

        Assert.Same(ProvisionRounding.Default, rounding);
        Assert.Null(rounding.Rate);
        Assert.Same(RoundingPolicies.HalfAwayFromZero, rounding.Amount);
        Assert.Equal(ProvisionRoundingLevel.EachLine, rounding.Level);
    }

    private static readonly Gen<(string Name, ProvisionRounding Rounding, Func<decimal, int, decimal> Amount, Func<decimal, decimal> Rate)> RoundingGen =
        from amount in Gen.Elements(
            ("HalfAwayFromZero", RoundingPolicies.HalfAwayFromZero, MidpointRounding.AwayFromZero),
            ("HalfToEven", RoundingPolicies.HalfToEven, MidpointRounding.ToEven),
            ("TowardsZero", RoundingPolicies.TowardsZero, MidpointRounding.ToZero),
            ("Floor", RoundingPolicies.Floor, MidpointRounding.ToNegativeInfinity),
            ("Ceiling", RoundingPolicies.Ceiling, MidpointRounding.ToPositiveInfinity))
        from level in Gen.Elements(ProvisionRoundingLevel.EachLine, ProvisionRoundingLevel.TotalOnce)
        from rate in Gen.Elements<(int Decimals, MidpointRounding Mode)?>(null, (1, MidpointRounding.AwayFromZero), (2, MidpointRounding.ToZero), (0, MidpointRounding.ToEven))
        select (
            $"{amount.Item1} {level} {rate}",
            ProvisionRounding.Create(amount.Item2, level, rate is { } r ? ProvisionRounding.RatePercentDecimals(r.Decimals, r.Mode) : null),
            (Func<decimal, int, decimal>)((value, digits) => Math.Round(value, digits, amount.Item3)),
            (Func<decimal, decimal>)(x => rate is { } r ? Math.Clamp(Math.Round(x, r.Decimals + 2, r.Mode), 0m, 1m) : x));

    private static readonly Gen<decimal[]> RatesGen = Gen.ArrayOf(Gen.Choose(0, 100_000).Select(x => x / 100_000m), 5);

    [Fact]
    public void Apply_EveryRoundingConvention_LinesAddUpToTheTotalAndMatchAPlainRecount()
        => Properties.Check((from items in Arbitraries.AgingItemsGen from rates in RatesGen from rounding in RoundingGen select (items, rates, rounding)).ToArbitrary(), x =>
        {
            var scheme = AgingScheme.Create([30, 60, 90]);
            var matrix = ProvisionMatrix.Create(scheme, x.rates).WithRounding(x.rounding.Rounding);

            var report = matrix.Apply(Arbitraries.AgingAsOf, x.items);

            foreach (var section in report.Sections)
            {
                var digits = section.Currency.MinorUnits;
                Assert.Equal(section.Allowance.Amount, section.Lines.Sum(l => l.Allowance.Amount));
                Assert.All(section.Lines, l => Assert.Equal(Math.Round(l.Allowance.Amount, digits), l.Allowance.Amount));
                var gross = new decimal[5];
                foreach (var item in x.items.Where(i => i.Currency == section.Currency))
                {
                    gross[scheme.BucketOf(Arbitraries.AgingAsOf, item.DueDate, item.DocumentDate)] += item.Open.Amount;
                }

                var exact = gross.Select((g, i) => g * x.rounding.Rate(x.rates[i])).ToArray();
                if (x.rounding.Rounding.Level == ProvisionRoundingLevel.EachLine)
                {
                    Assert.Equal(exact.Select(e => x.rounding.Amount(e, digits)), section.Lines.Select(l => l.Allowance.Amount));
                }
                else
                {
                    var total = x.rounding.Amount(exact.Sum(), digits);
                    Assert.Equal(total, section.Allowance.Amount);
                    for (var i = 0; i < 5; i++)
                    {
                        var share = exact.Sum() == 0m ? 0m : exact[i] / exact.Sum() * total;
                        Assert.True(Math.Abs(section.Lines[i].Allowance.Amount - share) < section.Currency.MinorUnit, $"{x.rounding.Name}: line {i} {section.Lines[i].Allowance.Amount} vs share {share}");
                    }
                }
            }
        });

    [Fact]
    public void Apply_ItemsInAnotherOrder_SameProvision()
        => Properties.Check((from items in Arbitraries.AgingItemsGen from rates in RatesGen from rounding in RoundingGen select (items, rates, rounding)).ToArbitrary(), x =>
        {
            var matrix = ProvisionMatrix.Create(AgingScheme.Create([30, 60, 90]), x.rates).WithRounding(x.rounding.Rounding);

            var forward = matrix.Apply(Arbitraries.AgingAsOf, x.items);
            var backward = matrix.Apply(Arbitraries.AgingAsOf, Enumerable.Reverse(x.items).ToArray());

            Assert.Equal(forward.Sections.Select(s => s.Allowance), backward.Sections.Select(s => s.Allowance));
            Assert.Equal(forward.Sections.SelectMany(s => s.Lines.Select(l => l.Allowance)), backward.Sections.SelectMany(s => s.Lines.Select(l => l.Allowance)));
        });
}

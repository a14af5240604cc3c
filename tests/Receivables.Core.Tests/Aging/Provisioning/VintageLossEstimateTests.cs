using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging.Provisioning;

public class VintageLossEstimateTests
{
    private static readonly CustomerId Acme = new("ACME");

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static DateOnly D(int month, int day) => new(2026, month, day);

    // January: INV-1 1,000.00 (due 9 Feb, paid 5 Feb) and INV-2 500.00 (due 19 Feb, written off 15 Apr).
    // February: INV-3 800.00 (due 5 Mar, 300.00 paid 10 Mar, the rest still open on 30 April).
    private static ReceivablesLedger ThreeInvoices()
    {
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Eur(1_000m), D(1, 10), D(2, 9)))
            .Post(Document.Invoice(new("INV-2"), Acme, Eur(500m), D(1, 20), D(2, 19)))
            .Post(Document.Invoice(new("INV-3"), Acme, Eur(800m), D(2, 3), D(3, 5)))
            .Post(Document.Payment(new("PAY-1"), Acme, Eur(1_000m), D(2, 5)))
            .Post(Document.Payment(new("PAY-2"), Acme, Eur(300m), D(3, 10)))
            .Post(Document.WriteOff(new("WO-1"), Acme, Eur(500m), D(4, 15)));
        builder.Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Eur(1_000m))), D(2, 5));
        builder.Apply(new("PAY-2"), AllocationPolicies.Specified(new Allocation(new("INV-3"), Eur(300m))), D(3, 10));
        builder.Apply(new("WO-1"), AllocationPolicies.Specified(new Allocation(new("INV-2"), Eur(500m))), D(4, 15));
        return builder.ToLedger();
    }

    // No published vintage worked example with complete figures (originations, losses by age and open balances) was
    // found (searched: "vintage analysis loss rate", CECL vintage method examples, ASC 326-20-55 Example 5); the figures
    // below are constructed and worked by hand.
    [Fact]
    public void FromLedger_WrittenOff_CohortsByMonthAndLossRatesPerAge()
    {
        var estimate = VintageLossEstimate.FromLedger(ThreeInvoices(), D(4, 30), Currency.EUR);

        Assert.Equal(3, estimate.Horizon);
        Assert.Equal([D(1, 1), D(2, 1), D(3, 1), D(4, 1)], estimate.Cohorts.Select(c => c.Start));
        var january = estimate.Cohorts[0];
        Assert.Equal(1_500m, january.Originated.Amount);
        Assert.Equal([0m, 1_000m, 1_000m, 1_000m], january.Observations.Select(o => o.Paid.Amount));
        Assert.Equal([0m, 0m, 0m, 500m], january.Observations.Select(o => o.WrittenOff.Amount));
        Assert.Equal([1_500m, 500m, 500m, 0m], january.Observations.Select(o => o.Open.Amount));
        Assert.Equal([0m, 0m, 0m, 500m / 1_500m], january.CumulativeLossRates.ToArray());
        var february = estimate.Cohorts[1];
        Assert.Equal([800m, 500m, 500m], february.Observations.Select(o => o.Open.Amount));
        Assert.Equal([0m, 0m, 0m], february.CumulativeLossRates.ToArray());

        // Marginal: only January reached age 3, where a third of it was lost.
        Assert.Equal([0m, 0m, 0m, 500m / 1_500m], estimate.MarginalLossRates.ToArray());
        Assert.Equal(500m / 1_500m, estimate.LifetimeLossRate);
        Assert.All(estimate.ProjectedLifetimeLossRates, r => Assert.Equal(500m / 1_500m, r)); // the empty March and April cohorts too

        // Matrix rates: losses still to come ÷ share still open. Age 0: 1/3 ÷ 1; ages 1 and 2: 1/3 ÷ (1,000 / 2,300).
        Assert.Equal([1m / 3m, 2_300m / 3_000m, 2_300m / 3_000m, 1m], estimate.LossRates.Select(r => Math.Round(r, 20)), new RateComparer());
        Assert.True(estimate.Reasons[1].Is(AgingReasonCodes.VintageRate));
        Assert.Equal(76.67m, estimate.Reasons[1].Get<decimal>("ratePercent"));
        Assert.Equal(2, estimate.Reasons[1].Get<int>("cohorts")); // January and February; March is empty
        Assert.True(estimate.Reasons[3].Is(AgingReasonCodes.VintageOldest));
    }

    [Fact]
    public void FromLedger_DaysPastDue30_UnpaidAtDefaultCountsAsLost()
    {
        var options = new VintageOptions { Loss = VintageLossDefinition.DaysPastDue(30) };

        var estimate = VintageLossEstimate.FromLedger(ThreeInvoices(), D(4, 30), Currency.EUR, options);

        // INV-2 is 30 days past due on 21 March with 500.00 open: lost from age 2 (31 March), before its write-off.
        Assert.Equal([0m, 0m, 500m, 500m], estimate.Cohorts[0].Observations.Select(o => o.Loss.Amount));
        // INV-3 is 30 days past due on 4 April with 500.00 open: February's loss at age 2 (30 April).
        Assert.Equal([0m, 0m, 500m], estimate.Cohorts[1].Observations.Select(o => o.Loss.Amount));
        Assert.Equal(0.625m, estimate.Cohorts[1].CumulativeLossRates[2]);
    }

    [Fact]
    public void ToMatrix_ProvisionAtMonthEnd_UsesCalendarMonthsSinceTheDocumentDate()
    {
        var estimate = VintageLossEstimate.FromLedger(ThreeInvoices(), D(4, 30), Currency.EUR);
        OpenItem[] open =
        [
            new(new("N-1"), Acme, Eur(3_000m), D(4, 2), D(5, 2)),   // April: age 0
            new(new("N-2"), Acme, Eur(300m), D(3, 31), D(4, 30)),   // March: age 1
            new(new("N-3"), Acme, Eur(100m), D(1, 1), D(1, 31)),    // January: age 3, the oldest bucket
        ];

        var provision = estimate.ToMatrix().Apply(D(4, 30), open).Section(Currency.EUR);

        Assert.Equal(["Current month", "Previous month", "2 months ago", "3+ months ago"], provision.Lines.Select(l => l.Label));
        Assert.Equal([1_000m, 230m, 0m, 100m], provision.Lines.Select(l => l.Allowance.Amount));
    }

    [Fact]
    public void FromCohorts_QuarterlyPattern_LifetimeIsTheSumOfAverageIncrements()
    {
        // Four quarterly cohorts of 100.00, each losing 1, 2, 4, 3 and 0 in its quarters 0 to 4 (10 % over its life),
        // observed up to the end of 2026: the oldest at age 4, the youngest at age 1.
        VintageCohort Cohort(DateOnly start, int ages)
        {
            decimal[] cumulative = [1m, 3m, 7m, 10m, 10m];
            return VintageCohort.Create(start, Eur(100m), Enumerable.Range(0, ages + 1).Select(k => new VintageObservation(Eur(90m), Eur(cumulative[k]), Eur(10m - cumulative[k]))));
        }

        var estimate = VintageLossEstimate.FromCohorts(
            [Cohort(new(2025, 10, 1), 1), Cohort(new(2025, 1, 1), 4), Cohort(new(2025, 7, 1), 2), Cohort(new(2025, 4, 1), 3)],
            new VintageOptions { Period = VintagePeriod.Quarter });

        Assert.Equal([new DateOnly(2025, 1, 1), new(2025, 4, 1), new(2025, 7, 1), new(2025, 10, 1)], estimate.Cohorts.Select(c => c.Start));
        Assert.Equal([0.01m, 0.02m, 0.04m, 0.03m, 0m], estimate.MarginalLossRates.ToArray());
        Assert.Equal(0.10m, estimate.LifetimeLossRate);
        Assert.All(estimate.ProjectedLifetimeLossRates, r => Assert.Equal(0.10m, r));
        Assert.Equal(["Current quarter", "Previous quarter", "2 quarters ago", "3 quarters ago", "4+ quarters ago"], estimate.Scheme.Buckets.Select(b => b.Label));
        // Age 1: (4 + 3 + 0 still to come) ÷ 7 open (per 100 originated) = 100 %; age 3: 0 ÷ 0 still to come over 0 open.
        Assert.Equal(1m, estimate.LossRates[1]);
    }

    [Fact]
    public void FromCohorts_ObservationNotAddingUp_NamesTheCohortAndAge()
    {
        var error = Assert.Throws<ArgumentException>(() => VintageCohort.Create(D(1, 1), Eur(100m), [new VintageObservation(Eur(50m), Eur(0m), Eur(40m))]));

        Assert.Equal("observations", error.ParamName);
        Assert.Contains("observations[0]: paid 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLedger_HistoryShorterThanTwoPeriods_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => VintageLossEstimate.FromLedger(ThreeInvoices(), D(1, 31), Currency.EUR));

        Assert.Equal("ledger", error.ParamName);
    }

    [Fact]
    public void FromCohorts_InvalidOptions_ListsEveryProblem()
    {
        var cohort = VintageCohort.Create(D(1, 1), Eur(1m), [new VintageObservation(Eur(1m), Eur(0m), Eur(0m)), new VintageObservation(Eur(1m), Eur(0m), Eur(0m))]);

        var error = Assert.Throws<ArgumentException>(() => VintageLossEstimate.FromCohorts([cohort], new VintageOptions { Horizon = 0, OldestLossRate = 2m, Adjustment = -1m }));

        Assert.Contains("Horizon = 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("OldestLossRate = 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Adjustment = -1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLedger_RandomHistories_CohortsConserveMoneyAgainstARecount()
        => Properties.Check(Arbitraries.VintageHistoryArb, history =>
        {
            var estimate = VintageLossEstimate.FromLedger(history.Ledger(), Arbitraries.VintageAsOf, Currency.EUR);

            foreach (var cohort in estimate.Cohorts)
            {
                for (var age = 0; age < cohort.Observations.Length; age++)
                {
                    var expected = history.Recount(cohort.Start, age);
                    var o = cohort.Observations[age];
                    Assert.Equal(expected.Originated, cohort.Originated.Amount);
                    Assert.Equal(expected.Paid, o.Paid.Amount);
                    Assert.Equal(expected.WrittenOff, o.WrittenOff.Amount);
                    Assert.Equal(expected.Open, o.Open.Amount);
                    Assert.Equal(cohort.Originated, o.Paid + o.WrittenOff + o.Open);
                }
            }
        });

    [Fact]
    public void FromLedger_RandomHistoriesAndDefinitions_EveryRateBetweenZeroAndOne()
        => Properties.Check(Arbitraries.VintageHistoryArb, history =>
        {
            var options = new VintageOptions { Loss = history.Definition, Horizon = history.Horizon, Adjustment = history.Adjustment };

            var estimate = VintageLossEstimate.FromLedger(history.Ledger(), Arbitraries.VintageAsOf, Currency.EUR, options);

            var rates = estimate.Cohorts.SelectMany(c => c.CumulativeLossRates)
                .Concat(estimate.AverageCumulativeLossRates).Concat(estimate.MarginalLossRates).Concat(estimate.OpenShares)
                .Concat(estimate.ProjectedLifetimeLossRates).Concat(estimate.HistoricalLossRates).Concat(estimate.LossRates)
                .Append(estimate.LifetimeLossRate);
            Assert.All(rates, r => Assert.InRange(r, 0m, 1m));
            Assert.Equal(estimate.Scheme.BucketCount, estimate.LossRates.Length);
        });

    [Fact]
    public void FromLedger_InvoicesPostedInAnotherOrder_SameEstimate()
        => Properties.Check(Arbitraries.VintageHistoryArb, history =>
        {
            var options = new VintageOptions { Loss = history.Definition };

            var forward = VintageLossEstimate.FromLedger(history.Ledger(), Arbitraries.VintageAsOf, Currency.EUR, options);
            var reversed = VintageLossEstimate.FromLedger(history.Ledger(reverse: true), Arbitraries.VintageAsOf, Currency.EUR, options);

            Assert.Equal(forward.LossRates.ToArray(), reversed.LossRates.ToArray());
            Assert.Equal(forward.MarginalLossRates.ToArray(), reversed.MarginalLossRates.ToArray());
            Assert.Equal(forward.Cohorts.Select(c => c.CumulativeLossRates.ToArray()), reversed.Cohorts.Select(c => c.CumulativeLossRates.ToArray()));
        });

    private sealed class RateComparer : IEqualityComparer<decimal>
    {
        public bool Equals(decimal x, decimal y) => Math.Abs(x - y) < 1e-18m;

        public int GetHashCode(decimal obj) => 0;
    }
}

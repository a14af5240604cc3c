using Receivables.Aging.Provisioning;

namespace Receivables.Tests.Aging.Provisioning;

public class RollRateEstimateTests
{
    // IFRScommunity.com, "IFRS 9 example: lifetime ECL for trade receivables using a provision matrix" (Entity A, B2C
    // segment): of January sales of 100,000, 50,000 were still open after the due date, 23,000 after 30 days overdue,
    // 8,000 after 60 and 2,000 after 90 (never paid). Loss rates: 2.0 %, 4.0 %, 8.7 %, 25.0 %, 100 %.
    [Fact]
    public void FromSnapshots_IfrsCommunityEntityA_ReproducesPublishedLossRates()
    {
        IReadOnlyList<decimal>[] snapshots =
        [
            [100_000m, 0m, 0m, 0m, 0m],
            [0m, 50_000m, 0m, 0m, 0m],
            [0m, 0m, 23_000m, 0m, 0m],
            [0m, 0m, 0m, 8_000m, 0m],
            [0m, 0m, 0m, 0m, 2_000m],
        ];

        var estimate = RollRateEstimate.FromSnapshots(snapshots);

        Assert.Equal([0.5m, 0.46m, 8_000m / 23_000m, 0.25m], estimate.RollRates.ToArray());
        Assert.Equal([0.020m, 0.040m, 0.087m, 0.250m, 1.000m], estimate.LossRates.Select(r => Math.Round(r, 3)));
    }

    [Fact]
    public void FromSnapshots_ForwardLookingAdjustment_ScalesAndCapsAtOne()
    {
        IReadOnlyList<decimal>[] snapshots = [[1_000m, 400m, 100m], [1_000m, 500m, 200m], [1_000m, 500m, 250m]];

        var estimate = RollRateEstimate.FromSnapshots(snapshots, lastBucketLossRate: 0.9m, adjustment: 0.2m);

        // Rolls: bucket 0 -> 1: (500 + 500) / (1000 + 1000) = 0.5; bucket 1 -> 2: (200 + 250) / (400 + 500) = 0.5.
        Assert.Equal([0.5m, 0.5m], estimate.RollRates.ToArray());
        Assert.Equal([0.225m, 0.45m, 0.9m], estimate.HistoricalLossRates.ToArray());
        Assert.Equal([0.27m, 0.54m, 1m], estimate.LossRates.ToArray());
    }

    [Fact]
    public void FromSnapshots_OneSnapshot_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RollRateEstimate.FromSnapshots([[1m, 2m]]));

        Assert.Equal("snapshots", error.ParamName);
    }
}

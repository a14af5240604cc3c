using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// Loss rates per bucket estimated from history with roll rates (migration analysis): the share of a bucket's balance
/// that is still unpaid one period later and has moved into the next bucket.
/// </summary>
/// <remarks>
/// <para><b>Derivation.</b> Take aging snapshots one period apart, where a period equals the bucket width (monthly
/// snapshots with 30-day buckets). The roll rate of bucket <c>i</c> is Σ balance of bucket <c>i+1</c> at <c>t+1</c> ÷
/// Σ balance of bucket <c>i</c> at <c>t</c>, over all consecutive pairs (amount-weighted). The last bucket's loss
/// rate is an assumption (default 100 %: what is still open there is lost). Then, from the last bucket backwards,
/// loss rate(i) = roll rate(i) × loss rate(i+1): the chance that a unit in bucket <c>i</c> rolls all the way to loss.</para>
/// <para><b>Forward-looking adjustment.</b> IFRS 9.B5.5.52 asks to adjust historical rates for current conditions and
/// forecasts: every loss rate is multiplied by (1 + adjustment) and capped at 1.</para>
/// <para>Rates are <c>decimal</c> and not rounded. Immutable and thread-safe.</para>
/// </remarks>
/// <param name="RollRates">The roll rate of each bucket into the next (one fewer than buckets); 0 where the bucket was always empty.</param>
/// <param name="HistoricalLossRates">The loss rate per bucket before the adjustment.</param>
/// <param name="LossRates">The loss rate per bucket after the forward-looking adjustment.</param>
/// <param name="Adjustment">The forward-looking adjustment applied (0.1 = rates 10 % higher).</param>
public sealed record RollRateEstimate(ImmutableArray<decimal> RollRates, ImmutableArray<decimal> HistoricalLossRates, ImmutableArray<decimal> LossRates, decimal Adjustment)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(RollRateEstimate), PrintMembers);

    /// <summary>Estimates loss rates from bucket totals of consecutive snapshots.</summary>
    /// <param name="snapshots">Bucket totals per snapshot, oldest first, one period apart; at least two, all of the same length (≥ 2 buckets), no negative total.</param>
    /// <param name="lastBucketLossRate">The loss rate assumed for the last bucket. The default value is 1 (100 %).</param>
    /// <param name="adjustment">The forward-looking adjustment, greater than −1. The default value is 0 (none).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or a snapshot is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two snapshots, lengths differ, fewer than two buckets, a negative total,
    /// or a rate outside its range.</exception>
    public static RollRateEstimate FromSnapshots(IReadOnlyList<IReadOnlyList<decimal>> snapshots, decimal lastBucketLossRate = 1m, decimal adjustment = 0m)
    {
        Guard.NotNull(snapshots);
        var errors = new List<string>();
        if (snapshots.Count < 2)
        {
            errors.Add("At least two snapshots are required.");
        }

        var buckets = snapshots.Count > 0 ? Guard.NotNull(snapshots[0], "snapshots[0]").Count : 0;
        if (buckets < 2)
        {
            errors.Add("A snapshot needs at least two buckets.");
        }

        for (var s = 0; s < snapshots.Count; s++)
        {
            var snapshot = snapshots[s] ?? throw new ArgumentNullException(string.Create(CultureInfo.InvariantCulture, $"snapshots[{s}]"));
            if (snapshot.Count != buckets)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"snapshots[{s}] has {snapshot.Count} buckets, snapshots[0] has {buckets}."));
            }
            else if (snapshot.Any(v => v < 0m))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"snapshots[{s}] has a negative bucket total."));
            }
        }

        if (lastBucketLossRate is < 0m or > 1m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(lastBucketLossRate)} = {lastBucketLossRate} must be 0 to 1."));
        }

        if (adjustment <= -1m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(adjustment)} = {adjustment} must be greater than -1."));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Cannot estimate roll rates: {string.Join(" ", errors)}", nameof(snapshots));
        }

        var rolls = new decimal[buckets - 1];
        for (var i = 0; i < buckets - 1; i++)
        {
            var from = 0m;
            var to = 0m;
            for (var t = 0; t + 1 < snapshots.Count; t++)
            {
                from += snapshots[t][i];
                to += snapshots[t + 1][i + 1];
            }

            rolls[i] = from == 0m ? 0m : Math.Min(1m, to / from);
        }

        var loss = new decimal[buckets];
        loss[^1] = lastBucketLossRate;
        for (var i = buckets - 2; i >= 0; i--)
        {
            loss[i] = rolls[i] * loss[i + 1];
        }

        return new RollRateEstimate([.. rolls], [.. loss], [.. loss.Select(r => Math.Min(1m, r * (1m + adjustment)))], adjustment);
    }

    /// <summary>Estimates loss rates from aging reports of the same scheme (the bucket totals of one currency).</summary>
    /// <param name="snapshots">Reports one period apart, oldest first.</param>
    /// <param name="currency">The currency whose section is used; a report without it counts as all zero.</param>
    /// <param name="lastBucketLossRate">The loss rate assumed for the last bucket. The default value is 1.</param>
    /// <param name="adjustment">The forward-looking adjustment. The default value is 0.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or a report is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="FromSnapshots(IReadOnlyList{IReadOnlyList{decimal}}, decimal, decimal)"/>; also reports of different schemes.</exception>
    public static RollRateEstimate FromReports(IReadOnlyList<AgingReport> snapshots, Currency currency, decimal lastBucketLossRate = 1m, decimal adjustment = 0m)
    {
        Guard.NotNull(snapshots);
        var totals = new List<IReadOnlyList<decimal>>();
        for (var s = 0; s < snapshots.Count; s++)
        {
            var report = snapshots[s] ?? throw new ArgumentNullException(string.Create(CultureInfo.InvariantCulture, $"snapshots[{s}]"));
            if (!report.Scheme.Equals(snapshots[0].Scheme))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"snapshots[{s}] uses a different scheme from snapshots[0]."), nameof(snapshots));
            }

            totals.Add(report.TryGetSection(currency, out var section)
                ? [.. section.BucketTotals.Select(t => t.Amount)]
                : [.. report.Scheme.Buckets.Select(_ => 0m)]);
        }

        return FromSnapshots(totals, lastBucketLossRate, adjustment);
    }
}

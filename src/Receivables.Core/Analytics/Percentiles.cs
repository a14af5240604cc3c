using Receivables.Internal;

namespace Receivables.Analytics;

/// <summary>Percentiles of day counts by the nearest-rank convention, so every percentile is a value of the sample.</summary>
/// <remarks>Static and thread-safe.</remarks>
public static class Percentiles
{
    /// <summary>
    /// Gets the <paramref name="percentile"/>-th percentile of the values by nearest rank: sort ascending and take the
    /// value at rank ⌈p/100 × n⌉ (ranks from 1). The median (p = 50) of an even count is the lower middle value; p = 100
    /// is the largest value. No interpolation: the result is always one of the values, and it never decreases as p
    /// grows.
    /// </summary>
    /// <param name="values">The values, in any order; the list is not changed.</param>
    /// <param name="percentile">The percentile, greater than 0 and at most 100.</param>
    /// <returns>The value at the nearest rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is not in (0, 100].</exception>
    public static int NearestRank(IReadOnlyList<int> values, double percentile)
    {
        Guard.NotNull(values);
        if (!(percentile > 0d && percentile <= 100d))
        {
            throw Guard.OutOfRange(nameof(percentile), percentile, "The percentile must be greater than 0 and at most 100.");
        }

        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        return AtRank(sorted, percentile);
    }

    /// <summary>The nearest-rank percentile of values already sorted ascending.</summary>
    internal static int AtRank(int[] sorted, double percentile)
    {
        // ⌈p/100 × n⌉ computed in decimal so 90% of 10 is exactly rank 9, not 9.000000000000002 → 10.
        var rank = (int)Math.Ceiling((decimal)percentile / 100m * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}

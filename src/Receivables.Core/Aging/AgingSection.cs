using System.Collections.Immutable;

namespace Receivables.Aging;

/// <summary>The aging of one currency in an <see cref="AgingReport"/>: one line per group, totals per bucket and in all.</summary>
/// <remarks>Amounts of different currencies are never added; a report has one section per currency. Immutable and thread-safe.</remarks>
public sealed class AgingSection
{
    internal AgingSection(Currency currency, ImmutableArray<AgingLine> lines, int bucketCount)
    {
        Currency = currency;
        Lines = lines;
        var totals = new decimal[bucketCount];
        var counts = new long[bucketCount];
        foreach (var line in lines)
        {
            for (var b = 0; b < bucketCount; b++)
            {
                totals[b] += line.Amounts[b].Amount;
                counts[b] += line.Counts[b];
            }
        }

        BucketTotals = [.. totals.Select(t => new Money(t, currency))];
        BucketCounts = [.. counts];
        GrandTotal = new Money(totals.Sum(), currency);
        ItemCount = counts.Sum();
    }

    /// <summary>A converted section: the lines are rounded, the totals are the exact converted totals rounded once.</summary>
    internal AgingSection(Currency currency, ImmutableArray<AgingLine> lines, int bucketCount, AgingSection exact, IRoundingPolicy rounding)
        : this(currency, lines, bucketCount)
    {
        BucketTotals = [.. exact.BucketTotals.Select(t => new Money(rounding.Round(t.Amount, currency), currency))];
        GrandTotal = new Money(rounding.Round(exact.GrandTotal.Amount, currency), currency);
    }

    /// <summary>Gets the currency of every amount in the section.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the lines, one per group key with at least one item, ordered by key (ordinal).</summary>
    public ImmutableArray<AgingLine> Lines { get; }

    /// <summary>Gets the total per bucket (the sum of the lines), exact.</summary>
    public ImmutableArray<Money> BucketTotals { get; }

    /// <summary>Gets the number of items per bucket.</summary>
    public ImmutableArray<long> BucketCounts { get; }

    /// <summary>Gets the sum of every open amount in the section: equal to the sum of the input amounts, to the last digit.</summary>
    public Money GrandTotal { get; }

    /// <summary>Gets the number of items aged.</summary>
    public long ItemCount { get; }

    /// <summary>Finds the line of a group key.</summary>
    /// <param name="key">The customer id value or segment key.</param>
    /// <param name="line">The line, or null.</param>
    /// <returns>True when the key has a line.</returns>
    public bool TryGetLine(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgingLine? line)
    {
        Internal.Guard.NotNull(key);
        // Lines are sorted by key (ordinal), so a binary search finds it without an index to build.
        var lo = 0;
        var hi = Lines.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var order = string.CompareOrdinal(Lines[mid].Key, key);
            if (order == 0)
            {
                line = Lines[mid];
                return true;
            }

            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        line = null;
        return false;
    }
}

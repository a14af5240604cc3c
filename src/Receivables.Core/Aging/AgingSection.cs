using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Receivables.Aging;

/// <summary>The aging of one currency in an <see cref="AgingReport"/>: one line per group, totals per bucket and in all.</summary>
/// <remarks>
/// <para>Amounts of different currencies are never added; a report has one section per currency.</para>
/// <para>A section from the columnar engine is compact: its totals are computed at once, its lines are built from the
/// engine's per-customer sums the first time <see cref="Lines"/> is read (a <see cref="TryGetLine"/> before that builds
/// only the line asked for). Reading nothing but totals of 100,000 customers therefore builds no line.</para>
/// <para>Immutable and thread-safe (the lines are built at most once; a race may build them twice, with equal results,
/// and one is kept).</para>
/// </remarks>
public sealed class AgingSection
{
    private readonly string[]? _keys;
    private readonly Func<int, AgingLine>? _lineAt;
    private AgingLine[]? _lines;

    /// <summary>A compact section: sorted keys, totals, and a function that builds the line at a position.</summary>
    internal AgingSection(Currency currency, int bucketCount, string[] keys, ReadOnlySpan<decimal> totals, ReadOnlySpan<long> counts, Func<int, AgingLine> lineAt)
    {
        Currency = currency;
        _keys = keys;
        _lineAt = lineAt;
        LineCount = keys.Length;
        var amounts = new Money[bucketCount];
        var sum = 0m;
        for (var b = 0; b < bucketCount; b++)
        {
            amounts[b] = new Money(totals[b], currency);
            sum += totals[b];
        }

        BucketTotals = ImmutableCollectionsMarshal.AsImmutableArray(amounts);
        BucketCounts = [.. counts];
        GrandTotal = new Money(sum, currency);
        var items = 0L;
        foreach (var count in counts)
        {
            items += count;
        }

        ItemCount = items;
    }

    internal AgingSection(Currency currency, ImmutableArray<AgingLine> lines, int bucketCount)
    {
        Currency = currency;
        _lines = ImmutableCollectionsMarshal.AsArray(lines);
        LineCount = lines.Length;
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

    /// <summary>Gets the lines, one per group key with at least one item, ordered by key (ordinal). Built on first read for a
    /// compact section.</summary>
    public ImmutableArray<AgingLine> Lines => ImmutableCollectionsMarshal.AsImmutableArray(Volatile.Read(ref _lines) ?? Materialize());

    /// <summary>Gets the number of lines, without building them.</summary>
    public int LineCount { get; }

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
        var lines = Volatile.Read(ref _lines);

        // Lines are sorted by key (ordinal), so a binary search finds it without an index to build.
        var lo = 0;
        var hi = LineCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var order = string.CompareOrdinal(lines is null ? _keys![mid] : lines[mid].Key, key);
            if (order == 0)
            {
                line = lines is null ? _lineAt!(mid) : lines[mid];
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

    private AgingLine[] Materialize()
    {
        var built = new AgingLine[LineCount];
        for (var j = 0; j < built.Length; j++)
        {
            built[j] = _lineAt!(j);
        }

        return Interlocked.CompareExchange(ref _lines, built, null) ?? built;
    }
}

namespace Receivables.Aging;

/// <summary>Collects lines of one currency (by key) before they are frozen into an <see cref="AgingSection"/>.</summary>
/// <remarks>Not thread-safe; used inside one call.</remarks>
internal sealed class AgingSectionBuilder(Currency currency, int bucketCount, DateOnly asOf)
{
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);

    public Currency Currency => currency;

    public void Add(string key, ReadOnlySpan<decimal> amounts, ReadOnlySpan<long> counts, DateOnly oldest, string? oldestItem)
    {
        if (!_rows.TryGetValue(key, out var row))
        {
            row = new Row(bucketCount, oldest, oldestItem);
            _rows.Add(key, row);
        }
        else if (IsOlder(oldest, oldestItem, row.Oldest, row.OldestItem))
        {
            row.Oldest = oldest;
            row.OldestItem = oldestItem;
        }

        for (var b = 0; b < bucketCount; b++)
        {
            row.Amounts[b] += amounts[b];
            row.Counts[b] += counts[b];
        }
    }

    public void Add(string key, AgingLine line)
    {
        Span<decimal> amounts = stackalloc decimal[bucketCount];
        for (var b = 0; b < bucketCount; b++)
        {
            amounts[b] = line.Amounts[b].Amount;
        }

        Add(key, amounts, line.Counts.AsSpan(), line.OldestBasisDate, line.OldestItem);
    }

    public AgingSection Build()
        => new(
            currency,
            [.. _rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new AgingLine(
                r.Key,
                [.. r.Value.Amounts.Select(a => new Money(a, currency))],
                [.. r.Value.Counts],
                r.Value.Oldest,
                asOf.DayNumber - r.Value.Oldest.DayNumber,
                r.Value.OldestItem))],
            bucketCount);

    /// <summary>The total order that picks the oldest item: earlier date first, then an id before none, then the smaller id.</summary>
    internal static bool IsOlder(DateOnly date, string? item, DateOnly thanDate, string? thanItem)
        => date != thanDate ? date < thanDate
            : item is null ? false
            : thanItem is null || string.CompareOrdinal(item, thanItem) < 0;

    private sealed class Row(int buckets, DateOnly oldest, string? oldestItem)
    {
        public decimal[] Amounts { get; } = new decimal[buckets];

        public long[] Counts { get; } = new long[buckets];

        public DateOnly Oldest { get; set; } = oldest;

        public string? OldestItem { get; set; } = oldestItem;
    }
}

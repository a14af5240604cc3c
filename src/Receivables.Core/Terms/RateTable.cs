using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// Annual interest rates in percent by effective date (for example the Bank of England base rate or the ECB main
/// refinancing rate for each half-year). A rate applies from its effective date until the next entry.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RateTable
{
    private readonly KeyValuePair<DateOnly, decimal>[] _entries;

    private RateTable(KeyValuePair<DateOnly, decimal>[] entries) => _entries = entries;

    /// <summary>Gets the entries in date order: effective date and annual rate in percent.</summary>
    public IReadOnlyList<KeyValuePair<DateOnly, decimal>> Entries => _entries;

    /// <summary>Creates a table.</summary>
    /// <param name="entries">Effective dates with annual rates in percent (4.25 means 4.25%); at least one, no date twice.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No entry, or a date given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative.</exception>
    public static RateTable Create(IEnumerable<KeyValuePair<DateOnly, decimal>> entries)
    {
        Guard.NotNull(entries);
        var sorted = entries.OrderBy(e => e.Key).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A rate table needs at least one entry.", nameof(entries));
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            Guard.NotNegative(sorted[i].Value, nameof(entries));
            if (i > 0 && sorted[i].Key == sorted[i - 1].Key)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The date {sorted[i].Key:yyyy-MM-dd} is given twice."), nameof(entries));
            }
        }

        return new RateTable(sorted);
    }

    /// <summary>Creates a table with one rate for all dates.</summary>
    /// <param name="percent">The annual rate in percent, 0 or more.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static RateTable Constant(decimal percent) => Create([new(DateOnly.MinValue, percent)]);

    /// <summary>Returns the rate in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The annual rate in percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the first entry.</exception>
    public decimal RateOn(DateOnly date)
    {
        for (var i = _entries.Length - 1; i >= 0; i--)
        {
            if (_entries[i].Key <= date)
            {
                return _entries[i].Value;
            }
        }

        throw Guard.OutOfRange(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"The rate table starts on {_entries[0].Key:yyyy-MM-dd}."));
    }

    internal IEnumerable<(DateOnly First, DateOnly Last, decimal Rate)> Split(DateOnly first, DateOnly last)
    {
        var start = first;
        while (start <= last)
        {
            var rate = RateOn(start);
            var next = _entries.Select(e => e.Key).Where(d => d > start).DefaultIfEmpty(DateOnly.MaxValue).Min();
            var end = next == DateOnly.MaxValue || next.AddDays(-1) > last ? last : next.AddDays(-1);
            yield return (start, end, rate);
            if (end == DateOnly.MaxValue)
            {
                yield break;
            }

            start = end.AddDays(1);
        }
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging;

/// <summary>
/// Ages open items into the buckets of an <see cref="AgingScheme"/> on an explicit as-of date, exactly.
/// </summary>
/// <remarks>
/// <para><b>Columnar entry points</b> (<see cref="Age(DateOnly, Currency, IReadOnlyList{string}, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{long})"/>
/// and its <c>decimal</c> twin) take parallel spans of one currency: customer index into a key table, basis day
/// (<see cref="DateOnly.DayNumber"/> of the due date or document date, per <see cref="AgingScheme.Basis"/>) and amount.
/// They do not allocate per item. The object overloads group items by currency and delegate to them.</para>
/// <para><b>Exactness.</b> Amounts are summed as <c>long</c> minor units where that is provably exact (an amount with no
/// more decimals than the currency has, and a running sum that does not overflow); any other amount, and any sum that
/// would overflow, goes to a <c>decimal</c> side sum instead. Each grand total equals the sum of its input amounts.</para>
/// <para><b>Debits only.</b> Like <see cref="OpenItem.Open"/>, every columnar amount must be zero or positive: a negative
/// amount (a credit note, an unapplied payment) is refused with an <see cref="ArgumentOutOfRangeException"/> naming its
/// position, so credits are never aged as receivables nor silently netted into a bucket. Net credits into the debits
/// they settle before aging (the ledger does this when it applies them); zero amounts are counted as items. See
/// decision 205.</para>
/// <para><b>Errors.</b> Spans of different lengths, a customer index outside the key table or a null key throw an
/// exception naming the argument; no partial report is ever returned.</para>
/// <para>Immutable and thread-safe: build once, call from any thread.</para>
/// </remarks>
public sealed class AgingEngine
{
    private readonly int _degreeOfParallelism;
    private readonly int _parallelThreshold;

    /// <summary>Builds an engine: the one way engines are created (decision 012).</summary>
    /// <param name="scheme">The buckets.</param>
    /// <param name="options">The options; copied now. The default value is new <see cref="AgingOptions"/> (single-threaded).</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range (every problem is listed).</exception>
    public static AgingEngine Create(AgingScheme scheme, AgingOptions? options = null) => new(scheme, options);

    private AgingEngine(AgingScheme scheme, AgingOptions? options)
    {
        Scheme = Guard.NotNull(scheme);
        options ??= new AgingOptions();
        var errors = new List<string>();
        if (options.DegreeOfParallelism is < 1 or > AgingOptions.MaxDegreeOfParallelism)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(AgingOptions.DegreeOfParallelism)} = {options.DegreeOfParallelism} must be between 1 and {AgingOptions.MaxDegreeOfParallelism}."));
        }

        if (options.ParallelThreshold < 1)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(AgingOptions.ParallelThreshold)} = {options.ParallelThreshold} must be at least 1."));
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid aging options: {string.Join(" ", errors)}", nameof(options));
        }

        _degreeOfParallelism = options.DegreeOfParallelism;
        _parallelThreshold = options.ParallelThreshold;
    }

    /// <summary>Gets the scheme.</summary>
    public AgingScheme Scheme { get; }

    /// <summary>Gets the degree of parallelism the engine was built with.</summary>
    public int DegreeOfParallelism => _degreeOfParallelism;

    /// <summary>Ages columnar items whose amounts are integers in minor units (cents), on the calling thread.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="customerKeys">The key of each customer index (customer id value or segment); equal keys share a line.</param>
    /// <param name="customerIndex">Per item, an index into <paramref name="customerKeys"/>.</param>
    /// <param name="basisDays">Per item, the <see cref="DateOnly.DayNumber"/> of its due date (or document date, per the scheme's basis).</param>
    /// <param name="minorAmounts">Per item, the open amount in minor units of <paramref name="currency"/> (12.34 EUR = 1234).</param>
    /// <returns>The report (one section, or none when there are no items).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerKeys"/> or one of its keys is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="currency"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <paramref name="customerKeys"/>, or an amount is negative.</exception>
    public AgingReport Age(DateOnly asOf, Currency currency, IReadOnlyList<string> customerKeys, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<long> minorAmounts)
    {
        CheckColumns(currency, customerKeys, customerIndex.Length, basisDays.Length, minorAmounts.Length, nameof(minorAmounts));
        var accumulator = new AgingAccumulator(customerKeys.Count, Scheme.BucketCount, currency);
        accumulator.Add(Scheme, asOf.DayNumber, customerIndex, basisDays, minorAmounts, 0);
        return Report(asOf, currency, customerKeys, accumulator, null);
    }

    /// <summary>Ages columnar items with <c>decimal</c> amounts, on the calling thread. Amounts with more decimals than the
    /// currency has are kept exactly (summed as <c>decimal</c>).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="customerKeys">The key of each customer index; equal keys share a line.</param>
    /// <param name="customerIndex">Per item, an index into <paramref name="customerKeys"/>.</param>
    /// <param name="basisDays">Per item, the <see cref="DateOnly.DayNumber"/> of its basis date.</param>
    /// <param name="amounts">Per item, the open amount.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerKeys"/> or one of its keys is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or <paramref name="currency"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <paramref name="customerKeys"/>, or an amount is negative.</exception>
    public AgingReport Age(DateOnly asOf, Currency currency, IReadOnlyList<string> customerKeys, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<decimal> amounts)
    {
        CheckColumns(currency, customerKeys, customerIndex.Length, basisDays.Length, amounts.Length, nameof(amounts));
        var accumulator = new AgingAccumulator(customerKeys.Count, Scheme.BucketCount, currency);
        accumulator.Add(Scheme, asOf.DayNumber, customerIndex, basisDays, amounts, 0);
        return Report(asOf, currency, customerKeys, accumulator, null);
    }

    /// <summary>Ages columnar items in minor units like
    /// <see cref="Age(DateOnly, Currency, IReadOnlyList{string}, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{long})"/>,
    /// split across up to <see cref="DegreeOfParallelism"/> threads. The result is identical to the single-threaded one.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="customerKeys">The key of each customer index.</param>
    /// <param name="customerIndex">Per item, an index into <paramref name="customerKeys"/>.</param>
    /// <param name="basisDays">Per item, the day number of its basis date.</param>
    /// <param name="minorAmounts">Per item, the open amount in minor units.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerKeys"/> or one of its keys is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="currency"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <paramref name="customerKeys"/>, or an amount is negative.</exception>
    public AgingReport AgeInParallel(DateOnly asOf, Currency currency, IReadOnlyList<string> customerKeys, ReadOnlyMemory<int> customerIndex, ReadOnlyMemory<int> basisDays, ReadOnlyMemory<long> minorAmounts)
    {
        CheckColumns(currency, customerKeys, customerIndex.Length, basisDays.Length, minorAmounts.Length, nameof(minorAmounts));
        var scheme = Scheme;
        var asOfDay = asOf.DayNumber;
        var accumulator = Run(customerIndex.Length, customerKeys.Count, currency, (acc, start, length) =>
            acc.Add(scheme, asOfDay, customerIndex.Span.Slice(start, length), basisDays.Span.Slice(start, length), minorAmounts.Span.Slice(start, length), start));
        return Report(asOf, currency, customerKeys, accumulator, null);
    }

    /// <summary>Ages columnar items with <c>decimal</c> amounts across up to <see cref="DegreeOfParallelism"/> threads.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="customerKeys">The key of each customer index.</param>
    /// <param name="customerIndex">Per item, an index into <paramref name="customerKeys"/>.</param>
    /// <param name="basisDays">Per item, the day number of its basis date.</param>
    /// <param name="amounts">Per item, the open amount.</param>
    /// <returns>The report, identical to the single-threaded one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerKeys"/> or one of its keys is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="currency"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <paramref name="customerKeys"/>, or an amount is negative.</exception>
    public AgingReport AgeInParallel(DateOnly asOf, Currency currency, IReadOnlyList<string> customerKeys, ReadOnlyMemory<int> customerIndex, ReadOnlyMemory<int> basisDays, ReadOnlyMemory<decimal> amounts)
    {
        CheckColumns(currency, customerKeys, customerIndex.Length, basisDays.Length, amounts.Length, nameof(amounts));
        var accumulator = AgeDecimal(asOf, currency, customerKeys.Count, customerIndex, basisDays, amounts);
        return Report(asOf, currency, customerKeys, accumulator, null);
    }

    /// <summary>Ages open items (such as <see cref="ReceivablesLedger.OpenItems"/> of a view on the as-of date,
    /// <see cref="ReceivablesLedger.AsOf(DateOnly)"/>): each item's open amount, by currency, grouped by customer or by a
    /// key the caller chooses.</summary>
    /// <remarks>Only debits are aged: an <see cref="OpenItem"/> is always an open invoice, debit note or debit adjustment
    /// with a positive open amount, so unapplied payments and credit notes never count as receivables (issue 18). A host
    /// without a ledger constructs <see cref="OpenItem"/>s directly.</remarks>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="items">The open items.</param>
    /// <param name="groupBy">The group key of an item (for example <c>i =&gt; i.Segment ?? "(none)"</c>). The default
    /// value groups by customer id.</param>
    /// <returns>The report, one section per currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupBy"/> returned null.</exception>
    public AgingReport Age(DateOnly asOf, IEnumerable<OpenItem> items, Func<OpenItem, string>? groupBy = null)
    {
        Guard.NotNull(items);
        var known = items.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var list = new List<OpenItem>(known);
        var keys = new List<string>(known);
        var single = true;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), $"{nameof(items)}[{list.Count}] is null.");
            }

            list.Add(item);
            keys.Add(groupBy is null ? item.Customer.Value : groupBy(item) ?? throw NullKey(nameof(groupBy), list.Count - 1));
            // Whether every item shares the first one's currency, noted while each item is at hand.
            single = single && (list.Count == 1 || item.Currency == list[0].Currency);
        }

        return AgeItems(asOf, list, keys, single);
    }

    private AgingReport AgeItems(DateOnly asOf, List<OpenItem> items, List<string> keys, bool singleCurrency)
    {
        var sections = new List<AgingSection>();
        foreach (var (currency, indices) in ByCurrency(items, singleCurrency))
        {
            var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var keyTable = new List<string>();
            var customerIndex = new int[indices.Length];
            var basisDays = new int[indices.Length];
            var amounts = new decimal[indices.Length];
            var oldestItems = new List<(DateOnly Date, string? Id)>();
            string? lastKey = null;
            var lastIndex = -1;
            for (var n = 0; n < indices.Length; n++)
            {
                var item = items[indices[n]];
                var key = keys[indices[n]];
                // Items of one customer usually come together and share the id's string: no lookup for those.
                if (!ReferenceEquals(key, lastKey))
                {
                    if (!keyIndex.TryGetValue(key, out lastIndex))
                    {
                        lastIndex = keyTable.Count;
                        keyIndex.Add(key, lastIndex);
                        keyTable.Add(key);
                        oldestItems.Add((DateOnly.MaxValue, null));
                    }

                    lastKey = key;
                }

                var k = lastIndex;

                var basis = Scheme.BasisDate(item.DueDate, item.DocumentDate);
                customerIndex[n] = k;
                basisDays[n] = basis.DayNumber;
                amounts[n] = item.Open.Amount;
                var id = item.Id.Value;
                if (AgingSectionBuilder.IsOlder(basis, id, oldestItems[k].Date, oldestItems[k].Id))
                {
                    oldestItems[k] = (basis, id);
                }
            }

            var accumulator = AgeDecimal(asOf, currency, keyTable.Count, customerIndex, basisDays, amounts);
            sections.AddRange(Report(asOf, currency, keyTable, accumulator, [.. oldestItems.Select(o => o.Id)]).Sections);
        }

        return new AgingReport(asOf, Scheme, sections);
    }

    /// <summary>The positions of the items of each currency, ascending, currencies in order of first appearance (as
    /// grouping would give them); one array of every position when all items share one currency (the usual case, known
    /// from the pass that collected them, so no item is read again here).</summary>
    private static IEnumerable<(Currency Currency, int[] Indices)> ByCurrency(List<OpenItem> items, bool singleCurrency)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        if (singleCurrency)
        {
            var first = items[0].Currency;
            var all = new int[items.Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
            }

            yield return (first, all);
            yield break;
        }

        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(i => items[i].Currency))
        {
            yield return (group.Key, group.ToArray());
        }
    }

    private AgingAccumulator AgeDecimal(DateOnly asOf, Currency currency, int customers, ReadOnlyMemory<int> customerIndex, ReadOnlyMemory<int> basisDays, ReadOnlyMemory<decimal> amounts)
    {
        var scheme = Scheme;
        var asOfDay = asOf.DayNumber;
        return Run(customerIndex.Length, customers, currency, (acc, start, length) =>
            acc.Add(scheme, asOfDay, customerIndex.Span.Slice(start, length), basisDays.Span.Slice(start, length), amounts.Span.Slice(start, length), start));
    }

    private AgingAccumulator Run(int length, int customers, Currency currency, Action<AgingAccumulator, int, int> work)
    {
        var parts = _degreeOfParallelism == 1 || length < _parallelThreshold ? 1 : Math.Min(_degreeOfParallelism, Math.Max(1, length / Math.Max(1, _parallelThreshold / 2)));
        if (parts <= 1)
        {
            var single = new AgingAccumulator(customers, Scheme.BucketCount, currency);
            work(single, 0, length);
            return single;
        }

        var accumulators = new AgingAccumulator[parts];
        var errors = new Exception?[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var start = (int)((long)length * p / parts);
            var end = (int)((long)length * (p + 1) / parts);
            var accumulator = new AgingAccumulator(customers, Scheme.BucketCount, currency);
            try
            {
                work(accumulator, start, end - start);
            }
            catch (ArgumentException e)
            {
                errors[p] = e;
            }

            accumulators[p] = accumulator;
        });

        // The first failing chunk in input order decides the error, so it is the same as single-threaded.
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            throw error;
        }

        for (var p = 1; p < parts; p++)
        {
            accumulators[0].AddFrom(accumulators[p]);
        }

        return accumulators[0];
    }

    private AgingReport Report(DateOnly asOf, Currency currency, IReadOnlyList<string> customerKeys, AgingAccumulator accumulator, string?[]? oldestItems)
    {
        var buckets = Scheme.BucketCount;
        var present = 0;
        for (var c = 0; c < accumulator.Customers; c++)
        {
            if (accumulator.OldestDay(c) != int.MaxValue)
            {
                present++;
            }
        }

        // Lines are sorted by key (ordinal). Sorting the customer indices by key once and building each line straight
        // from the accumulator avoids a dictionary and per-line temporaries; keys shared by several indices are rare
        // and take the general (merging) path.
        var order = new int[present];
        var keys = new string[present];
        var sorted = true;
        for (int c = 0, j = 0; c < accumulator.Customers; c++)
        {
            if (accumulator.OldestDay(c) != int.MaxValue)
            {
                order[j] = c;
                keys[j] = customerKeys[c];
                sorted &= j == 0 || string.CompareOrdinal(keys[j - 1], keys[j]) < 0;
                j++;
            }
        }

        if (!sorted)
        {
            Array.Sort(keys, order, StringComparer.Ordinal);
            for (var j = 1; j < present; j++)
            {
                if (string.Equals(keys[j - 1], keys[j], StringComparison.Ordinal))
                {
                    return ReportMergingKeys(asOf, currency, keys, order, accumulator, oldestItems);
                }
            }
        }

        // The section is compact: bucket totals now, lines built from the accumulator only when read (issue 12: with 100k
        // customers, building every line dominated the call).
        Span<decimal> totals = stackalloc decimal[buckets];
        Span<long> counts = stackalloc long[buckets];
        accumulator.Totals(totals, counts);
        var section = new AgingSection(currency, buckets, keys, totals, counts, j =>
        {
            var c = order[j];
            var amounts = new Money[buckets];
            var itemCounts = new long[buckets];
            for (var b = 0; b < buckets; b++)
            {
                amounts[b] = new Money(accumulator.Amount(c, b), currency);
                itemCounts[b] = accumulator.Count(c, b);
            }

            var oldest = accumulator.OldestDay(c);
            return new AgingLine(keys[j], ImmutableCollectionsMarshal.AsImmutableArray(amounts), ImmutableCollectionsMarshal.AsImmutableArray(itemCounts), DateOnly.FromDayNumber(oldest), asOf.DayNumber - oldest, oldestItems?[c]);
        });
        return new AgingReport(asOf, Scheme, [section]);
    }

    private AgingReport ReportMergingKeys(DateOnly asOf, Currency currency, string[] keys, int[] order, AgingAccumulator accumulator, string?[]? oldestItems)
    {
        var buckets = Scheme.BucketCount;
        var builder = new AgingSectionBuilder(currency, buckets, asOf);
        Span<decimal> amounts = stackalloc decimal[buckets];
        Span<long> counts = stackalloc long[buckets];
        for (var j = 0; j < order.Length; j++)
        {
            var c = order[j];
            for (var b = 0; b < buckets; b++)
            {
                amounts[b] = accumulator.Amount(c, b);
                counts[b] = accumulator.Count(c, b);
            }

            builder.Add(keys[j], amounts, counts, DateOnly.FromDayNumber(accumulator.OldestDay(c)), oldestItems?[c]);
        }

        return new AgingReport(asOf, Scheme, [builder.Build()]);
    }

    private static void CheckColumns(Currency currency, IReadOnlyList<string> customerKeys, int customerLength, int daysLength, int amountsLength, string amountsName, string daysName = "basisDays")
    {
        Guard.NotNull(customerKeys);
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        for (var i = 0; i < customerKeys.Count; i++)
        {
            if (customerKeys[i] is null)
            {
                throw new ArgumentNullException(nameof(customerKeys), string.Create(CultureInfo.InvariantCulture, $"{nameof(customerKeys)}[{i}] is null."));
            }
        }

        if (daysLength != customerLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{daysName} has {daysLength} elements but customerIndex has {customerLength}; the columns must have the same length."), daysName);
        }

        if (amountsLength != customerLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{amountsName} has {amountsLength} elements but customerIndex has {customerLength}; the columns must have the same length."), amountsName);
        }
    }

    private static ArgumentException NullKey(string name, int position) => new(string.Create(CultureInfo.InvariantCulture, $"{name} returned null for item {position}."), name);
}

using Receivables.Internal;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Receivables.Aging;

/// <summary>
/// The hot loop of the aging engine: per cell (customer × bucket) a <c>long</c> sum of minor units, a count, the
/// earliest basis day, and a
/// <c>decimal</c> side sum used only for amounts that are not exact in minor units or would overflow the long.
/// </summary>
/// <remarks>Not thread-safe: one accumulator per worker, merged at the end (integer addition is order-independent).</remarks>
internal sealed class AgingAccumulator
{
    private const int FastThresholds = 8;

    /// <summary>The fewest cells for which the hot loop prefetches cells ahead (decision 210): 2^16 cells are 1 MiB, a
    /// core's L2 on the machine measured; 10,923 customers of six buckets. Below it the cells mostly stay in the caches
    /// and the loop is the one measured before (10k customers of six buckets keep it).</summary>
    internal const int DefaultPrefetchMinCells = 1 << 16;

    /// <summary>How many items ahead the prefetching loop finds and prefetches cells (a multiple of four).</summary>
    private const int PrefetchAhead = 32;

    /// <summary>The ring of cell indices found ahead: a power of two of at least <see cref="PrefetchAhead"/> + 4.</summary>
    private const int PrefetchRing = 64;

    private static readonly long[] Pow10 = BuildPow10();

    private readonly int _buckets;
    private readonly int _customers;
    private readonly int _minorUnits;
    private readonly decimal _minorUnit;
    private readonly Cell[] _cells;
    private readonly int _prefetchMinCells;
    private decimal[]? _extra;
    private Dictionary<int, int>? _classified;
    private bool _empty = true;

    /// <summary>Builds an empty accumulator.</summary>
    /// <param name="customers">The customer count.</param>
    /// <param name="buckets">The bucket count.</param>
    /// <param name="currency">The currency (for its minor units).</param>
    /// <param name="prefetchMinCells">The fewest cells for which the minor-unit loop prefetches cells ahead; the
    /// default <see cref="DefaultPrefetchMinCells"/> (tests lower it to reach the path with small inputs).</param>
    public AgingAccumulator(int customers, int buckets, Currency currency, int prefetchMinCells = DefaultPrefetchMinCells)
    {
        _prefetchMinCells = prefetchMinCells;
        _customers = customers;
        _buckets = buckets;
        _minorUnits = currency.MinorUnits;
        _minorUnit = currency.MinorUnit;
        _cells = new Cell[checked(customers * buckets)];
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i].MinDay = int.MaxValue;
        }
    }

    public int Customers => _customers;

    public int Buckets => _buckets;

    public bool UsedFallback => _extra is not null;

    /// <summary>Gets whether the cells are many enough for the minor-unit loop to prefetch them ahead (and the hardware
    /// has the prefetch instruction).</summary>
    public bool Prefetches => _cells.Length >= _prefetchMinCells && Sse.IsSupported && Vector128.IsHardwareAccelerated;

    /// <summary>Adds items whose amounts are already integers in minor units.</summary>
    /// <remarks>
    /// On a fresh accumulator with up to eight bucket bounds, one tight loop adds without per-item overflow checks and
    /// only notes whether some amount's magnitude exceeds <see cref="long.MaxValue"/> / count (9.2 × 10^11 minor
    /// units for ten million items): if none does, no cell can have overflowed and the result is exact. Otherwise the
    /// cells are cleared and the items are added again on the checked path, which falls back to <c>decimal</c> per cell.
    /// </remarks>
    public void Add(AgingScheme scheme, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<long> minorAmounts, int offset)
    {
        if (_empty && scheme.IsDayBounds && scheme.Thresholds.Length <= FastThresholds && customerIndex.Length > 0)
        {
            if (AddFast(scheme.Thresholds, asOfDay, customerIndex, basisDays, minorAmounts, offset, Prefetches))
            {
                _empty = false;
                return;
            }

            Reset();
        }

        AddChecked(scheme, asOfDay, customerIndex, basisDays, minorAmounts, offset);
    }

    /// <summary>Adds items with decimal amounts: exact ones as minor units, the rest into the decimal side sum.</summary>
    public void Add(AgingScheme scheme, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<decimal> amounts, int offset)
    {
        _empty = false;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < customerIndex.Length; i++)
        {
            var amount = amounts[i];
            if (amount < 0m)
            {
                throw Negative(amount, i + offset, nameof(amounts));
            }

            ref var cell = ref Locate(scheme, asOfDay, customerIndex[i], basisDays[i], i + offset, out var index);
            if (TryToMinor(amount, bits, out var minor))
            {
                AddMinor(ref cell, index, minor);
            }
            else
            {
                AddExtra(index, amount);
            }
        }
    }

    /// <summary>Adds another accumulator of the same shape (customers, buckets, currency) into this one.</summary>
    public void AddFrom(AgingAccumulator other)
    {
        _empty = false;
        for (var index = 0; index < _cells.Length; index++)
        {
            ref var cell = ref _cells[index];
            var theirs = other._cells[index];
            AddMinor(ref cell, index, theirs.Sum);
            cell.Count += theirs.Count;
            cell.MinDay = Math.Min(cell.MinDay, theirs.MinDay);
            if (other._extra is not null && other._extra[index] != 0m)
            {
                AddExtra(index, other._extra[index]);
            }
        }
    }

    public decimal Amount(int customer, int bucket)
    {
        var index = (customer * _buckets) + bucket;
        var sum = _cells[index].Sum;

        // sum minor units = |sum| × 10^-minorUnits exactly: build the decimal from its mantissa and scale (no multiply).
        var magnitude = sum < 0 ? unchecked(0UL - (ulong)sum) : (ulong)sum;
        var amount = new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, sum < 0, (byte)_minorUnits);
        return _extra is null ? amount : amount + _extra[index];
    }

    public int Count(int customer, int bucket) => _cells[(customer * _buckets) + bucket].Count;

    /// <summary>The exact total amount and item count per bucket over every customer, without building any line.</summary>
    /// <remarks>The long sums are added as <see cref="Int128"/> (at most 2^31 cells of at most 2^63 each cannot overflow it)
    /// and converted once; a sum beyond <c>decimal</c>'s range throws <see cref="OverflowException"/>, as adding the lines
    /// would.</remarks>
    public void Totals(Span<decimal> amounts, Span<long> counts)
    {
        Span<Int128> sums = stackalloc Int128[_buckets];
        sums.Clear();
        counts.Clear();
        for (var index = 0; index < _cells.Length;)
        {
            for (var b = 0; b < _buckets; b++, index++)
            {
                sums[b] += _cells[index].Sum;
                counts[b] += _cells[index].Count;
            }
        }

        for (var b = 0; b < _buckets; b++)
        {
            amounts[b] = (decimal)sums[b] * _minorUnit;
        }

        if (_extra is not null)
        {
            for (var index = 0; index < _extra.Length; index++)
            {
                amounts[index % _buckets] += _extra[index];
            }
        }
    }

    /// <summary>The earliest basis day of the customer's items, or <see cref="int.MaxValue"/> when it has none.</summary>
    public int OldestDay(int customer)
    {
        var oldest = int.MaxValue;
        var first = customer * _buckets;
        for (var b = 0; b < _buckets; b++)
        {
            oldest = Math.Min(oldest, _cells[first + b].MinDay);
        }

        return oldest;
    }

    /// <summary>The bucket of an item of another classifier: asked once per distinct basis day, then looked up.</summary>
    private int Classify(AgingScheme scheme, int asOfDay, int day)
    {
        _classified ??= [];
        if (!_classified.TryGetValue(day, out var bucket))
        {
            bucket = scheme.Classify(DateOnly.FromDayNumber(asOfDay), DateOnly.FromDayNumber(day));
            _classified.Add(day, bucket);
        }

        return bucket;
    }

    /// <summary>The bucket of an age: how many bucket upper bounds it exceeds (bounds ascend, so this is the index).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int BucketOf(AgingScheme scheme, long age)
    {
        ReadOnlySpan<long> thresholds = scheme.Thresholds;
        if (thresholds.Length > AgingScheme.CompareLimit)
        {
            return scheme.Table[(int)Math.Clamp(age, scheme.MinTableAge, scheme.MaxTableAge) - scheme.MinTableAge];
        }

        var bucket = 0;
        for (var k = 0; k < thresholds.Length; k++)
        {
            bucket += age > thresholds[k] ? 1 : 0;
        }

        return bucket;
    }

    /// <summary>
    /// The hot loop. Four items at a time, one vector step finds their cells: an age exceeds bound t exactly when the basis
    /// day is before as-of − t, so the bucket is the number of (up to eight) such day bounds the day is below, counted
    /// with vector compares; the four customer indices are range-checked with one compare. Then each item updates its
    /// 16-byte cell (sum, count, earliest day). Instead of testing every addition for overflow the loop notes whether any
    /// amount's magnitude exceeds <see cref="long.MaxValue"/> / count: if none does, no cell sum can have overflowed and
    /// the result is exact. The scalar loop takes the last items, a chunk with a bad customer index (so the error names
    /// its position), and machines without vector hardware. With <paramref name="prefetch"/> (many cells, decision 210)
    /// the vector step runs <see cref="PrefetchAhead"/> items ahead of the updates and prefetches the cells it finds.
    /// </summary>
    /// <returns>False when an amount was negative or too large for that guarantee; the caller then redoes the work checked
    /// (which refuses the first negative amount by position).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop entered a few times: optimise it at once, not after tiering
    private bool AddFast(long[] thresholds, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<long> minorAmounts, int offset, bool prefetch)
    {
        var count = customerIndex.Length;
        if (basisDays.Length != count || minorAmounts.Length != count)
        {
            throw new ArgumentException("The columns differ in length.", nameof(customerIndex));
        }

        Span<long> bounds = stackalloc long[FastThresholds];
        bounds.Fill(long.MaxValue);
        thresholds.CopyTo(bounds);

        // Day bounds: age > t ⇔ day < asOfDay − t. A missing bound is int.MinValue, which no day is below. Bounds are at
        // most AgingScheme.MaxBound days either side of zero, so asOfDay − t is an int (a checked conversion).
        Span<int> dayBounds = stackalloc int[FastThresholds];
        dayBounds.Fill(int.MinValue);
        for (var k = 0; k < thresholds.Length; k++)
        {
            dayBounds[k] = checked((int)(asOfDay - thresholds[k]));
        }

        // 0 <= amount <= limit for every item  ⇔  (ulong)amount <= limit: a negative amount reads as a huge unsigned one,
        // so one unsigned maximum checks both the sign (credits are refused) and the overflow bound.
        var limit = (ulong)(long.MaxValue / count);
        var worst = 0UL;

        // The three columns have the same length (checked above); customer indices are checked before use and the bucket
        // is below the bucket count, so the unchecked element references stay inside the arrays.
        ref var cells = ref MemoryMarshal.GetArrayDataReference(_cells);
        ref var customerAt = ref MemoryMarshal.GetReference(customerIndex);
        ref var dayAt = ref MemoryMarshal.GetReference(basisDays);
        ref var amountAt = ref MemoryMarshal.GetReference(minorAmounts);
        var buckets = _buckets;
        var customers = (uint)_customers;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var (d0, d1, d2, d3) = (Vector128.Create(dayBounds[0]), Vector128.Create(dayBounds[1]), Vector128.Create(dayBounds[2]), Vector128.Create(dayBounds[3]));
            var (d4, d5, d6, d7) = (Vector128.Create(dayBounds[4]), Vector128.Create(dayBounds[5]), Vector128.Create(dayBounds[6]), Vector128.Create(dayBounds[7]));
            var customerLimit = Vector128.Create(customers);
            var bucketCount = Vector128.Create(buckets);
            var worstSoFar = Vector128<ulong>.Zero;
            Span<int> cellOf = stackalloc int[prefetch ? PrefetchRing : Vector128<int>.Count];
            ref var cellAt = ref MemoryMarshal.GetReference(cellOf);
            unchecked // positions stay below count, which is an int
            {
                // Many cells (decision 210): with 100k customers in random order each item's cell is a cache miss, and
                // the out-of-order core overlaps only as many misses as its reorder buffer holds items. So the same vector
                // step runs PrefetchAhead items ahead of the updates: it finds four cells, keeps their indices in a ring
                // and prefetches them (a prefetch retires at once and never faults), and the updates read the indices
                // back when their cells have arrived. A chunk with a bad customer index stops the look-ahead; the items
                // already found are added and the scalar loop takes the rest (so the error names the position).
                var found = 0;
                var looking = prefetch && count >= Vector128<int>.Count;
                while (prefetch)
                {
                    if (looking)
                    {
                        var customer = Vector128.LoadUnsafe(ref customerAt, (nuint)found);
                        if (Vector128.GreaterThanOrEqualAny(customer.AsUInt32(), customerLimit))
                        {
                            looking = false;
                        }
                        else
                        {
                            var day = Vector128.LoadUnsafe(ref dayAt, (nuint)found);
                            var below = Vector128.LessThan(day, d0) + Vector128.LessThan(day, d1) + Vector128.LessThan(day, d2) + Vector128.LessThan(day, d3)
                                + Vector128.LessThan(day, d4) + Vector128.LessThan(day, d5) + Vector128.LessThan(day, d6) + Vector128.LessThan(day, d7);
                            var cell = (customer * bucketCount) - below; // each true compare is −1
                            cell.StoreUnsafe(ref cellAt, (nuint)(found & (PrefetchRing - 1)));
                            worstSoFar = Vector128.Max(worstSoFar, Vector128.LoadUnsafe(ref amountAt, (nuint)found).AsUInt64());
                            worstSoFar = Vector128.Max(worstSoFar, Vector128.LoadUnsafe(ref amountAt, (nuint)(found + 2)).AsUInt64());
                            CacheHint.Prefetch(ref Unsafe.Add(ref cells, cell.GetElement(0)));
                            CacheHint.Prefetch(ref Unsafe.Add(ref cells, cell.GetElement(1)));
                            CacheHint.Prefetch(ref Unsafe.Add(ref cells, cell.GetElement(2)));
                            CacheHint.Prefetch(ref Unsafe.Add(ref cells, cell.GetElement(3)));
                            found += Vector128<int>.Count;
                            looking = found <= count - Vector128<int>.Count;
                            if (looking && found - i <= PrefetchAhead)
                            {
                                continue; // still filling the look-ahead
                            }
                        }
                    }

                    if (i >= found)
                    {
                        break;
                    }

                    for (var j = 0; j < Vector128<int>.Count; j++)
                    {
                        ref var cell = ref Unsafe.Add(ref cells, Unsafe.Add(ref cellAt, (i + j) & (PrefetchRing - 1)));
                        cell.Sum += Unsafe.Add(ref amountAt, i + j);
                        cell.Count++;
                        var basisDay = Unsafe.Add(ref dayAt, i + j);
                        if (basisDay < cell.MinDay)
                        {
                            cell.MinDay = basisDay;
                        }
                    }

                    i += Vector128<int>.Count;
                }

                for (; !prefetch && i <= count - Vector128<int>.Count; i += Vector128<int>.Count)
                {
                    var customer = Vector128.LoadUnsafe(ref customerAt, (nuint)i);
                    if (Vector128.GreaterThanOrEqualAny(customer.AsUInt32(), customerLimit))
                    {
                        break;
                    }

                    var day = Vector128.LoadUnsafe(ref dayAt, (nuint)i);
                    var below = Vector128.LessThan(day, d0) + Vector128.LessThan(day, d1) + Vector128.LessThan(day, d2) + Vector128.LessThan(day, d3)
                        + Vector128.LessThan(day, d4) + Vector128.LessThan(day, d5) + Vector128.LessThan(day, d6) + Vector128.LessThan(day, d7);
                    ((customer * bucketCount) - below).StoreUnsafe(ref cellAt); // each true compare is −1
                    worstSoFar = Vector128.Max(worstSoFar, Vector128.LoadUnsafe(ref amountAt, (nuint)i).AsUInt64());
                    worstSoFar = Vector128.Max(worstSoFar, Vector128.LoadUnsafe(ref amountAt, (nuint)(i + 2)).AsUInt64());
                    for (var j = 0; j < Vector128<int>.Count; j++)
                    {
                        ref var cell = ref Unsafe.Add(ref cells, Unsafe.Add(ref cellAt, j));
                        cell.Sum += Unsafe.Add(ref amountAt, i + j);
                        cell.Count++;
                        var basisDay = Unsafe.Add(ref dayAt, i + j);
                        if (basisDay < cell.MinDay)
                        {
                            cell.MinDay = basisDay;
                        }
                    }
                }
            }

            worst = Math.Max(worstSoFar.GetElement(0), worstSoFar.GetElement(1));
        }

        var (t0, t1, t2, t3, t4, t5, t6, t7) = (bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5], bounds[6], bounds[7]);
        for (; i < count; i++)
        {
            var c = Unsafe.Add(ref customerAt, i);
            if (unchecked((uint)c) >= customers)
            {
                // An earlier (or this) amount may be negative: let the checked redo report the first bad position.
                if (Math.Max(worst, unchecked((ulong)Unsafe.Add(ref amountAt, i))) > limit)
                {
                    return false;
                }

                throw OutOfRange(c, i + offset, nameof(customerIndex));
            }

            var day = Unsafe.Add(ref dayAt, i);
            var age = (long)asOfDay - day;
            var bucket = (age > t0 ? 1 : 0) + (age > t1 ? 1 : 0) + (age > t2 ? 1 : 0) + (age > t3 ? 1 : 0)
                + (age > t4 ? 1 : 0) + (age > t5 ? 1 : 0) + (age > t6 ? 1 : 0) + (age > t7 ? 1 : 0);
            ref var cell = ref Unsafe.Add(ref cells, unchecked((c * buckets) + bucket));
            var amount = Unsafe.Add(ref amountAt, i);
            worst = Math.Max(worst, unchecked((ulong)amount));
            cell.Sum = unchecked(cell.Sum + amount);
            cell.Count = unchecked(cell.Count + 1);
            cell.MinDay = Math.Min(cell.MinDay, day);
        }

        return worst <= limit;
    }

    private void AddChecked(AgingScheme scheme, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<long> minorAmounts, int offset)
    {
        _empty = false;
        for (var i = 0; i < customerIndex.Length; i++)
        {
            var amount = minorAmounts[i];
            if (amount < 0)
            {
                throw Negative(amount, i + offset, nameof(minorAmounts));
            }

            ref var cell = ref Locate(scheme, asOfDay, customerIndex[i], basisDays[i], i + offset, out var index);
            AddMinor(ref cell, index, amount);
        }
    }

    /// <summary>
    /// The checked paths' step for one item: checks the customer index, finds the cell of its bucket, and counts the
    /// item there (count and earliest day). The caller adds the amount.
    /// </summary>
    private ref Cell Locate(AgingScheme scheme, int asOfDay, int customer, int day, int position, out int index)
    {
        if (unchecked((uint)customer) >= (uint)_customers)
        {
            throw OutOfRange(customer, position, "customerIndex");
        }

        var bucket = scheme.IsDayBounds ? BucketOf(scheme, (long)asOfDay - day) : Classify(scheme, asOfDay, day);
        index = unchecked((customer * _buckets) + bucket);
        ref var cell = ref _cells[index];
        cell.Count = unchecked(cell.Count + 1);
        cell.MinDay = Math.Min(cell.MinDay, day);
        return ref cell;
    }

    /// <summary>Adds minor units to a cell's long sum, or to its decimal side sum when the long would overflow.</summary>
    private void AddMinor(ref Cell cell, int index, long amount)
    {
        var sum = cell.Sum;
        var total = unchecked(sum + amount);
        if (((sum ^ total) & (amount ^ total)) < 0)
        {
            AddExtra(index, amount * _minorUnit);
        }
        else
        {
            cell.Sum = total;
        }
    }

    private void Reset()
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = new Cell { MinDay = int.MaxValue };
        }

        _extra = null;
    }

    private void AddExtra(int index, decimal amount)
    {
        _extra ??= new decimal[_cells.Length];
        _extra[index] += amount;
    }

    /// <summary>Converts an amount to an integer number of minor units when that is exact and fits a long.</summary>
    private bool TryToMinor(decimal amount, Span<int> bits, out long minor)
    {
        minor = 0;
        var scale = amount.Scale;
        if (scale > _minorUnits)
        {
            return false;
        }

        decimal.GetBits(amount, bits);
        if (bits[2] != 0)
        {
            return false;
        }

        var mantissa = unchecked((ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        var factor = Pow10[_minorUnits - scale];
        if (mantissa > (ulong)(long.MaxValue / factor))
        {
            return false;
        }

        minor = (long)mantissa * factor;
        if (bits[3] < 0)
        {
            minor = -minor;
        }

        return true;
    }

    private static ArgumentOutOfRangeException OutOfRange(int customer, int position, string paramName)
        => Guard.OutOfRange(paramName, customer, string.Create(CultureInfo.InvariantCulture, $"{paramName}[{position}] = {customer} is outside the customer key table (0 to count − 1)."));

    private static ArgumentOutOfRangeException Negative(object amount, int position, string paramName)
        => Guard.OutOfRange(paramName, amount, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paramName}[{position}] = {amount} is negative; aging takes open debits only (net credits into the debits they settle first, as the ledger does)."));

    private static long[] BuildPow10()
    {
        var result = new long[Currency.MaxMinorUnits + 1];
        result[0] = 1;
        for (var i = 1; i < result.Length; i++)
        {
            result[i] = result[i - 1] * 10;
        }

        return result;
    }

    /// <summary>One customer × bucket: the sum in minor units, the item count and the earliest basis day.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Cell
    {
        public long Sum;
        public int Count;
        public int MinDay;
    }
}

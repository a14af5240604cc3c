namespace Receivables.Aging;

/// <summary>
/// The hot loop of the aging engine: per cell (customer × bucket) a <c>long</c> sum of minor units, a count, and a
/// <c>decimal</c> side sum used only for amounts that are not exact in minor units or would overflow the long.
/// </summary>
/// <remarks>Not thread-safe: one accumulator per worker, merged at the end (integer addition is order-independent).</remarks>
internal sealed class AgingAccumulator
{
    private static readonly long[] Pow10 = BuildPow10();

    private readonly int _buckets;
    private readonly int _customers;
    private readonly int _minorUnits;
    private readonly decimal _minorUnit;
    private readonly long[] _sums;
    private readonly int[] _counts;
    private readonly int[] _oldest;
    private decimal[]? _extra;

    public AgingAccumulator(int customers, int buckets, Currency currency)
    {
        _customers = customers;
        _buckets = buckets;
        _minorUnits = currency.MinorUnits;
        _minorUnit = currency.MinorUnit;
        _sums = new long[checked(customers * buckets)];
        _counts = new int[_sums.Length];
        _oldest = new int[customers];
        Array.Fill(_oldest, int.MaxValue);
    }

    public int Customers => _customers;

    public int Buckets => _buckets;

    public bool UsedFallback => _extra is not null;

    /// <summary>Adds items whose amounts are already integers in minor units.</summary>
    public void Add(AgingScheme scheme, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<long> minorAmounts, int offset)
    {
        var table = scheme.Table;
        var lo = scheme.MinTableAge;
        var hi = scheme.MaxTableAge;
        ReadOnlySpan<long> thresholds = scheme.Thresholds;
        var compare = thresholds.Length <= AgingScheme.CompareLimit;
        var sums = _sums;
        var counts = _counts;
        var oldest = _oldest;
        var buckets = _buckets;
        var customers = (uint)_customers;
        for (var i = 0; i < customerIndex.Length; i++)
        {
            var c = customerIndex[i];
            if (unchecked((uint)c) >= customers)
            {
                throw OutOfRange(c, i + offset, nameof(customerIndex));
            }

            var day = basisDays[i];

            // Cannot overflow: c < customers and customers × buckets was checked when the arrays were made; the age is
            // computed in long. Few buckets: count the bounds the age exceeds (no dependent load); many: lookup table.
            var age = (long)asOfDay - day;
            var cell = unchecked((c * buckets) + (compare ? Bucket(age, thresholds) : table[(int)Math.Clamp(age, lo, hi) - lo]));
            var amount = minorAmounts[i];
            var sum = sums[cell];
            var total = unchecked(sum + amount);
            if (((sum ^ total) & (amount ^ total)) < 0)
            {
                AddExtra(cell, amount * _minorUnit);
            }
            else
            {
                sums[cell] = total;
            }

            counts[cell] = unchecked(counts[cell] + 1);
            if (day < oldest[c])
            {
                oldest[c] = day;
            }
        }
    }

    /// <summary>Adds items with decimal amounts: exact ones as minor units, the rest into the decimal side sum.</summary>
    public void Add(AgingScheme scheme, int asOfDay, ReadOnlySpan<int> customerIndex, ReadOnlySpan<int> basisDays, ReadOnlySpan<decimal> amounts, int offset)
    {
        var table = scheme.Table;
        var lo = scheme.MinTableAge;
        var hi = scheme.MaxTableAge;
        var customers = (uint)_customers;
        ReadOnlySpan<long> thresholds = scheme.Thresholds;
        var compare = thresholds.Length <= AgingScheme.CompareLimit;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < customerIndex.Length; i++)
        {
            var c = customerIndex[i];
            if (unchecked((uint)c) >= customers)
            {
                throw OutOfRange(c, i + offset, nameof(customerIndex));
            }

            var day = basisDays[i];
            var age = (long)asOfDay - day;
            var cell = unchecked((c * _buckets) + (compare ? Bucket(age, thresholds) : table[(int)Math.Clamp(age, lo, hi) - lo]));
            var amount = amounts[i];
            if (TryToMinor(amount, bits, out var minor))
            {
                var sum = _sums[cell];
                var total = unchecked(sum + minor);
                if (((sum ^ total) & (minor ^ total)) < 0)
                {
                    AddExtra(cell, amount);
                }
                else
                {
                    _sums[cell] = total;
                }
            }
            else
            {
                AddExtra(cell, amount);
            }

            _counts[cell]++;
            if (day < _oldest[c])
            {
                _oldest[c] = day;
            }
        }
    }

    /// <summary>Adds another accumulator of the same shape (customers, buckets, currency) into this one.</summary>
    public void AddFrom(AgingAccumulator other)
    {
        for (var cell = 0; cell < _sums.Length; cell++)
        {
            var amount = other._sums[cell];
            var sum = _sums[cell];
            var total = unchecked(sum + amount);
            if (((sum ^ total) & (amount ^ total)) < 0)
            {
                AddExtra(cell, amount * _minorUnit);
            }
            else
            {
                _sums[cell] = total;
            }

            _counts[cell] += other._counts[cell];
            if (other._extra is not null && other._extra[cell] != 0m)
            {
                AddExtra(cell, other._extra[cell]);
            }
        }

        for (var c = 0; c < _oldest.Length; c++)
        {
            _oldest[c] = Math.Min(_oldest[c], other._oldest[c]);
        }
    }

    public decimal Amount(int customer, int bucket)
    {
        var cell = (customer * _buckets) + bucket;
        var sum = _sums[cell];

        // sum minor units = |sum| × 10^-minorUnits exactly: build the decimal from its mantissa and scale (no multiply).
        var magnitude = sum < 0 ? unchecked(0UL - (ulong)sum) : (ulong)sum;
        var amount = new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, sum < 0, (byte)_minorUnits);
        return _extra is null ? amount : amount + _extra[cell];
    }

    public int Count(int customer, int bucket) => _counts[(customer * _buckets) + bucket];

    public int OldestDay(int customer) => _oldest[customer];

    /// <summary>The bucket of an age: how many bucket upper bounds it exceeds (bounds ascend, so this is the index).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Bucket(long age, ReadOnlySpan<long> thresholds)
    {
        var bucket = 0;
        for (var k = 0; k < thresholds.Length; k++)
        {
            bucket += age > thresholds[k] ? 1 : 0;
        }

        return bucket;
    }

    private void AddExtra(int cell, decimal amount)
    {
        _extra ??= new decimal[_sums.Length];
        _extra[cell] += amount;
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
        => new(paramName, customer, $"{paramName}[{position}] = {customer} is outside the customer key table (0 to count − 1).");

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
}

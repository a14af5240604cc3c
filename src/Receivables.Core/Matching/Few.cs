namespace Receivables.Matching;

/// <summary>
/// A small set of distinct values in ascending order, kept without an array while it holds one value: what the index
/// keeps per payer account and per customer name, nearly all of which name a single customer (decision 369: 100,000
/// one-element arrays fewer for 50,000 customers).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>The default value is the empty set. Immutable: <see cref="With"/> returns a new set.</remarks>
internal readonly struct Few<T>
    where T : IEquatable<T>, IComparable<T>
{
    private readonly T _one;
    // Two values or more, ascending; null while the set holds none or one.
    private readonly T[]? _several;
    private readonly bool _hasOne;

    private Few(T one)
    {
        _one = one;
        _hasOne = true;
    }

    private Few(T[] several)
    {
        _one = default!;
        _several = several;
    }

    /// <summary>The number of values.</summary>
    public int Length => _several?.Length ?? (_hasOne ? 1 : 0);

    /// <summary>The value at <paramref name="index"/>, in ascending order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the set.</exception>
    public T this[int index]
        => (uint)index >= (uint)Length ? throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the set.")
            : _several is not null ? _several[index]
            : _one;

    /// <summary>A set of one value.</summary>
    public static Few<T> Of(T value) => new(value);

    /// <summary>This set with <paramref name="value"/> added (the same set when it holds it already).</summary>
    public Few<T> With(T value)
    {
        var count = Length;
        for (var i = 0; i < count; i++)
        {
            if (this[i].Equals(value))
            {
                return this;
            }
        }

        if (count == 0)
        {
            return new(value);
        }

        var values = new T[count + 1];
        for (var i = 0; i < count; i++)
        {
            values[i] = this[i];
        }

        values[count] = value;
        Array.Sort(values);
        return new(values);
    }

    /// <summary>The values as a new array, ascending.</summary>
    public T[] ToArray()
    {
        var values = new T[Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = this[i];
        }

        return values;
    }
}

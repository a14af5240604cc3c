namespace Receivables.Matching;

/// <summary>
/// Normalised keys (payer accounts, customer names) and the values each names, looked up by span: the keys in one
/// text buffer under a <see cref="ReferenceKeys"/> table, the values in one array, instead of a string and a
/// dictionary entry per key that the index keeps for as long as it lives (decision 369).
/// </summary>
/// <typeparam name="T">The value type (a customer, or a customer with its number in the index).</typeparam>
/// <remarks>A key given several times names the distinct values given with it, ascending (<see cref="Few{T}"/>).
/// Immutable once built; thread-safe for reading.</remarks>
internal sealed class KeyTable<T>
    where T : IEquatable<T>, IComparable<T>
{
    private readonly ReferenceKeys _keys;
    // By position: a key's values at its first position (the one a lookup finds); later positions of the same key are
    // marked in _repeated and never read.
    private readonly Few<T>[] _values;
    private readonly bool[] _repeated;
    private readonly int _longest;

    private KeyTable(ReferenceKeys keys, Few<T>[] values, bool[] repeated, int count, int longest)
    {
        _keys = keys;
        _values = values;
        _repeated = repeated;
        Count = count;
        _longest = longest;
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count { get; }

    /// <summary>The values a key names; empty when the table does not hold it.</summary>
    public Few<T> this[ReadOnlySpan<char> key] => Count > 0 && _keys.First(key) is var position and >= 0 ? _values[position] : default;

    /// <summary>The number of keys added, repeated ones included: the positions 0 to <c>Positions − 1</c>.</summary>
    public int Positions => _values.Length;

    /// <summary>The longest key, in characters.</summary>
    public int LongestKey => _longest;

    /// <summary>Whether the key at a position was added before (its values are those of its first position).</summary>
    public bool IsRepeated(int position) => _repeated[position];

    /// <summary>The key at a position, written into <paramref name="scratch"/> (at least <see cref="LongestKey"/>
    /// characters) when the keys are kept as bytes.</summary>
    public ReadOnlySpan<char> Key(int position, Span<char> scratch) => _keys.Key(position, scratch);

    /// <summary>The values of the key at a position that is not repeated.</summary>
    public Few<T> Values(int position) => _values[position];

    /// <summary>Collects keys and values, then builds the table once.</summary>
    internal sealed class Builder(int expected)
    {
        private readonly KeyText _text = new(GC.AllocateUninitializedArray<byte>(Math.Max(16, 24 * expected)));
        private readonly List<int> _starts = new(expected + 1) { 0 };
        private readonly List<int> _hashes = new(expected);
        private readonly List<T> _values = new(expected);
        private int _longest;

        /// <summary>Adds a value under a key (an empty key adds nothing).</summary>
        public void Add(ReadOnlySpan<char> key, T value)
        {
            if (key.IsEmpty)
            {
                return;
            }

            _text.Append(key);
            _starts.Add(_text.Length);
            _hashes.Add(ReferenceKeys.Hash(key));
            _values.Add(value);
            _longest = Math.Max(_longest, key.Length);
        }

        /// <summary>Builds the table.</summary>
        public KeyTable<T> Build()
        {
            var count = _values.Count;
            var values = new Few<T>[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Few<T>.Of(_values[i]);
            }

            // Equal keys are reported later position first, each later one against every earlier one: the first
            // position gathers every value, the later ones are marked.
            var repeated = new bool[count];
            var given = _values;
            var keys = new ReferenceKeys(_text, count, [.. _starts], [.. _hashes], IndexArrays.Fresh, (later, earlier) =>
            {
                repeated[later] = true;
                values[earlier] = values[earlier].With(given[later]);
            });
            var distinct = 0;
            foreach (var isRepeated in repeated)
            {
                distinct += isRepeated ? 0 : 1;
            }

            return new KeyTable<T>(keys, values, repeated, distinct, _longest);
        }
    }
}

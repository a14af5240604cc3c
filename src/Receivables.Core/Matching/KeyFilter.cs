namespace Receivables.Matching;

/// <summary>
/// A one-hash bit filter over a set of normalised keys (16 bits per key, so about one miss in sixteen gets through):
/// answers most lookups of keys that are absent without hashing them a second time into a dictionary. The readers of
/// references and customer numbers look up several stretches of every line, nearly all of them absent.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _mask;

    /// <summary>Builds the filter of some keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="count">How many keys there are (sizes the filter).</param>
    public KeyFilter(IEnumerable<string> keys, int count)
        : this(count)
    {
        foreach (var key in keys)
        {
            Add(ReferenceKeys.Hash(key));
        }
    }

    /// <summary>Builds an empty filter sized for some keys (<see cref="ReferenceKeys"/> adds its keys' hashes).</summary>
    /// <param name="count">How many keys will be added.</param>
    public KeyFilter(int count)
    {
        var bits = (int)Math.Min(1L << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, count)) * 16L);
        _bits = new ulong[bits / 64];
        _mask = bits - 1;
    }

    /// <summary>Adds a key by its <see cref="ReferenceKeys.Hash"/> (only while the filter is being built).</summary>
    public void Add(int hash) => _bits[(hash & _mask) >> 6] |= 1UL << hash;

    /// <summary>False when the key is certainly absent; true when it may be present.</summary>
    public bool MayContain(ReadOnlySpan<char> key) => MayContain(ReferenceKeys.Hash(key));

    /// <summary>False when no key of this hash was added; true when one may have been.</summary>
    public bool MayContain(int hash) => (_bits[(hash & _mask) >> 6] & (1UL << hash)) != 0;
}

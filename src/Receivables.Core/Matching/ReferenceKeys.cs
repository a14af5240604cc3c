using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Receivables.Matching;

/// <summary>
/// The normalised document numbers of an index, all in one character buffer, with a hash table over them that is
/// looked up by span (no string per lookup) and a bit filter that answers most misses without touching the table
/// (the typo lookup probes hundreds of variants per reference, nearly all of them absent).
/// </summary>
/// <remarks>Equal keys (numbers that differ only by separators or case) are chained in ascending position order.
/// Immutable after construction and thread-safe.</remarks>
internal sealed class ReferenceKeys
{
    private readonly char[] _chars;
    private readonly int[] _start;
    private readonly int[] _hash;
    private readonly int[] _next;
    private readonly int[] _buckets;
    private readonly KeyFilter _filter;
    private readonly int _bucketMask;

    /// <summary>Builds the keys from their characters and their hashes.</summary>
    /// <param name="chars">The keys one after another.</param>
    /// <param name="start">Where each key starts; one more entry than keys, the last is the end.</param>
    /// <param name="hashes">The <see cref="Hash"/> of each key (computed by the caller while the key is at hand); kept.</param>
    /// <param name="sameKey">Called with two positions whose keys are equal (the later one first).</param>
    public ReferenceKeys(char[] chars, int[] start, int[] hashes, Action<int, int> sameKey)
    {
        _chars = chars;
        _start = start;
        var count = start.Length - 1;
        _hash = hashes;
        _next = new int[count];
        var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count));
        _buckets = new int[buckets];
        _bucketMask = buckets - 1;
        _filter = new KeyFilter(count);

        // Insert from the last position to the first at the head of each chain, so a chain lists equal keys in
        // ascending position order.
        for (var position = count - 1; position >= 0; position--)
        {
            var hash = hashes[position];
            ref var head = ref _buckets[hash & _bucketMask];
            for (var other = head - 1; other >= 0; other = _next[other] - 1)
            {
                if (hashes[other] == hash && Key(other).SequenceEqual(Key(position)))
                {
                    sameKey(other, position);
                }
            }

            _next[position] = head;
            head = position + 1;
            _filter.Add(hash);
        }
    }

    /// <summary>Gets the key at a position.</summary>
    public ReadOnlySpan<char> Key(int position) => _chars.AsSpan(_start[position], _start[position + 1] - _start[position]);

    /// <summary>The first position whose key equals <paramref name="key"/>, or −1.</summary>
    public int First(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        if (!_filter.MayContain(hash))
        {
            return -1;
        }

        return Scan(_buckets[hash & _bucketMask] - 1, hash, key);
    }

    /// <summary>The next position after <paramref name="position"/> whose key equals its key, or −1.</summary>
    public int Next(int position) => Scan(_next[position] - 1, _hash[position], Key(position));

    /// <summary>The positions whose key equals <paramref name="key"/>, ascending.</summary>
    public Matches All(ReadOnlySpan<char> key) => new(this, key);

    /// <summary>A fast, well-mixing hash of a key's characters (not randomised: the keys are the caller's own
    /// document numbers, and lookups never insert).</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        const ulong K1 = 0x9E3779B97F4A7C15UL;
        const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
        var bytes = MemoryMarshal.AsBytes(key);
        var h = unchecked((ulong)bytes.Length * K1);
        while (bytes.Length >= 8)
        {
            h = unchecked(BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * K2), 31) * K1);
            bytes = bytes[8..];
        }

        if (bytes.Length > 0)
        {
            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }

            h = unchecked(BitOperations.RotateLeft(h ^ (tail * K2), 31) * K1);
        }

        h ^= h >> 33;
        h = unchecked(h * K2);
        h ^= h >> 29;
        return unchecked((int)h ^ (int)(h >> 32));
    }

    private int Scan(int position, int hash, ReadOnlySpan<char> key)
    {
        for (; position >= 0; position = _next[position] - 1)
        {
            if (_hash[position] == hash && Key(position).SequenceEqual(key))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>The positions of one key, for <c>foreach</c>.</summary>
    public ref struct Matches
    {
        private readonly ReferenceKeys _keys;
        private readonly ReadOnlySpan<char> _key;
        private int _current;
        private bool _started;

        internal Matches(ReferenceKeys keys, ReadOnlySpan<char> key)
        {
            _keys = keys;
            _key = key;
            _current = -1;
            _started = false;
        }

        /// <summary>Gets the current position.</summary>
        public readonly int Current => _current;

        /// <summary>Gets the enumerator (this).</summary>
        public readonly Matches GetEnumerator() => this;

        /// <summary>Moves to the next position.</summary>
        public bool MoveNext()
        {
            _current = _started ? (_current < 0 ? -1 : _keys.Next(_current)) : _keys.First(_key);
            _started = true;
            return _current >= 0;
        }
    }
}

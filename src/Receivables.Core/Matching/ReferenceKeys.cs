using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Receivables.Matching;

/// <summary>
/// The normalised document numbers of an index, all in one character buffer, with a hash table over them that is
/// looked up by span (no string per lookup) and a bit filter that answers most misses without touching the table
/// (the typo lookup probes hundreds of variants per reference, nearly all of them absent).
/// </summary>
/// <remarks>Equal keys (numbers that differ only by separators or case) are chained in ascending position order.
/// The characters are kept one byte each while every key is ASCII (normalised document numbers nearly always are:
/// half the memory of the index's largest array), else two (<see cref="KeyText"/>). Immutable after construction and
/// thread-safe.</remarks>
internal sealed class ReferenceKeys
{
    private readonly byte[]? _narrow;
    private readonly char[]? _wide;
    private readonly int[] _start;
    private readonly int[] _hash;
    private readonly int[] _next;
    private readonly int[] _buckets;
    // One bit per position: set when a later position has the same key (rare: numbers that differ only by separators
    // or case), so that the end of a key's positions is known without walking the rest of its chain.
    private readonly ulong[] _hasLater;
    private readonly KeyFilter _filter;
    private readonly int _bucketMask;

    /// <summary>Builds the keys from their characters and their hashes.</summary>
    /// <param name="text">The keys one after another.</param>
    /// <param name="count">How many keys (the arrays may be longer).</param>
    /// <param name="start">Where each key starts; one more entry than keys, the last is the end.</param>
    /// <param name="hashes">The <see cref="Hash"/> of each key (computed by the caller while the key is at hand); kept.</param>
    /// <param name="arrays">Where the chains' arrays come from.</param>
    /// <param name="sameKey">Called with two positions whose keys are equal (the later one first).</param>
    public ReferenceKeys(KeyText text, int count, int[] start, int[] hashes, IndexArrays arrays, Action<int, int> sameKey)
    {
        (_narrow, _wide) = (text.Narrow, text.Wide);
        _start = start;
        _hash = hashes;
        _next = arrays.Take<int>(count, cleared: false);
        var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count));
        _buckets = arrays.Take<int>(buckets, cleared: true);
        _bucketMask = buckets - 1;
        _hasLater = new ulong[(count + 63) / 64];
        _filter = new KeyFilter(count);

        // Insert from the last position to the first at the head of each chain, so a chain lists equal keys in
        // ascending position order.
        for (var position = count - 1; position >= 0; position--)
        {
            var hash = hashes[position];
            ref var head = ref _buckets[hash & _bucketMask];
            for (var other = head - 1; other >= 0; other = _next[other] - 1)
            {
                if (hashes[other] == hash && SameKey(other, position))
                {
                    sameKey(other, position);
                    _hasLater[position >> 6] |= 1UL << position;
                }
            }

            _next[position] = head;
            head = position + 1;
            _filter.Add(hash);
        }
    }

    /// <summary>Gets the length of the key at a position.</summary>
    public int Length(int position) => _start[position + 1] - _start[position];

    /// <summary>Gets the key at a position, written into <paramref name="scratch"/> when the keys are kept as bytes
    /// (<paramref name="scratch"/> must hold the longest key).</summary>
    public ReadOnlySpan<char> Key(int position, Span<char> scratch)
    {
        var (start, length) = (_start[position], _start[position + 1] - _start[position]);
        if (_wide is not null)
        {
            return _wide.AsSpan(start, length);
        }

        Ascii.ToUtf16(_narrow.AsSpan(start, length), scratch, out var written);
        return scratch[..written];
    }

    /// <summary>The first two characters of the key at a position (read in place, nothing copied); the key is at
    /// least two characters long.</summary>
    public (char First, char Second) Start(int position)
    {
        var start = _start[position];
        return _wide is not null ? (_wide[start], _wide[start + 1]) : ((char)_narrow![start], (char)_narrow[start + 1]);
    }

    /// <summary>Whether the key at a position equals <paramref name="key"/>.</summary>
    public bool KeyEquals(int position, ReadOnlySpan<char> key)
    {
        var (start, length) = (_start[position], _start[position + 1] - _start[position]);
        if (length != key.Length)
        {
            return false;
        }

        // Stored bytes are ASCII: equal exactly when the text is the same ASCII (a text with another character is
        // no stored key).
        return _wide is not null ? _wide.AsSpan(start, length).SequenceEqual(key) : Ascii.Equals(_narrow.AsSpan(start, length), key);
    }

    private bool SameKey(int a, int b)
    {
        var (startA, lengthA) = (_start[a], _start[a + 1] - _start[a]);
        var (startB, lengthB) = (_start[b], _start[b + 1] - _start[b]);
        return _wide is not null
            ? _wide.AsSpan(startA, lengthA).SequenceEqual(_wide.AsSpan(startB, lengthB))
            : _narrow.AsSpan(startA, lengthA).SequenceEqual(_narrow.AsSpan(startB, lengthB));
    }

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
    public int Next(int position)
    {
        if ((_hasLater[position >> 6] & (1UL << position)) == 0)
        {
            return -1;
        }

        var hash = _hash[position];
        for (var other = _next[position] - 1; other >= 0; other = _next[other] - 1)
        {
            if (_hash[other] == hash && SameKey(other, position))
            {
                return other;
            }
        }

        return -1;
    }

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
            if (_hash[position] == hash && KeyEquals(position, key))
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

/// <summary>The characters of the keys while they are written, one after another: one byte each as long as all are
/// ASCII, switching to two bytes (once, copying what was written) at the first key that is not. Starts in the given
/// buffer (its whole length is capacity; exact when the caller knows the total, longer when it comes from a pool; its
/// contents are overwritten) and grows when a key does not fit.</summary>
internal sealed class KeyText(byte[] buffer)
{
    private int _length;

    /// <summary>The keys as ASCII bytes, or null once a key was not ASCII.</summary>
    public byte[]? Narrow { get; private set; } = buffer;

    /// <summary>The keys as characters, once a key was not ASCII; else null.</summary>
    public char[]? Wide { get; private set; }

    /// <summary>Gets the number of characters written.</summary>
    public int Length => _length;

    /// <summary>Appends a key; the buffer grows (doubling) when the capacity does not hold it.</summary>
    public void Append(ReadOnlySpan<char> key)
    {
        var capacity = Narrow?.Length ?? Wide!.Length;
        if (_length + key.Length > capacity)
        {
            var size = Math.Max(_length + key.Length, 2 * capacity);
            if (Narrow is { } small)
            {
                var grown = GC.AllocateUninitializedArray<byte>(size);
                small.AsSpan(0, _length).CopyTo(grown);
                Narrow = grown;
            }
            else
            {
                var grown = GC.AllocateUninitializedArray<char>(size);
                Wide.AsSpan(0, _length).CopyTo(grown);
                Wide = grown;
            }
        }

        if (Narrow is { } narrow)
        {
            if (Ascii.FromUtf16(key, narrow.AsSpan(_length), out var written) == OperationStatus.Done)
            {
                _length += written;
                return;
            }

            var wide = GC.AllocateUninitializedArray<char>(narrow.Length);
            Ascii.ToUtf16(narrow.AsSpan(0, _length), wide, out _);
            (Narrow, Wide) = (null, wide);
        }

        key.CopyTo(Wide.AsSpan(_length));
        _length += key.Length;
    }
}

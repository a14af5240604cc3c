namespace Receivables.Matching;

/// <summary>
/// Which characters the normalised keys of each length have at each position. A text with a character that no key of
/// its length has at that position cannot be a key: a lookup skips it without hashing, and the typo search skips the
/// variants that cannot be one. The items found, and the order they are found in, are the same as probing every
/// variant; only the probes that could find nothing are left out.
/// </summary>
/// <remarks>Lengths up to <see cref="Tracked"/> are recorded; a longer text is never ruled out. Characters beyond ASCII
/// are not told apart: a position where some key has one allows every such character. The same pass records every
/// character the keys use, whatever their length (<see cref="Alphabet"/>). Built once by the index, then read only:
/// thread-safe for reading.</remarks>
internal sealed class KeyPositions
{
    /// <summary>The longest key length recorded (normalised document numbers are far shorter).</summary>
    public const int Tracked = 64;

    // Length n's positions start at n(n-1)/2: 2,080 entries for lengths 1 to 64.
    private const int Entries = Tracked * (Tracked + 1) / 2;

    private readonly ulong[] _low = new ulong[Entries];
    private readonly ulong[] _high = new ulong[Entries];
    private readonly bool[] _wide = new bool[Entries];

    // Every character of every key: ASCII in two masks, the rest (rare) in a table made on first sight.
    private ulong _usedLow;
    private ulong _usedHigh;
    private bool[]? _usedWide;

    /// <summary>Records a key's characters at their positions, and among the characters used.</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        var tracked = length <= Tracked;
        // The positions of this length, as spans (no bounds check per character); empty when the length is not tracked.
        var at = tracked ? length * (length - 1) / 2 : 0;
        var low = tracked ? _low.AsSpan(at, length) : default;
        var high = tracked ? _high.AsSpan(at, length) : default;
        // The characters used are gathered in locals and written once (a field written per character is a store each).
        var usedLow = 0UL;
        var usedHigh = 0UL;
        for (var i = 0; i < length; i++)
        {
            var c = key[i];
            if (c < 64)
            {
                var bit = 1UL << c;
                usedLow |= bit;
                if (tracked)
                {
                    low[i] |= bit;
                }
            }
            else if (c < 128)
            {
                var bit = 1UL << (c - 64);
                usedHigh |= bit;
                if (tracked)
                {
                    high[i] |= bit;
                }
            }
            else
            {
                (_usedWide ??= new bool[char.MaxValue + 1])[c] = true;
                if (tracked)
                {
                    _wide[at + i] = true;
                }
            }
        }

        _usedLow |= usedLow;
        _usedHigh |= usedHigh;
    }

    /// <summary>The characters the keys use, ascending.</summary>
    public char[] Alphabet()
    {
        var letters = new List<char>();
        for (var c = 0; c < 128; c++)
        {
            if (((c < 64 ? _usedLow >> c : _usedHigh >> (c - 64)) & 1UL) != 0)
            {
                letters.Add((char)c);
            }
        }

        for (var c = 128; _usedWide is not null && c < _usedWide.Length; c++)
        {
            if (_usedWide[c])
            {
                letters.Add((char)c);
            }
        }

        return [.. letters];
    }

    /// <summary>Whether some key of <paramref name="length"/> characters may have <paramref name="c"/> at
    /// <paramref name="position"/> (always true for a length beyond <see cref="Tracked"/>).</summary>
    public bool Allows(int length, int position, char c)
    {
        if (length > Tracked)
        {
            return true;
        }

        var at = (length * (length - 1) / 2) + position;
        return c < 64 ? ((_low[at] >> c) & 1UL) != 0
            : c < 128 ? ((_high[at] >> (c - 64)) & 1UL) != 0
            : _wide[at];
    }

    /// <summary>Whether <paramref name="text"/> may be a key: every character is allowed at its position for the text's
    /// length. False rules the text out; true only means it is worth looking up.</summary>
    public bool MayBeKey(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        if (length > Tracked)
        {
            return true;
        }

        for (var i = 0; i < length; i++)
        {
            if (!Allows(length, i, text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

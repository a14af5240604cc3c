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

    // Two masks per entry, side by side: characters 0-63 at 2 × entry, 64-127 at 2 × entry + 1 (the character's
    // seventh bit picks the mask, its low six bits the bit: no branch per character).
    private readonly ulong[] _masks = new ulong[2 * Entries];
    private readonly bool[] _wide = new bool[Entries];

    // Every character of every key not in the masks (keys longer than Tracked: ASCII in two masks, the rest, rare,
    // in a table made on first sight); the masks' own characters are gathered when the alphabet is read.
    private ulong _usedLow;
    private ulong _usedHigh;
    private bool[]? _usedWide;

    /// <summary>Records a key's characters at their positions, and among the characters used.</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        if (length > Tracked || key.ContainsAnyExceptInRange('\u0000', '\u007F'))
        {
            AddAny(key);
            return;
        }

        // An ASCII key of a tracked length (nearly every document number): one store per character.
        var masks = _masks.AsSpan(length * (length - 1), 2 * length);
        for (var i = 0; i < length; i++)
        {
            var c = key[i];
            masks[(2 * i) + (c >> 6)] |= 1UL << c;
        }
    }

    /// <summary>Records any key: characters beyond ASCII, and keys longer than <see cref="Tracked"/> (among the
    /// characters used only).</summary>
    private void AddAny(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        var tracked = length <= Tracked;
        var at = tracked ? length * (length - 1) / 2 : 0;
        for (var i = 0; i < length; i++)
        {
            var c = key[i];
            if (c < 128)
            {
                if (tracked)
                {
                    _masks[(2 * (at + i)) + (c >> 6)] |= 1UL << c;
                }
                else if (c < 64)
                {
                    _usedLow |= 1UL << c;
                }
                else
                {
                    _usedHigh |= 1UL << c;
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
    }

    /// <summary>The characters the keys use, ascending.</summary>
    public char[] Alphabet()
    {
        var (usedLow, usedHigh) = (_usedLow, _usedHigh);
        for (var m = 0; m < _masks.Length; m += 2)
        {
            usedLow |= _masks[m];
            usedHigh |= _masks[m + 1];
        }

        var letters = new List<char>();
        for (var c = 0; c < 128; c++)
        {
            if (((c < 64 ? usedLow >> c : usedHigh >> (c - 64)) & 1UL) != 0)
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
        return c < 128 ? ((_masks[(2 * at) + (c >> 6)] >> c) & 1UL) != 0 : _wide[at];
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

using System.Buffers;
using System.Globalization;

namespace Receivables.Matching;

/// <summary>Text normalisation shared by the index and the rules: width folding, references, names, similarity.</summary>
internal static class MatchText
{
    private static readonly SearchValues<char> Plain = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>What each ASCII character becomes in a normalised reference (<see cref="KeptAs"/>; ASCII folds to
    /// itself), 0 when dropped.</summary>
    private static readonly int[] AsciiKept = [.. Enumerable.Range(0, 128).Select(c => (int)KeptAs((char)c))];

    /// <summary>The fold of every character below U+2000 (see <see cref="Fold"/>).</summary>
    private static readonly char[] Folds = BuildFolds();

    /// <summary>
    /// Folds one character for comparing names and references: full-width ASCII forms (U+FF01..U+FF5E) and the
    /// ideographic space to half-width; Latin letters with diacritics to the letter without (<c>ü</c> → <c>u</c>,
    /// <c>Ş</c> → <c>S</c>), the Turkish dotted capital and dotless small i to <c>I</c> and <c>i</c>, <c>ß</c> to
    /// <c>s</c>, <c>ø</c>, <c>ł</c>, <c>đ</c> to <c>o</c>, <c>l</c>, <c>d</c>; decimal digits of any script (Arabic-Indic,
    /// Devanagari, …) to <c>0</c>..<c>9</c>. Other characters stay as they are. One character becomes one, so
    /// positions in a folded text are those of the original.
    /// </summary>
    public static char Fold(char c)
        => c < '\u0080' ? c
            : c < '\u2000' ? Folds[c]
            // CJK ideographs (Extension A and the Unified block; Chinese names and texts): no full-width form, no digit.
            : c is >= '\u3400' and <= '\u9FFF' ? c
            : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0)
            : c == '\u3000' ? ' '
            : char.IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
            : c;

    /// <summary>Latin letters with diacritics (Latin-1, Extended-A and -B, Extended Additional) and the letters
    /// folded by convention (ı, İ, ß, ø, ł, đ), each above the ASCII letter it folds to in <see cref="FoldedTo"/>.
    /// Written out because the library runs with invariant globalization, where Unicode decomposition is not
    /// available.</summary>
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹıßøØłŁđĐ";

    /// <summary>The ASCII letter of each character of <see cref="Accented"/>.</summary>
    private const string FoldedTo = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyisoOlLdD";

    private static char[] BuildFolds()
    {
        var folds = new char[0x2000];
        for (var i = 0; i < folds.Length; i++)
        {
            var c = (char)i;
            folds[i] = char.IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c;
        }

        for (var k = 0; k < Accented.Length; k++)
        {
            folds[Accented[k]] = FoldedTo[k];
        }

        return folds;
    }

    /// <summary>Folds a text character by character with <see cref="Fold"/> (the same length).</summary>
    public static string FoldWidth(string text)
    {
        var span = text.AsSpan();
        var index = span.IndexOfAnyExceptInRange('\u0000', '\u007F');
        if (index < 0)
        {
            return text;
        }

        // Written straight into the new string (no character array copied once more).
        return string.Create(text.Length, (text, index), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.index; i < chars.Length; i++)
            {
                chars[i] = Fold(chars[i]);
            }
        });
    }

    /// <summary>Upper case, half-width, letters and digits only: <c>inv-2026/001234</c> → <c>INV2026001234</c>.</summary>
    public static string NormalizeReference(string text)
    {
        if (IsNormalizedReference(text))
        {
            return text;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..NormalizeReference(text, buffer)]);
    }

    /// <summary>Whether a text is a normalised reference already: ASCII upper-case letters and digits only.</summary>
    public static bool IsNormalizedReference(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(Plain);

    /// <summary>Normalises a reference into <paramref name="buffer"/> (at least as long as the text), as
    /// <see cref="NormalizeReference(string)"/> does.</summary>
    /// <returns>The length of the normalised reference.</returns>
    public static int NormalizeReference(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        if (text.Length <= 32)
        {
            // Short texts (document numbers, stretches of a line) character by character: an ASCII character through
            // the table, written at the end and kept by counting it (no branch on whether it is kept: separators
            // such as INV-2026-036185's are common); the buffer is at least as long as the text, so the end is always
            // inside it.
            var kept = AsciiKept;
            foreach (var raw in text)
            {
                if (raw < 128)
                {
                    var c = kept[raw];
                    buffer[length] = (char)c;
                    length += (-c) >>> 31;
                }
                else
                {
                    length = Append(raw, buffer, length);
                }
            }

            return length;
        }

        // Runs of characters that are kept as they are (digits and A-Z) are copied whole; the rest one by one.
        while (true)
        {
            var run = text.IndexOfAnyExcept(Plain);
            if (run < 0)
            {
                text.CopyTo(buffer[length..]);
                return length + text.Length;
            }

            text[..run].CopyTo(buffer[length..]);
            length += run;
            length = Append(text[run], buffer, length);
            text = text[(run + 1)..];
        }

        // A character that is not kept as it is: folded, upper-cased, or dropped.
        static int Append(char raw, Span<char> buffer, int length)
        {
            var c = KeptAs(Fold(raw));
            if (c != '\0')
            {
                buffer[length++] = c;
            }

            return length;
        }
    }

    /// <summary>What a folded character becomes in a normalised reference: digits and A-Z themselves, other letters
    /// and digits upper case, anything else '\0' (dropped).</summary>
    private static char KeptAs(char c)
        => c is >= '0' and <= '9' or >= 'A' and <= 'Z' ? c
            : c is >= 'a' and <= 'z' ? (char)(c - 32)
            : c > '\u007F' && char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c)
            : '\0';

    /// <summary>Normalises a bank account: upper case, letters and digits only.</summary>
    public static string NormalizeAccount(string text) => NormalizeReference(text);

    /// <summary>
    /// Normalises a name: half-width, lower case, dots dropped (<c>S.p.A.</c> → <c>spa</c>), other punctuation as
    /// word breaks, legal-form words removed, Chinese/Japanese legal forms removed at either end, words joined.
    /// </summary>
    public static string NormalizeName(string text, NameForms forms)
    {
        Span<char> buffers = text.Length <= 256 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
        var (start, length) = NormalizeName(text, buffers, forms);
        return buffers.Slice(start, length).ToString();
    }

    /// <summary>Normalises a name as <see cref="NormalizeName(string, NameForms)"/> does, in a buffer of twice the
    /// text's length (no string).</summary>
    /// <returns>Where the normalised name is in <paramref name="buffers"/>.</returns>
    public static (int Start, int Length) NormalizeName(ReadOnlySpan<char> text, Span<char> buffers, NameForms forms)
    {
        // Three passes over buffers of the text's length: fold and lower-case; drop dots and keep the words (runs
        // of letters and digits) that are not legal forms; then strip the affixes.
        var lower = buffers[..text.Length];
        var joined = buffers.Slice(text.Length, text.Length);
        FoldWidth(text, joined);
        ((ReadOnlySpan<char>)joined).ToLowerInvariant(lower);

        var kept = JoinWords(lower, joined, forms, skipForms: true);
        if (kept == 0)
        {
            kept = JoinWords(lower, joined, forms, skipForms: false);
        }

        var start = 0;
        var end = kept;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var affix in forms.Affixes)
            {
                var current = joined[start..end];
                if (current.Length > affix.Length && current.EndsWith(affix))
                {
                    end -= affix.Length;
                    changed = true;
                }
                else if (current.Length > affix.Length && current.StartsWith(affix))
                {
                    start += affix.Length;
                    changed = true;
                }
            }
        }

        return (text.Length + start, end - start);

        static int JoinWords(ReadOnlySpan<char> lower, Span<char> joined, NameForms forms, bool skipForms)
        {
            var length = 0;
            var wordStart = 0;
            for (var i = 0; i <= lower.Length; i++)
            {
                var c = i < lower.Length ? lower[i] : ' ';
                if (c == '.')
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    joined[length++] = c;
                }
                else if (length > wordStart)
                {
                    if (skipForms && forms.IsWord(joined[wordStart..length]))
                    {
                        length = wordStart;
                    }

                    wordStart = length;
                }
            }

            return length;
        }
    }

    /// <summary>Folds full-width forms as <see cref="FoldWidth(string)"/> does, into a buffer of the text's length.</summary>
    internal static void FoldWidth(ReadOnlySpan<char> text, Span<char> folded)
    {
        // ASCII (most names) folds to itself: copied at once.
        var first = text.IndexOfAnyExceptInRange('\u0000', '\u007F');
        if (first < 0)
        {
            text.CopyTo(folded);
            return;
        }

        text[..first].CopyTo(folded);
        for (var i = first; i < text.Length; i++)
        {
            folded[i] = Fold(text[i]);
        }
    }

    /// <summary>The character pairs of a normalised name (the single character for a one-character name).</summary>
    public static int[] Bigrams(ReadOnlySpan<char> text)
    {
        var result = new int[BigramCount(text.Length)];
        Bigrams(text, result);
        return result;
    }

    /// <summary>The number of pairs <see cref="Bigrams(ReadOnlySpan{char})"/> gives a text of this length.</summary>
    public static int BigramCount(int length) => length < 2 ? length : length - 1;

    /// <summary>Writes the pairs of <see cref="Bigrams(ReadOnlySpan{char})"/> into <paramref name="into"/> (at least
    /// <see cref="BigramCount"/> long) and returns how many.</summary>
    public static int Bigrams(ReadOnlySpan<char> text, Span<int> into)
    {
        if (text.Length < 2)
        {
            if (text.Length == 1)
            {
                into[0] = text[0];
            }

            return text.Length;
        }

        for (var i = 0; i < text.Length - 1; i++)
        {
            into[i] = (text[i] << 16) | text[i + 1];
        }

        return text.Length - 1;
    }

    /// <summary>Dice coefficient of two bigram multisets (each sorted).</summary>
    public static double Dice(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0d;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2d * shared / (a.Length + b.Length);
    }

    /// <summary>True when the two texts differ by exactly one substitution, insertion, deletion or adjacent swap.</summary>
    public static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var count = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    if (++count > 2)
                    {
                        return false;
                    }

                    first = first < 0 ? i : first;
                }
            }

            return count == 1
                || (count == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k])
        {
            k++;
        }

        return longer[(k + 1)..].SequenceEqual(shorter[k..]);
    }

    /// <summary>Every text one edit away over the alphabet (substitutions, insertions, deletions, swaps).</summary>
    public static IEnumerable<string> OneEditVariants(string text, char[] alphabet)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { text };
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var original = chars[i];
            foreach (var c in alphabet)
            {
                if (c != original)
                {
                    chars[i] = c;
                    var variant = new string(chars);
                    if (seen.Add(variant))
                    {
                        yield return variant;
                    }
                }
            }

            chars[i] = original;
            var deleted = string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1));
            if (seen.Add(deleted))
            {
                yield return deleted;
            }

            if (i + 1 < chars.Length && chars[i] != chars[i + 1])
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                var swapped = new string(chars);
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                if (seen.Add(swapped))
                {
                    yield return swapped;
                }
            }
        }

        for (var i = 0; i <= text.Length; i++)
        {
            foreach (var c in alphabet)
            {
                var inserted = string.Concat(text.AsSpan(0, i), new ReadOnlySpan<char>(in c), text.AsSpan(i));
                if (seen.Add(inserted))
                {
                    yield return inserted;
                }
            }
        }
    }

    /// <summary>The legal forms of the options, split into whole words and Chinese/Japanese affixes.</summary>
    internal sealed class NameForms
    {
#if NET9_0_OR_GREATER
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
#endif

        public NameForms(IEnumerable<string> forms)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var affixes = new List<string>();
            foreach (var form in forms)
            {
                var folded = FoldWidth(form).ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Trim();
                if (folded.Any(c => c > '\u2E80'))
                {
                    affixes.Add(folded);
                }
                else
                {
                    words.Add(folded);
                }
            }

            Words = words;
#if NET9_0_OR_GREATER
            _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            Affixes = [.. affixes.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal)];
        }

        public HashSet<string> Words { get; }

        /// <summary>Whether a word is a legal-form word.</summary>
        public bool IsWord(ReadOnlySpan<char> word)
        {
#if NET9_0_OR_GREATER
            return _wordsBySpan.Contains(word);
#else
            return Words.Contains(word.ToString());
#endif
        }

        public string[] Affixes { get; }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// A shape of document number to look for in remittance texts: a prefix followed by digits (<c>INV-2026-001234</c>,
/// with lists such as <c>INV-1001/1002</c> or <c>INV-1001,1002</c>), or a run of exactly N digits (8-digit and
/// 20-digit Chinese fapiao numbers).
/// </summary>
/// <remarks>
/// <para>Matching ignores case and full-width forms; found references are normalised (upper case, separators
/// removed) before they are looked up. A digit run inside a longer run of digits, or inside a prefixed reference,
/// is not a match.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReferencePattern
{
    // The expressions are built here from an escaped prefix or a digit count, never from a host's text, and run in
    // time linear in the (bounded) remittance text; a wall-clock timeout would only make them fail on a busy machine.
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;
    private static readonly Regex Continuation = new(@"\G\s{0,2}[/,;&+、，]\s{0,2}(?<d>\d+(?:[-_.]\d+)*)(?!\d|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
    private readonly Regex _regex;

    private readonly string _head;

    private ReferencePattern(string description, Regex regex, string? prefix)
    {
        Description = description;
        _regex = regex;
        Prefix = prefix;
        _head = prefix is null ? string.Empty : MatchText.NormalizeReference(prefix);
    }

    /// <summary>Gets a description such as <c>prefix INV + digits</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the prefix, or null for a digit run.</summary>
    public string? Prefix { get; }

    /// <summary>A prefix followed by at least <paramref name="minDigits"/> digits, optionally grouped by
    /// <c>-</c>, <c>_</c> or <c>.</c>; separators between prefix and digits are allowed.</summary>
    /// <param name="prefix">The prefix, such as <c>INV</c> or <c>RE</c>; letters and digits, matched ignoring case.</param>
    /// <param name="minDigits">The fewest digits a reference has; the default value is 3.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is blank or has characters other than letters and digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minDigits"/> is outside 1 to 30.</exception>
    public static ReferencePattern Prefixed(string prefix, int minDigits = 3)
    {
        Guard.NotBlank(prefix);
        Guard.InRange(minDigits, 1, 30);
        if (!prefix.All(char.IsLetterOrDigit))
        {
            throw new ArgumentException("The prefix may contain letters and digits only.", nameof(prefix));
        }

        var pattern = string.Create(CultureInfo.InvariantCulture, $@"(?<![A-Za-z0-9]){Regex.Escape(prefix)}[\s\-_#:./]{{0,2}}(?<d>\d+(?:[-_. ]\d+)*)(?!\d)");
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
        return new ReferencePattern(string.Create(CultureInfo.InvariantCulture, $"prefix {prefix} + {minDigits}+ digits"), regex, prefix) { MinDigits = minDigits };
    }

    /// <summary>A run of exactly <paramref name="length"/> digits, not part of a longer run.</summary>
    /// <param name="length">The number of digits, such as 8 or 20 (Chinese fapiao numbers).</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 4 to 40.</exception>
    public static ReferencePattern DigitRun(int length)
    {
        Guard.InRange(length, 4, 40);
        var regex = new Regex(string.Create(CultureInfo.InvariantCulture, $@"(?<!\d)\d{{{length}}}(?!\d)"), RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
        return new ReferencePattern(string.Create(CultureInfo.InvariantCulture, $"{length}-digit number"), regex, null) { MinDigits = length };
    }

    internal int MinDigits { get; private init; }

    /// <summary>A cheap test that proves the pattern cannot match, so most lines never reach the regular expression:
    /// a digit run needs <see cref="MinDigits"/> decimal digits in a row (<c>\d</c> is a Unicode decimal digit, as
    /// <see cref="char.IsDigit(char)"/>); an ASCII prefix in an ASCII-only text must occur ignoring case (for ASCII
    /// the regular expression's case-insensitivity is the ordinal one). Other prefixes and texts with other characters
    /// always go to the regular expression (the Kelvin sign matches 'k' ignoring case there, for example).</summary>
    internal bool CannotMatch(string text)
    {
        if (Prefix is null)
        {
            var run = 0;
            foreach (var c in text)
            {
                run = char.IsDigit(c) ? run + 1 : 0;
                if (run >= MinDigits)
                {
                    return false;
                }
            }

            return true;
        }

        return System.Text.Ascii.IsValid(Prefix) && System.Text.Ascii.IsValid(text) && !text.Contains(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    public override string ToString() => Description;

    /// <summary>Whether the regular expression itself finds a match (the reference for <see cref="CannotMatch"/>).</summary>
    internal bool RegexMatches(string text) => _regex.IsMatch(text);

    /// <summary>The regular expression (for tests that compare <see cref="Find"/> with reading its groups).</summary>
    internal Regex Expression => _regex;

    /// <summary>The regular expression of list continuations such as <c>/1002</c> (for the same tests).</summary>
    internal static Regex ContinuationExpression => Continuation;

    /// <summary>The list continuation (<c>/1002</c>, <c>, 1002</c>) that starts at <paramref name="at"/>: its index
    /// and length, a length of 0 when none.</summary>
    internal static (int Index, int Length) ContinuationAt(string text, int at)
    {
        foreach (var match in Continuation.EnumerateMatches(text, at))
        {
            return (match.Index, match.Length);
        }

        return (0, 0);
    }

    /// <summary>
    /// Finds the references in a text that was already folded to half-width: each match, its shorter reading when
    /// the digits hold a space, and the references a list continues to (<c>INV-1001/1002</c> → INV1001, INV1002). A
    /// match written exactly as a number of <paramref name="index"/> is that number's own string.
    /// </summary>
    /// <remarks>The matches are enumerated without match objects: the digit group of a prefixed pattern is where
    /// the first decimal digit after the prefix is (the separators between prefix and digits are never digits, and
    /// the prefix matches one character per character), and so is the digit group of a continuation.</remarks>
    internal void Find(string text, List<(int Start, int End, string Written, string Normalized)> found, MatchIndex index)
    {
        if (CannotMatch(text))
        {
            return;
        }

        // One buffer keeps the reference (or the list so far) normalised, the other its shorter reading or a tail.
        Span<char> buffers = text.Length <= 256 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
        var buffer = buffers[..text.Length];
        var scratch = buffers[text.Length..];
        // The prefix's normalised form, then a match's normalised digits (a normalised text is never longer than
        // the text): the whole normalised reference, looked up in the index.
        var wholeLength = _head.Length + text.Length;
        Span<char> whole = wholeLength <= 256 ? stackalloc char[wholeLength] : new char[wholeLength];
        _head.AsSpan().CopyTo(whole);
        foreach (var match in _regex.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var digitsStart = Prefix is null ? match.Index : FirstDigit(text, match.Index + Prefix.Length);
            var digits = text.AsSpan(digitsStart, end - digitsStart);
            var length = MatchText.NormalizeReference(digits, buffer);
            if (length < MinDigits)
            {
                continue;
            }

            // A reference written as an item's number is that number's string (no copy).
            buffer[..length].CopyTo(whole[_head.Length..]);
            var normalizedReference = whole[..(_head.Length + length)];
            var (written, normalized) = index.ReferenceTexts(text.AsSpan(match.Index, match.Length), normalizedReference, index.KnownReference(normalizedReference));
            found.Add((match.Index, end, written, normalized));
            var space = digits.IndexOf(' ');
            if (space > 0)
            {
                // "INV 2026 001234" is one reference, "INV-1001 25.00" is a reference and an amount: offer both readings.
                var shorter = MatchText.NormalizeReference(digits[..space], scratch);
                if (shorter >= MinDigits)
                {
                    found.Add((match.Index, digitsStart + space, text.Substring(match.Index, digitsStart + space - match.Index), string.Concat(_head, scratch[..shorter])));
                }
            }

            // Each continuation replaces the tail of the list so far.
            var previous = length;
            while (end < text.Length)
            {
                var next = FirstMatch(Continuation, text, end);
                if (next.Length == 0)
                {
                    break;
                }

                var nextEnd = next.Index + next.Length;
                var tailStart = FirstDigit(text, next.Index);
                var tail = MatchText.NormalizeReference(text.AsSpan(tailStart, nextEnd - tailStart), scratch);
                if (tail > previous || (Prefix is null && tail == previous))
                {
                    break;
                }

                scratch[..tail].CopyTo(buffer[(previous - tail)..]);
                found.Add((match.Index, nextEnd, text.AsSpan(next.Index, next.Length).Trim().ToString(), string.Concat(_head, buffer[..previous])));
                end = nextEnd;
            }
        }

        static int FirstDigit(string text, int from)
        {
            while (!char.IsDigit(text[from]))
            {
                from++;
            }

            return from;
        }

        static (int Index, int Length) FirstMatch(Regex regex, string text, int at)
        {
            foreach (var match in regex.EnumerateMatches(text, at))
            {
                return (match.Index, match.Length);
            }

            return (0, 0);
        }
    }
}

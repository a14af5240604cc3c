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
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Continuation = new(@"\G\s{0,2}[/,;&+、，]\s{0,2}(?<d>\d+(?:[-_.]\d+)*)(?!\d|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
    private readonly Regex _regex;

    private ReferencePattern(string description, Regex regex, string? prefix)
    {
        Description = description;
        _regex = regex;
        Prefix = prefix;
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

    private int MinDigits { get; init; }

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

    /// <summary>Finds the references in a text that was already folded to half-width.</summary>
    /// <summary>Whether the regular expression itself finds a match (the reference for <see cref="CannotMatch"/>).</summary>
    internal bool RegexMatches(string text) => _regex.IsMatch(text);

    internal void Find(string text, List<(int Start, int End, string Written, string Normalized)> found)
    {
        if (CannotMatch(text))
        {
            return;
        }

        foreach (Match match in _regex.Matches(text))
        {
            var digits = match.Groups["d"].Success ? match.Groups["d"].Value : match.Value;
            var normalizedDigits = MatchText.NormalizeReference(digits);
            if (normalizedDigits.Length < MinDigits)
            {
                continue;
            }

            var head = Prefix is null ? string.Empty : MatchText.NormalizeReference(Prefix);
            found.Add((match.Index, match.Index + match.Length, match.Value, head + normalizedDigits));
            var space = digits.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                // "INV 2026 001234" is one reference, "INV-1001 25.00" is a reference and an amount: offer both readings.
                var shorter = MatchText.NormalizeReference(digits[..space]);
                if (shorter.Length >= MinDigits)
                {
                    found.Add((match.Index, match.Index + match.Length - digits.Length + space, match.Value[..(match.Length - digits.Length + space)], head + shorter));
                }
            }

            var end = match.Index + match.Length;
            var previous = normalizedDigits;
            while (end < text.Length)
            {
                var next = Continuation.Match(text, end);
                if (!next.Success)
                {
                    break;
                }

                var tail = MatchText.NormalizeReference(next.Groups["d"].Value);
                if (tail.Length > previous.Length || (Prefix is null && tail.Length == previous.Length))
                {
                    break;
                }

                previous = string.Concat(previous.AsSpan(0, previous.Length - tail.Length), tail);
                found.Add((match.Index, next.Index + next.Length, next.Value.Trim(), head + previous));
                end = next.Index + next.Length;
            }
        }
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;

namespace Receivables.Cli;

/// <summary>
/// Reads a CSV file with a header row through CsvHelper and hands out typed fields whose errors name the file, line
/// and column. Every record is read before the caller builds anything, so a bad row means nothing is used.
/// </summary>
internal sealed class CsvFile
{
    private const int ShortCell = 128;
    private const int MaxShared = 100_000;

    private readonly CsvReader _csv;

    // Texts that repeat from row to row (customer ids and names, kinds, currencies, segments), one string each.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly string _name;

    private CsvFile(CsvReader csv, string name)
    {
        _csv = csv;
        _name = name;
    }

    private static readonly AsyncLocal<char?> DelimiterValue = new();

    /// <summary>The separator named by <c>--delimiter</c> for this command; null detects it from the header line.</summary>
    public static char? Delimiter
    {
        get => DelimiterValue.Value;
        set => DelimiterValue.Value = value;
    }

    /// <summary>Largest amount the tool accepts in a file: far below where a sum of a million rows could overflow.</summary>
    public const decimal MaxAmount = 999_999_999_999_999.99m;

    public int Line => (int)_csv.LineNumber;

    public static List<T> ReadAll<T>(string path, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("File not found.", path);
        }

        if (Directory.Exists(path))
        {
            throw new UserInputException($"{path} is a folder; give a CSV file.");
        }

        // The separator is told from the header line; the file is then streamed (a large file is never one string).
        string header;
        using (var first = new StreamReader(path))
        {
            header = first.ReadLine() ?? string.Empty;
        }

        // Read as bytes: the reader works on UTF-8 and takes a UTF-16 or UTF-32 byte order mark as a StreamReader would,
        // so nothing is decoded to characters and encoded back (a fifth of reading a large file).
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(options => CsvReader.Create(stream, options, leaveOpen: true), Path.GetFileName(path), Delimiter ?? DetectSeparator(header), required, readRow);
    }

    public static List<T> ReadAll<T>(TextReader reader, string name, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        var text = reader.ReadToEnd();
        using var content = new StringReader(text);
        return Read(options => CsvReader.Create(content, options, leaveOpen: true), name, Delimiter ?? DetectSeparator(text), required, readRow);
    }

    private static List<T> Read<T>(Func<CsvReaderOptions, CsvReader> open, string name, char separator, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            DetectSeparatorHint = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = open(options);
        var file = new CsvFile(csv, name);
        try
        {
            csv.ReadHeader();
            var names = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var header = names.ToHashSet(StringComparer.Ordinal);
            if (header.Count == 0 || (header.Count == 1 && header.Contains(string.Empty)))
            {
                throw new CsvInputException(name, 1, null, "the file is empty; a header row is required.");
            }

            for (var i = 0; i < names.Count; i++)
            {
                var first = names.IndexOf(names[i]);
                if (first < i && names[i].Length > 0)
                {
                    throw new CsvInputException(name, 1, names[i], string.Create(CultureInfo.InvariantCulture, $"the column appears twice in the header (columns {first + 1} and {i + 1}); keep one."));
                }
            }

            if (names.Count == 1 && required.Count > 1 && separator != ';' && names[0].Contains(';', StringComparison.Ordinal))
            {
                throw new CsvInputException(name, 1, null, "the header has one column; if the file is separated by semicolons, give --delimiter semicolon.");
            }

            foreach (var column in required)
            {
                if (!header.Contains(column))
                {
                    throw new CsvInputException(name, 1, column, "required column is missing from the header.");
                }
            }

            var rows = new List<T>();
            var progress = CliProgress.Current;
            while (csv.Read())
            {
                rows.Add(readRow(file));
                progress.Rows(name, rows.Count);
            }

            return rows;
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? (int)ex.LineNumber : file.Line;
            throw new CsvInputException(name, line, null, "malformed CSV: " + ex.Message.Split('\n')[0]);
        }
    }

    /// <summary>The separator the header line uses most: comma, semicolon or tab (comma when none appears).</summary>
    public static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        var best = ',';
        var bestCount = header.Count(c => c == ',');
        foreach (var candidate in new[] { ';', '\t' })
        {
            var count = header.Count(c => c == candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }

    public CsvInputException Error(string? column, string message) => new(_name, Line, column, message);

    public string? Optional(string column)
    {
        if (!_csv.TryGetFieldIndex(column, out var index))
        {
            return null;
        }

        var value = _csv.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public string Required(string column)
        => Optional(column) ?? throw Error(column, "a value is required.");

    /// <summary>
    /// The text of a cell whose values repeat from row to row (a customer id or name, a kind, a currency, a segment):
    /// the same as <see cref="Optional"/>, but equal texts are one string, read without making a new one (a million
    /// rows of ten thousand customers keep ten thousand customer strings, not a million).
    /// </summary>
    public string? Shared(string column)
    {
        Span<char> buffer = stackalloc char[ShortCell];
        if (!TryChars(column, buffer, out var text))
        {
            return Optional(column);
        }

        if (text.IsWhiteSpace())
        {
            return null;
        }

#if NET9_0_OR_GREATER
        if (_shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shared))
        {
            return shared;
        }

        shared = text.ToString();
#else
        // Without a lookup by span (before .NET 9) the text is made to look it up, and still kept once.
        var made = text.ToString();
        if (_shared.TryGetValue(made, out var shared))
        {
            return shared;
        }

        shared = made;
#endif
        if (_shared.Count < MaxShared)
        {
            _shared.Add(shared, shared);
        }

        return shared;
    }

    /// <summary><see cref="Shared"/> for a column that must have a value.</summary>
    public string RequiredShared(string column)
        => Shared(column) ?? throw Error(column, "a value is required.");

    /// <summary>Whether a cell is missing or blank, read without making a string.</summary>
    public bool IsBlank(string column)
    {
        Span<char> buffer = stackalloc char[ShortCell];
        return TryChars(column, buffer, out var text) ? text.IsWhiteSpace() : Optional(column) is null;
    }

    /// <summary>A short cell as characters in <paramref name="buffer"/>, or false when it is longer, missing or not
    /// UTF-8 the decoder takes (the string-reading path, <see cref="Optional"/>, then gives the answer and the
    /// error).</summary>
    private bool TryChars(string column, Span<char> buffer, out ReadOnlySpan<char> text)
    {
        text = default;
        if (!_csv.TryGetFieldIndex(column, out var index))
        {
            return false;
        }

        var bytes = _csv.GetSpan(index);
        if (bytes.Length > buffer.Length || !Encoding.UTF8.TryGetChars(bytes, buffer, out var written))
        {
            return false;
        }

        text = buffer[..written];
        return true;
    }

    public decimal Decimal(string column)
    {
        // Read in place; anything the fast path does not take goes the string way, which names the error.
        Span<char> buffer = stackalloc char[64];
        if (TryChars(column, buffer, out var chars)
            && decimal.TryParse(chars, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            && Math.Abs(parsed) <= MaxAmount)
        {
            return parsed;
        }

        var text = Required(column);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw text.TrimStart('-', '+').All(c => char.IsAsciiDigit(c) || c == '.') && text.Any(char.IsAsciiDigit)
                ? Error(column, $"'{text}' is too large; amounts must be at most 999,999,999,999,999.99.")
                : Error(column, $"'{text}' is not a number (use a dot for decimals, no thousands separators).");
        }

        return Math.Abs(value) <= MaxAmount
            ? value
            : throw Error(column, $"'{text}' is too large; amounts must be at most 999,999,999,999,999.99.");
    }

    public decimal? OptionalDecimal(string column) => IsBlank(column) ? null : Decimal(column);

    public DateOnly Date(string column)
    {
        Span<char> buffer = stackalloc char[16];
        if (TryChars(column, buffer, out var chars)
            && DateOnly.TryParseExact(chars, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        var text = Required(column);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a date (yyyy-MM-dd).");
    }

    public DateOnly? OptionalDate(string column) => IsBlank(column) ? null : Date(column);

    public Currency Currency(string column)
    {
        var text = RequiredShared(column);
        return Receivables.Currency.TryFromCode(text.Trim().ToUpperInvariant(), out var currency)
            ? currency
            : throw Error(column, $"'{text}' is not an ISO 4217 currency code.");
    }
}

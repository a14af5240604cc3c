using System.Globalization;
using System.Runtime.CompilerServices;
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

    // Lines before this reader's first record that it did not read (a later part of a file read in parts).
    private readonly int _lineOffset;

    // Texts that repeat from row to row (customer ids and names, kinds, currencies, segments), one string each.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly string _name;

    private CsvFile(CsvReader csv, string name, int lineOffset)
    {
        _csv = csv;
        _name = name;
        _lineOffset = lineOffset;
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

    public int Line => (int)_csv.LineNumber + _lineOffset;

    /// <summary>Files of at least this many bytes are read in parts, one per core (up to four), when the caller allows
    /// it (<see cref="PartsFor"/>).</summary>
    internal const long PartsFrom = 8L << 20;

    /// <summary>Files larger than this are streamed in one pass, never held in memory.</summary>
    internal const long PartsUpTo = 1L << 30;

    /// <summary>How many parts <see cref="ReadAll{T}(string, IReadOnlyList{string}, Func{CsvFile, T}, int)"/> should read a
    /// file in: one per core (up to four) from <see cref="PartsFrom"/> to <see cref="PartsUpTo"/> bytes (a file in parts
    /// is held in memory while it is read, so a larger one is streamed), else one.</summary>
    public static int PartsFor(string path)
        => File.Exists(path) && new FileInfo(path).Length is >= PartsFrom and <= PartsUpTo ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1;

    /// <summary>
    /// Reads every record. With <paramref name="parts"/> above one, the file is cut at record boundaries and its parts
    /// are read at once on several threads: only for a <paramref name="readRow"/> that keeps no state between rows. The
    /// rows, their line numbers and the first error are the same as reading in one go.
    /// </summary>
    public static List<T> ReadAll<T>(string path, IReadOnlyList<string> required, Func<CsvFile, T> readRow, int parts = 1)
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

        var separator = Delimiter ?? DetectSeparator(header);
        if (parts > 1)
        {
            var bytes = File.ReadAllBytes(path);
            if (Cuts(bytes, parts) is { } cuts)
            {
                return ReadParts(bytes, cuts, Path.GetFileName(path), separator, required, readRow);
            }
        }

        // Read as bytes: the reader works on UTF-8 and takes a UTF-16 or UTF-32 byte order mark as a StreamReader would,
        // so nothing is decoded to characters and encoded back (a fifth of reading a large file).
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(options => CsvReader.Create(stream, options, leaveOpen: true), Path.GetFileName(path), separator, required, readRow);
    }

    public static List<T> ReadAll<T>(TextReader reader, string name, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        var text = reader.ReadToEnd();
        using var content = new StringReader(text);
        return Read(options => CsvReader.Create(content, options, leaveOpen: true), name, Delimiter ?? DetectSeparator(text), required, readRow);
    }

    // lineOffset: the file's lines before this reader's records that it does not see (a later part). partRows: for a
    // part, the rows of all parts counted together; the part with drawsProgress shows that count.
    private static List<T> Read<T>(Func<CsvReaderOptions, CsvReader> open, string name, char separator, IReadOnlyList<string> required, Func<CsvFile, T> readRow, int lineOffset = 0, StrongBox<int>? partRows = null, bool drawsProgress = true)
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
        var file = new CsvFile(csv, name, lineOffset);
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
                if (partRows is null)
                {
                    progress.Rows(name, rows.Count);
                }
                else if (rows.Count % 10_000 == 0)
                {
                    var total = Interlocked.Add(ref partRows.Value, 10_000);
                    if (drawsProgress)
                    {
                        progress.Rows(name, total);
                    }
                }
            }

            return rows;
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? (int)ex.LineNumber + lineOffset : file.Line;
            throw new CsvInputException(name, line, null, "malformed CSV: " + ex.Message.Split('\n')[0]);
        }
    }

    /// <summary>
    /// Where to cut a file's bytes into about <paramref name="parts"/> runs of whole records: [0, header end, cut 1, …,
    /// length]. A record ends at a line feed outside quotes; in a well-formed file a line feed is inside quotes exactly
    /// when an odd number of quotes comes before it (an escaped quote is two), so each cut counts the quotes before
    /// it. Null when the file cannot be cut: a UTF-16 or UTF-32 byte order mark, or no line feed after the header.
    /// </summary>
    internal static int[]? Cuts(byte[] bytes, int parts)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return null;
        }

        var headerEnd = RecordEnd(bytes, 0, quotes: 0);
        if (headerEnd < 0 || headerEnd >= bytes.Length)
        {
            return null;
        }

        var cuts = new List<int> { 0, headerEnd };
        var body = bytes.Length - headerEnd;
        for (var p = 1; p < parts; p++)
        {
            var target = headerEnd + (int)((long)body * p / parts);
            if (target <= cuts[^1])
            {
                continue;
            }

            var quotes = bytes.AsSpan(cuts[^1], target - cuts[^1]).Count((byte)'"');
            var cut = RecordEnd(bytes, target, quotes);
            if (cut < 0 || cut >= bytes.Length)
            {
                break;
            }

            cuts.Add(cut);
        }

        cuts.Add(bytes.Length);
        return cuts.Count > 3 ? [.. cuts] : null;
    }

    /// <summary>The position after the first line feed at or after <paramref name="from"/> that is outside quotes, given
    /// the parity of the <paramref name="quotes"/> counted before <paramref name="from"/> since the last record end;
    /// -1 when there is none.</summary>
    private static int RecordEnd(byte[] bytes, int from, int quotes)
    {
        var inside = (quotes & 1) == 1;
        for (var i = from; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'"')
            {
                inside = !inside;
            }
            else if (b == (byte)'\n' && !inside)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static List<T> ReadParts<T>(byte[] bytes, int[] cuts, string name, char separator, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        // Part 0 is the header and the first run; every later part reads the header again, then its own run. A later
        // part counts lines from its own header, so the line feeds of the runs before it are added to its numbers.
        var header = bytes.AsMemory(0, cuts[1]);
        var count = cuts.Length - 2;
        var partRows = new StrongBox<int>();
        var offsets = new int[count];
        for (var p = 1; p < count; p++)
        {
            offsets[p] = offsets[p - 1] + bytes.AsSpan(cuts[p], cuts[p + 1] - cuts[p]).Count((byte)'\n');
        }

        var results = InParts.Run(count, p =>
        {
            using var stream = p == 0
                ? new JoinedStream(bytes.AsMemory(0, cuts[2]), ReadOnlyMemory<byte>.Empty)
                : new JoinedStream(header, bytes.AsMemory(cuts[p + 1], cuts[p + 2] - cuts[p + 1]));
            return Read(options => CsvReader.Create(stream, options, leaveOpen: true), name, separator, required, readRow, offsets[p], partRows, drawsProgress: p == 0);
        });

        var all = new List<T>(results.Sum(r => r.Count));
        foreach (var part in results)
        {
            all.AddRange(part);
        }

        return all;
    }

    /// <summary>A read-only stream over two runs of bytes, one after the other (a header, then a part's records).</summary>
    private sealed class JoinedStream(ReadOnlyMemory<byte> first, ReadOnlyMemory<byte> second) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => first.Length + second.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var source = _position < first.Length ? first.Span[(int)_position..] : second.Span[(int)(_position - first.Length)..];
            var n = Math.Min(buffer.Length, source.Length);
            source[..n].CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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

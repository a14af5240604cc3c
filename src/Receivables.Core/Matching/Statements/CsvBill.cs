using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Receivables.Matching.Statements;

/// <summary>What the wallet bill readers share: decoding, splitting CSV lines, typed fields with file/line/column
/// errors, unique ids.</summary>
internal sealed class CsvBill
{
    private static readonly Currency FeeDigits = Receivables.Currency.Custom("FEE", StatementValues.MaxAmountDecimals);
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private string[] _header = [];

    public CsvBill(string? fileName, StatementReaderOptions options)
    {
        FileName = fileName;
        Options = options;
    }

    public string? FileName { get; }

    public StatementReaderOptions Options { get; }

    /// <summary>Decodes a bill: a byte-order mark wins; else UTF-8 when the bytes are valid UTF-8; else GB18030 (the
    /// superset of GBK that Alipay's downloads are written in).</summary>
    public static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes);
        }
    }

    /// <summary>Splits the text into numbered lines (1-based; CR LF, LF or CR).</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return (number, number == 1 ? line.TrimStart('\uFEFF') : line);
        }
    }

    /// <summary>Splits one CSV line: fields separated by commas, optionally quoted with double quotes (a doubled quote
    /// inside a quoted field is a quote). A line whose fields all start with a backquote (WeChat Pay's guard against
    /// spreadsheets) is split at every <c>,`</c>, so that commas inside values survive. Fields keep their spaces;
    /// the backquote prefix is removed.</summary>
    public List<string> Split(string line, int number)
    {
        var fields = new List<string>();
        if (line.StartsWith('`'))
        {
            foreach (var field in line[1..].Split(",`"))
            {
                fields.Add(field);
            }

            return fields;
        }

        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw Error(number, fields.Count + 1, "a quoted field is not closed on its line");
        }

        fields.Add(current.ToString());
        for (var f = 0; f < fields.Count; f++)
        {
            if (fields[f].StartsWith('`'))
            {
                fields[f] = fields[f][1..];
            }
        }

        return fields;
    }

    /// <summary>Takes the header row and checks that the required columns are there.</summary>
    public void Header(List<string> fields, int number, string format, params string[] required)
    {
        _header = [.. fields.Select(f => f.Trim())];
        for (var i = 0; i < _header.Length; i++)
        {
            _columns.TryAdd(_header[i], i);
        }

        var missing = required.Where(r => !_columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw Error(number, 0, $"the header of a {format} misses the column(s) {string.Join(", ", missing)}");
        }
    }

    /// <summary>Checks a data row's field count and length limits.</summary>
    public void Row(List<string> fields, int number)
    {
        if (fields.Count != _header.Length)
        {
            throw Error(number, Math.Min(fields.Count, _header.Length) + 1, string.Create(CultureInfo.InvariantCulture, $"the row has {fields.Count} fields, the header {_header.Length}"));
        }

        for (var f = 0; f < fields.Count; f++)
        {
            if (fields[f].Length > Options.MaxTextLength)
            {
                throw Error(number, f + 1, string.Create(CultureInfo.InvariantCulture, $"a text of {fields[f].Length} characters is longer than {Options.MaxTextLength} (StatementReaderOptions.MaxTextLength)"));
            }
        }
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed field of a column (tabs and spaces removed), null when empty or the column is absent.</summary>
    public string? Text(List<string> fields, string column)
        => _columns.TryGetValue(column, out var at) && fields[at].Trim(' ', '\t') is { Length: > 0 } text ? text : null;

    public string Required(List<string> fields, int number, string column)
        => Text(fields, column) ?? throw Error(number, column, "the field is empty");

    public decimal Amount(List<string> fields, int number, string column, Currency currency, bool allowSign)
    {
        var text = Required(fields, number, column);
        return StatementValues.Amount(text, currency, allowSign, out var problem) ?? throw Error(number, column, problem!);
    }

    /// <summary>An amount with up to 5 decimals (providers report fees to 0.00001), rounded half away from zero to the
    /// currency's minor unit.</summary>
    public decimal RoundedAmount(List<string> fields, int number, string column, Currency currency)
    {
        var text = Required(fields, number, column);
        var value = StatementValues.Amount(text, FeeDigits, allowSign: true, out var problem) ?? throw Error(number, column, problem!);
        return decimal.Round(value, currency.MinorUnits, MidpointRounding.AwayFromZero);
    }

    /// <summary>A local date-time <c>yyyy-MM-dd HH:mm:ss</c> in China Standard Time, as a date in the options' zone.</summary>
    public DateOnly ChinaDate(List<string> fields, int number, string column)
    {
        var text = Required(fields, number, column);
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw Error(number, column, $"'{text}' is not a time yyyy-MM-dd HH:mm:ss");
        }

        return StatementValues.InZone(local, StatementValues.ChinaOffset, Options.TimeZone);
    }

    public Currency CurrencyOf(List<string> fields, int number, string column)
    {
        var text = Required(fields, number, column);
        return Receivables.Currency.TryFromCode(text, out var currency) && currency.IsIso ? currency : throw Error(number, column, $"'{text}' is not an ISO 4217 currency code");
    }

    /// <summary>Makes the id unique (refused, or renamed and noted, by the options' strictness).</summary>
    public StatementLine Unique(StatementLine line, int number, string column)
    {
        if (_ids.TryAdd(line.Id, number))
        {
            return line;
        }

        if (Options.Strictness == StatementStrictness.Strict)
        {
            throw Error(number, column, string.Create(CultureInfo.InvariantCulture, $"the line id '{line.Id}' was used before on line {_ids[line.Id]}"));
        }

        var k = 2;
        string renamed;
        while (!_ids.TryAdd(renamed = string.Create(CultureInfo.InvariantCulture, $"{line.Id}#{k}"), number))
        {
            k++;
        }

        return CamtParser.Copy(line, renamed, [.. line.Notes, StatementReasonCodes.IdRenamed.Of(line.Id, renamed)]);
    }

    public StatementFormatException Error(int number, string column, string message)
        => Error(number, _columns.TryGetValue(column, out var at) ? at + 1 : 0, message, column);

    public StatementFormatException Error(int number, int column, string message, string? columnName = null)
        => new(FileName, number, column, columnName ?? (column > 0 && column <= _header.Length ? _header[column - 1] : null), message);

    public static ImmutableArray<string> References(params string?[] references) => [.. references.OfType<string>()];
}

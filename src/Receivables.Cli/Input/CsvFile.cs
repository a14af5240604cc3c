using System.Globalization;
using CsvHelper;

namespace Receivables.Cli;

/// <summary>
/// Reads a CSV file with a header row through CsvHelper and hands out typed fields whose errors name the file, line
/// and column. Every record is read before the caller builds anything, so a bad row means nothing is used.
/// </summary>
internal sealed class CsvFile
{
    private readonly CsvReader _csv;
    private readonly string _name;

    private CsvFile(CsvReader csv, string name)
    {
        _csv = csv;
        _name = name;
    }

    public int Line => (int)_csv.LineNumber;

    public static List<T> ReadAll<T>(string path, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("File not found.", path);
        }

        using var reader = new StreamReader(path);
        return ReadAll(reader, Path.GetFileName(path), required, readRow);
    }

    public static List<T> ReadAll<T>(TextReader reader, string name, IReadOnlyList<string> required, Func<CsvFile, T> readRow)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var file = new CsvFile(csv, name);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (header.Count == 0 || (header.Count == 1 && header.Contains(string.Empty)))
            {
                throw new CsvInputException(name, 1, null, "the file is empty; a header row is required.");
            }

            foreach (var column in required)
            {
                if (!header.Contains(column))
                {
                    throw new CsvInputException(name, 1, column, "required column is missing from the header.");
                }
            }

            var rows = new List<T>();
            while (csv.Read())
            {
                rows.Add(readRow(file));
            }

            return rows;
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? (int)ex.LineNumber : file.Line;
            throw new CsvInputException(name, line, null, "malformed CSV: " + ex.Message.Split('\n')[0]);
        }
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

    public decimal Decimal(string column)
    {
        var text = Required(column);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a number (use a dot for decimals, no thousands separators).");
    }

    public decimal? OptionalDecimal(string column) => Optional(column) is null ? null : Decimal(column);

    public DateOnly Date(string column)
    {
        var text = Required(column);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a date (yyyy-MM-dd).");
    }

    public DateOnly? OptionalDate(string column) => Optional(column) is null ? null : Date(column);

    public Currency Currency(string column)
    {
        var text = Required(column);
        return Receivables.Currency.TryFromCode(text, out var currency)
            ? currency
            : throw Error(column, $"'{text}' is not an ISO 4217 currency code.");
    }
}

using System.CommandLine;
using System.Globalization;

namespace Receivables.Cli.Commands;

/// <summary>Date options (<c>yyyy-MM-dd</c>) of the commands that work on a period.</summary>
internal static class DateOptions
{
    public static Option<DateOnly> Required(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result => Parse(result) ?? default,
    };

    /// <summary>An optional date option: null when not given, an error naming the text when it is no yyyy-MM-dd date.</summary>
    public static Option<DateOnly?> Optional(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = Parse,
    };

    private static DateOnly? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date (yyyy-MM-dd).");
        return null;
    }

    /// <summary>Writes CSV rows to a file (UTF-8, a header row, "\n" line ends).</summary>
    public static void WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        using var csv = CsvHelper.CsvWriter.Create(writer, new CsvHelper.CsvWriterOptions { NewLine = "\n", Injection = CsvHelper.CsvInjection.None }, leaveOpen: true);
        csv.WriteRecord(header.ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(row.ToArray());
        }

        csv.Flush();
    }
}

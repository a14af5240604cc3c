using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;

namespace Receivables.Cli;

/// <summary>Prints reports as Spectre tables, CSV (CsvHelper) or JSON (System.Text.Json).</summary>
internal static class ReportWriter
{
    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table, csv or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static void Write(CliContext context, OutputFormat format, params Report[] reports)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(context.Output, reports);
                break;
            case OutputFormat.Json:
                WriteJson(context.Output, reports);
                break;
            default:
                WriteTables(context.Console, reports);
                break;
        }
    }

    private static void WriteTables(IAnsiConsole console, Report[] reports)
    {
        foreach (var report in reports)
        {
            var table = new Table { Title = new TableTitle(report.Title), Border = TableBorder.Simple };
            foreach (var column in report.Columns)
            {
                var tableColumn = new TableColumn(Markup.Escape(column.Name));
                table.AddColumn(column.Numeric ? tableColumn.RightAligned() : tableColumn);
            }

            foreach (var row in report.Rows)
            {
                table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
            }

            console.Write(table);
        }
    }

    private static void WriteCsv(TextWriter output, Report[] reports)
    {
        for (var r = 0; r < reports.Length; r++)
        {
            if (r > 0)
            {
                output.WriteLine();
            }

            using var csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
            csv.WriteRecord([.. reports[r].Columns.Select(c => c.Name)]);
            foreach (var row in reports[r].Rows)
            {
                csv.WriteRecord([.. row]);
            }

            csv.Flush();
        }
    }

    private static void WriteJson(TextWriter output, Report[] reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var report in reports)
            {
                json.WriteStartArray(ToKey(report.Title));
                foreach (var row in report.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < report.Columns.Count; i++)
                    {
                        var column = report.Columns[i];
                        var cell = row[i];
                        if (column.Numeric && decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                        {
                            json.WriteNumber(ToKey(column.Name), number);
                        }
                        else if (cell.Length == 0)
                        {
                            json.WriteNull(ToKey(column.Name));
                        }
                        else
                        {
                            json.WriteString(ToKey(column.Name), cell);
                        }
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    // "Open items" becomes "openItems"; a label that is not a phrase of words, such as the bucket "31-60" or "> 120",
    // is kept as it is (squeezing it would turn "31-60" into "3160").
    private static string ToKey(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            return name;
        }

        var words = name.Split([' ', '-', '_', '/'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    public static string Amount(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Amount(Money value) => value.Amount.ToString("F" + value.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

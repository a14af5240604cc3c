using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Receivables.Cli;

/// <summary>
/// Prints reports as Spectre tables (sized to the terminal, numbers and ids never broken), CSV (one table per file,
/// formula-like text escaped) or JSON (a stable schema: docs/tool.md), to standard output or to <c>--output</c>.
/// </summary>
internal static partial class ReportWriter
{
    /// <summary>The JSON schema version written as <c>schema</c>; raised only when a key changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table, csv or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary><c>--output</c>: a file, or a directory that receives one CSV per table.</summary>
    public static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output; with --format csv, an existing directory (or a path ending in /) receives one <table>.csv per table.",
    };

    /// <summary><c>--table</c>: which table to print when a command has several.</summary>
    public static Option<string?> TableOption() => new("--table")
    {
        Description = "Print only this table (its JSON key, e.g. openItems). CSV prints the first table unless this is given.",
    };

    /// <summary><c>--delimiter</c>: the input CSV separator; detected from the header line when not given.</summary>
    public static Option<string?> DelimiterOption()
    {
        var option = new Option<string?>("--delimiter")
        {
            Description = "Separator of the input CSV files: comma, semicolon or tab. Default: detected from the header line.",
        };
        option.AcceptOnlyFromAmong("comma", "semicolon", "tab", ",", ";");
        return option;
    }

    /// <summary>Adds <c>--output</c>, <c>--table</c> and <c>--delimiter</c> to every command that has <c>--format</c>.</summary>
    public static void AddSharedOptions(Command root)
    {
        foreach (var command in root.Subcommands)
        {
            AddSharedOptions(command);
            var names = command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("--format"))
            {
                continue;
            }

            if (!names.Contains("--output"))
            {
                command.Options.Add(OutputOption());
            }

            if (!names.Contains("--table"))
            {
                command.Options.Add(TableOption());
            }

            if (!names.Contains("--delimiter"))
            {
                command.Options.Add(DelimiterOption());
            }
        }
    }

    /// <summary>The separator named by <c>--delimiter</c>, or null to detect it.</summary>
    public static char? Delimiter(CliContext context) => Value(context, "--delimiter") switch
    {
        "comma" or "," => ',',
        "semicolon" or ";" => ';',
        "tab" => '\t',
        _ => null,
    };

    public static void Write(CliContext context, OutputFormat format, params Report[] reports)
    {
        context.Progress.Clear();
        var selected = Select(context, reports);
        var output = Value(context, "--output");
        if (format == OutputFormat.Csv && output is not null && IsDirectory(output))
        {
            Directory.CreateDirectory(output);
            foreach (var report in selected)
            {
                using var file = OpenFile(Path.Combine(output, report.StableKey + ".csv"));
                WriteCsv(file, report);
            }

            return;
        }

        if (format == OutputFormat.Csv && selected.Count > 1)
        {
            context.Error.WriteLine(
                $"note: this report has {selected.Count} tables ({string.Join(", ", selected.Select(r => r.StableKey))}); "
                + $"wrote {selected[0].StableKey}. Choose one with --table, or all with --output <directory>/.");
            selected = [selected[0]];
        }

        if (output is null)
        {
            WriteTo(context, context.Output, context.Console, format, selected);
            return;
        }

        using var writer = OpenFile(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = CliContext.RedirectedWidth;
        WriteTo(context, writer, console, format, selected, styled: false);
    }

    private static void WriteTo(CliContext context, TextWriter writer, IAnsiConsole console, OutputFormat format, List<Report> reports, bool? styled = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(writer, reports[0]);
                break;
            case OutputFormat.Json:
                WriteJson(writer, context.CommandName, reports);
                break;
            default:
                var width = styled == false ? CliContext.RedirectedWidth : context.Width;
                foreach (var report in reports)
                {
                    WriteTable(console, report, width, styled ?? context.Styled);
                }

                break;
        }
    }

    private static List<Report> Select(CliContext context, Report[] reports)
    {
        var name = Value(context, "--table");
        if (name is null)
        {
            return [.. reports];
        }

        var match = reports.Where(r => string.Equals(r.StableKey, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return match.Count > 0
            ? match
            : throw new UserInputException($"--table: this report has no table '{name}'; its tables are {string.Join(", ", reports.Select(r => r.StableKey))}.");
    }

    private static string? Value(CliContext context, string option)
    {
        var parse = context.Parse;
        if (parse is null || !parse.CommandResult.Command.Options.Any(o => o.Name == option))
        {
            return null;
        }

        return parse.GetValue<string?>(option);
    }

    private static bool IsDirectory(string path)
        => Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    private static StreamWriter OpenFile(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserInputException($"--output: the folder {directory} does not exist.");
        }

        return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    // ---- tables ----

    private static void WriteTable(IAnsiConsole console, Report report, int width, bool styled)
    {
        var columns = report.Columns;
        var rows = report.OrderedRows.Select(r => (r.Kind, Cells: r.Cells.Select((c, i) => i < columns.Count && columns[i].Numeric ? Grouped(c) : c).ToList())).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Name.Length, rows.Select(r => i < r.Cells.Count ? r.Cells[i].Length : 0).DefaultIfEmpty(0).Max())).ToList();

        // The narrowest table that keeps every number and id whole: no-wrap columns at full width, names at least 12.
        var needed = columns.Select((c, i) => c.Role == ColumnRole.Wrappable ? Math.Min(widths[i], 8) : widths[i]).Sum() + (3 * columns.Count) + 1;
        var saved = console.Profile.Width;
        console.Profile.Width = Math.Max(width, needed);
        try
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(report.Title)), Border = TableBorder.Simple };
            foreach (var column in columns)
            {
                var tableColumn = new TableColumn(Markup.Escape(column.Name));
                if (column.Numeric)
                {
                    tableColumn.RightAligned();
                }

                if (column.Role != ColumnRole.Wrappable)
                {
                    tableColumn.NoWrap();
                }

                table.AddColumn(tableColumn);
            }

            var separated = false;
            foreach (var (kind, cells) in rows)
            {
                if (kind == RowKind.Total && !separated)
                {
                    separated = true;
                    table.AddRow(widths.Select((w, i) => (IRenderable)new Text(new string('─', columns[i].Role == ColumnRole.Wrappable ? Math.Min(w, 8) : w), new Style(Color.Grey))).ToArray());
                }

                table.AddRow(cells.Select((cell, i) => (IRenderable)Cell(cell, i < columns.Count ? columns[i] : null, kind, styled)).ToArray());
            }

            console.Write(table);
        }
        finally
        {
            console.Profile.Width = saved;
        }
    }

    private static Text Cell(string cell, ReportColumn? column, RowKind kind, bool styled)
    {
        var style = Style.Plain;
        if (styled && kind == RowKind.Total)
        {
            style = style.Combine(new Style(decoration: Decoration.Bold));
        }

        if (styled && column is { Role: ColumnRole.Overdue } && cell.Length > 0 && cell.Any(ch => ch is >= '1' and <= '9'))
        {
            style = style.Combine(new Style(Color.Red));
        }

        // Names wrap (folding) rather than being cut: Spectre 0.49's ellipsis cutting fails on double-width (CJK) text.
        return new Text(cell, style);
    }

    /// <summary>"16718902.37" becomes "16,718,902.37" (same decimals); text that is not a number is kept.</summary>
    public static string Grouped(string cell)
    {
        if (!decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return cell;
        }

        var dot = cell.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : cell.Length - dot - 1;
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    // ---- CSV ----

    private static void WriteCsv(TextWriter output, Report report)
    {
        // Text that starts with = + - @ tab or CR is prefixed with ' so a spreadsheet shows it instead of running it;
        // numbers are written as numbers, so -5.00 stays a readable negative amount.
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord([.. report.Columns.Select(c => c.Name)]);
        foreach (var (_, row) in report.OrderedRows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (i < report.Columns.Count && report.Columns[i].Numeric && TryNumber(row[i], out var number))
                {
                    csv.WriteField(number, "G".AsSpan(), CultureInfo.InvariantCulture);
                }
                else
                {
                    csv.WriteField(row[i]);
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static bool TryNumber(string cell, out decimal value)
        => decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    // ---- JSON ----

    private static void WriteJson(TextWriter output, string command, List<Report> reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("report", command);
            json.WriteNumber("schema", SchemaVersion);
            var asOf = reports.Select(AsOfOf).FirstOrDefault(d => d is not null);
            if (asOf is { } date)
            {
                json.WriteString("asOf", Date(date));
            }
            else
            {
                json.WriteNull("asOf");
            }

            json.WriteStartObject("tables");
            foreach (var report in reports)
            {
                json.WriteStartObject(report.StableKey);
                json.WriteString("title", report.Title);
                json.WriteStartArray("columns");
                foreach (var column in report.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("key", ToKey(column.Name));
                    json.WriteString("name", column.Name);
                    json.WriteString("type", column.Numeric ? "number" : "text");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteRows(json, "rows", report.Columns, report.BodyRows);
                WriteRows(json, "totals", report.Columns, report.AllTotals);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRows(Utf8JsonWriter json, string name, IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                var cell = i < row.Count ? row[i] : string.Empty;
                if (column.Numeric && TryNumber(cell, out var number))
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

    private static DateOnly? AsOfOf(Report report)
    {
        if (report.AsOf is { } date)
        {
            return date;
        }

        var match = AsOfInTitle().Match(report.Title);
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>"Aging as of 2026-11-30, days past due" and "Open items as of 2026-11-30" become "aging" and "openItems".</summary>
    public static string KeyFromTitle(string title)
    {
        var text = AsOfInTitle().Split(title)[0];
        text = text.Split('(', 2)[0].Split(',', 2)[0].Split(':', 2)[0].Trim();
        var key = ToKey(text);
        return key.Length == 0 ? "table" : key;
    }

    [GeneratedRegex(@"\bas of (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsOfInTitle();

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

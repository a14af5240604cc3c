using System.CommandLine;
using System.Globalization;
using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables aging</c>: open items per customer (or segment) and aging bucket, per currency.</summary>
internal static class AgingCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var buckets = BucketsOption();
        var basis = BasisOption();
        var by = new Option<string>("--by")
        {
            Description = "Group by customer or segment (the segment column, else the business type).",
            DefaultValueFactory = _ => "customer",
        };
        by.AcceptOnlyFromAmong("customer", "segment");
        var reportCurrency = new Option<string?>("--report-currency") { Description = "Convert every currency into this one (needs --rates)." };
        var rates = new Option<string?>("--rates") { Description = "Conversion rates into the report currency, e.g. USD=7.1,EUR=7.8 (units of report currency per unit)." };
        var format = ReportWriter.FormatOption();
        var command = new Command("aging", "Aging report: open amounts per customer and bucket, per currency.") { file, asOf, buckets, basis, by, reportCurrency, rates, format };
        command.SetAction(parse => context.Guarded(() => Run(context, () =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var scheme = Scheme(parse.GetValue(buckets)!, parse.GetValue(basis)!);
            var bySegment = parse.GetValue(by) == "segment";
            context.Progress.Phase("Ageing the open items");
            var items = loaded.Ledger.AsOf(date).OpenItems.ToList();
            var report = AgingEngine.Create(scheme).Age(date, items, bySegment ? i => SegmentOf(loaded, i) : null);
            if (parse.GetValue(reportCurrency) is { } target)
            {
                report = report.ConvertTo(ParseCurrency(target, "--report-currency"), ParseRates(parse.GetValue(rates)));
            }

            ReportWriter.Write(context, parse.GetValue(format), ToReport(report, loaded, bySegment));
            return CliApp.Success;
        })));
        return command;
    }

    public static Option<string> BucketsOption() => new("--buckets")
    {
        Description = "Bucket bounds in days, ascending (an age belongs to the first bound it does not exceed).",
        DefaultValueFactory = _ => "30,60,90,120",
    };

    public static Option<string> BasisOption()
    {
        var option = new Option<string>("--basis")
        {
            Description = "Count the age from the due date (days past due) or the document date.",
            DefaultValueFactory = _ => "due",
        };
        option.AcceptOnlyFromAmong("due", "document");
        return option;
    }

    /// <summary>Runs a body that may meet a library argument error (bad bounds, missing rate) and reports it as an input error.</summary>
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ArgumentException ex)
        {
            context.Error.WriteLine($"error: {CliErrors.Describe(ex)}");
            return CliApp.InputError;
        }
    }

    public static AgingScheme Scheme(string bounds, string basis)
    {
        var values = new List<int>();
        foreach (var part in bounds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new ArgumentException($"--buckets: '{part}' is not a whole number of days.", nameof(bounds));
            }

            values.Add(value);
        }

        return AgingScheme.Create(values, basis == "document" ? AgingBasis.DaysSinceDocumentDate : AgingBasis.DaysPastDue);
    }

    private static string SegmentOf(LoadedLedger loaded, OpenItem item)
        => loaded.Segments.TryGetValue(item.Customer, out var segment) ? segment : item.Segment ?? "(none)";

    private static Currency ParseCurrency(string code, string option)
        => Currency.TryFromCode(code.Trim().ToUpperInvariant(), out var currency)
            ? currency
            : throw new ArgumentException($"{option}: '{code}' is not an ISO 4217 currency code.", nameof(code));

    private static Dictionary<Currency, decimal> ParseRates(string? text)
    {
        var rates = new Dictionary<Currency, decimal>();
        foreach (var pair in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var rate))
            {
                throw new ArgumentException($"--rates: '{pair}' is not CODE=rate.", nameof(text));
            }

            rates[ParseCurrency(parts[0], "--rates")] = rate;
        }

        return rates;
    }

    private static Report ToReport(AgingReport report, LoadedLedger loaded, bool bySegment)
    {
        var buckets = report.Scheme.Buckets;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var section in report.Sections)
        {
            foreach (var line in section.Lines)
            {
                var row = new List<string> { line.Key, bySegment ? string.Empty : loaded.NameOf(new CustomerId(line.Key)), section.Currency.Code };
                row.AddRange(line.Amounts.Select(ReportWriter.Amount));
                row.Add(ReportWriter.Amount(line.Total));
                row.Add(line.ItemCount.ToString(CultureInfo.InvariantCulture));
                row.Add(line.OldestAgeDays.ToString(CultureInfo.InvariantCulture));
                row.Add(line.OldestItem ?? string.Empty);
                rows.Add(row);
            }

            var total = new List<string> { "TOTAL", string.Empty, section.Currency.Code };
            total.AddRange(section.BucketTotals.Select(ReportWriter.Amount));
            total.Add(ReportWriter.Amount(section.GrandTotal));
            total.Add(section.ItemCount.ToString(CultureInfo.InvariantCulture));
            total.Add(string.Empty);
            total.Add(string.Empty);
            rows.Add(total);
        }

        var columns = new List<ReportColumn> { new(bySegment ? "Segment" : "Customer"), new("Name"), new("Currency") };
        columns.AddRange(buckets.Select(b => new ReportColumn(b.Label, true) { Role = report.Scheme.Basis == AgingBasis.DaysPastDue && b.Label != buckets[0].Label ? ColumnRole.Overdue : ColumnRole.Plain }));
        columns.AddRange([new("Total", true), new("Items", true), new("Oldest days", true), new("Oldest item")]);
        var basis = report.Scheme.Basis == AgingBasis.DaysPastDue ? "days past due" : "days since document date";
        return new Report($"Aging as of {ReportWriter.Date(report.AsOf)}, {basis}", columns, rows) { Key = "aging", AsOf = report.AsOf };
    }
}

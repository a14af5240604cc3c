using System.CommandLine;
using System.Globalization;
using Receivables.Aging;
using Receivables.Aging.Provisioning;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables provision</c>: a bad-debt provision matrix (IFRS 9 simplified approach) over the aging.</summary>
internal static class ProvisionCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var buckets = AgingCommand.BucketsOption();
        var basis = AgingCommand.BasisOption();
        var rates = new Option<string?>("--rates") { Description = "Loss rate per bucket in percent, one per bucket in order (e.g. 0.3,1.6,3.6,6.6,10.6 with --buckets 30,60,90)." };
        var ratesFile = new Option<FileInfo?>("--rates-file") { Description = "CSV with columns bucket,rate_percent, one row per bucket in order." };
        var format = ReportWriter.FormatOption();
        var command = new Command("provision", "Bad-debt provision: loss rate per aging bucket × open amount.") { file, asOf, buckets, basis, rates, ratesFile, format };
        command.SetAction(parse => context.Guarded(() => AgingCommand.Run(context, () =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var scheme = AgingCommand.Scheme(parse.GetValue(buckets)!, parse.GetValue(basis)!);
            var percents = parse.GetValue(ratesFile) is { } path
                ? CsvFile.ReadAll(path.FullName, ["bucket", "rate_percent"], row => row.Decimal("rate_percent"))
                : ParsePercents(parse.GetValue(rates) ?? throw new ArgumentException("Give the loss rates with --rates or --rates-file."));
            var matrix = ProvisionMatrix.Create(scheme, [.. percents.Select(p => p / 100m)]);
            context.Progress.Phase("Ageing the open items");
            var report = AgingEngine.Create(scheme).Age(date, loaded.Ledger.AsOf(date).OpenItems);
            ReportWriter.Write(context, parse.GetValue(format), ToReport(matrix.Apply(report)));
            return CliApp.Success;
        })));
        return command;
    }

    private static List<decimal> ParsePercents(string text)
        => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
            decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ArgumentException($"--rates: '{part}' is not a number.", nameof(text)))];

    private static Report ToReport(ProvisionReport provision)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var section in provision.Sections)
        {
            foreach (var line in section.Lines.Concat(section.Specific))
            {
                rows.Add([section.Currency.Code, line.Label, ReportWriter.Amount(line.Gross), ReportWriter.Amount(line.Rate * 100m), ReportWriter.Amount(line.Allowance), line.ItemCount.ToString(CultureInfo.InvariantCulture)]);
            }

            rows.Add([section.Currency.Code, "TOTAL", ReportWriter.Amount(section.Gross), string.Empty, ReportWriter.Amount(section.Allowance), string.Empty]);
        }

        return new Report(
            $"Bad-debt provision as of {ReportWriter.Date(provision.AsOf)}",
            [new("Currency"), new("Bucket"), new("Gross", true), new("Rate %", true), new("Allowance", true), new("Items", true)],
            rows);
    }
}

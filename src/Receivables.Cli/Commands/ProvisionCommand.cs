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
        var rounding = new Option<string>("--rounding") { Description = "Rounding of allowances to the minor unit: half-away-from-zero (default), half-even or truncate.", DefaultValueFactory = _ => "half-away-from-zero" };
        var rateDecimals = new Option<int?>("--rate-decimals") { Description = "Round each loss rate to this many decimals of a percent (0-10) before multiplying, with the same rule as --rounding; default: rates exact." };
        var totalOnce = new Option<bool>("--round-total-once") { Description = "Round the total once and split it over the buckets (the lines still add up), instead of rounding each bucket." };
        var format = ReportWriter.FormatOption();
        var command = new Command("provision", "Bad-debt provision: loss rate per aging bucket × open amount.") { file, asOf, buckets, basis, rates, ratesFile, rounding, rateDecimals, totalOnce, format };
        command.SetAction(parse => context.Guarded(() => AgingCommand.Run(context, () =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var scheme = AgingCommand.Scheme(parse.GetValue(buckets)!, parse.GetValue(basis)!);
            var percents = parse.GetValue(ratesFile) is { } path
                ? CsvFile.ReadAll(path.FullName, ["bucket", "rate_percent"], row => row.Decimal("rate_percent"))
                : ParsePercents(parse.GetValue(rates) ?? throw new ArgumentException("Give the loss rates with --rates or --rates-file."));
            var matrix = ProvisionMatrix.Create(scheme, [.. percents.Select(p => p / 100m)])
                .WithRounding(Rounding(parse.GetValue(rounding)!, parse.GetValue(rateDecimals), parse.GetValue(totalOnce)));
            context.Progress.Phase("Ageing the open items");
            var report = AgingEngine.Create(scheme).Age(date, loaded.Ledger.AsOf(date).OpenItems);
            ReportWriter.Write(context, parse.GetValue(format), ToReport(matrix.Apply(report)));
            return CliApp.Success;
        })));
        return command;
    }

    private static ProvisionRounding Rounding(string name, int? rateDecimals, bool totalOnce)
    {
        var (policy, midpoint) = name.ToUpperInvariant() switch
        {
            "HALF-AWAY-FROM-ZERO" => (RoundingPolicies.HalfAwayFromZero, MidpointRounding.AwayFromZero),
            "HALF-EVEN" => (RoundingPolicies.HalfToEven, MidpointRounding.ToEven),
            "TRUNCATE" => (RoundingPolicies.TowardsZero, MidpointRounding.ToZero),
            _ => throw new ArgumentException($"--rounding: '{name}' is not one of half-away-from-zero, half-even, truncate.", nameof(name)),
        };
        if (rateDecimals is < 0 or > 10)
        {
            throw new ArgumentException($"--rate-decimals: {rateDecimals?.ToString(CultureInfo.InvariantCulture)} is not 0 to 10.", nameof(rateDecimals));
        }

        return ProvisionRounding.Create(
            policy,
            totalOnce ? ProvisionRoundingLevel.TotalOnce : ProvisionRoundingLevel.EachLine,
            rateDecimals is { } decimals ? ProvisionRounding.RatePercentDecimals(decimals, midpoint) : null);
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

using System.CommandLine;
using System.Globalization;
using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Cli.Html;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables report</c>: one self-contained HTML page (aging chart, overdue customers, DSO/CEI, provision).</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var buckets = AgingCommand.BucketsOption();
        var rates = new Option<string>("--loss-rates")
        {
            Description = "Provision loss rate per bucket in percent, one per bucket including not yet due (default fits the default buckets).",
            DefaultValueFactory = _ => "0.3,1.6,3.6,6.6,10.6,25",
        };
        var days = new Option<int>("--kpi-days") { Description = "Period of DSO and CEI in days, ending on the as-of date.", DefaultValueFactory = _ => 90 };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Write one self-contained HTML page: aging chart, largest overdue customers, DSO/CEI and provision.") { file, asOf, buckets, rates, days, output };
        command.SetAction(parse => context.Guarded(() =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var kpiDays = parse.GetValue(days);
            if (kpiDays <= 0)
            {
                throw new UserInputException("--kpi-days: give a positive number of days.");
            }

            context.Progress.Phase("Ageing the open items");
            var scheme = AgingCommand.Scheme(parse.GetValue(buckets)!, "due");
            var aging = AgingEngine.Create(scheme).Age(date, loaded.Ledger.AsOf(date).OpenItems);
            var percents = parse.GetValue(rates)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => CliParsers.TryParseDecimal(p, out var v) ? v / 100m : throw new UserInputException($"--loss-rates: '{p}' is not a number."))
                .ToArray();
            var provision = ProvisionMatrix.Create(scheme, percents).Apply(aging);
            var target = parse.GetValue(output)!;
            if (target.Directory is { Exists: false } missing)
            {
                throw new UserInputException($"--output: the folder {missing.FullName} does not exist.");
            }

            using (var writer = new StreamWriter(target.FullName, append: false, new System.Text.UTF8Encoding(false)))
            {
                HtmlReport.Write(writer, new HtmlReportData(loaded, date, scheme, aging, provision, kpiDays));
            }

            context.Progress.Clear();
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {target.FullName}"));
            return CliApp.Success;
        }));
        return command;
    }
}

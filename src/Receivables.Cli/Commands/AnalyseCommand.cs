using System.CommandLine;
using System.Globalization;
using Receivables.Analytics;
using Receivables.Ledger;

namespace Receivables.Cli.Commands;

/// <summary>
/// <c>receivables analyse</c>: process analytics. Payment behaviour per group (segment, business type, region,
/// salesperson or term) over the last months against the months before, and collection cycle times (invoice → first
/// reminder → promise → payment) per step and group, with the items and customers that spend longest in each step.
/// Groups come from the documents CSV (segment, business type) and the optional customers CSV (any of segment,
/// business_type, region, salesperson); reminders from the optional reminder history CSV.
/// </summary>
internal static class AnalyseCommand
{
    /// <summary>The label of the line of a step that covers every group.</summary>
    public const string AllGroups = "(all)";

    private static readonly string[] CustomerColumns = [AnalyticsDimensions.Segment, AnalyticsDimensions.BusinessType, AnalyticsDimensions.Region, AnalyticsDimensions.Salesperson];

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var by = new Option<string>("--by")
        {
            Description = "Group by segment, business_type, region, salesperson or term (net N days).",
            DefaultValueFactory = _ => AnalyticsDimensions.Segment,
        };
        by.AcceptOnlyFromAmong([.. AnalyticsDimensions.All]);
        var months = new Option<int>("--months") { Description = "Length of the behaviour period in months, ending on the as-of date; compared with the same length before it.", DefaultValueFactory = _ => 3 };
        var customers = new Option<FileInfo?>("--customers") { Description = "Customers CSV with optional columns segment, business_type, region, salesperson (see docs/csv-formats.md)." };
        var history = new Option<FileInfo?>("--history") { Description = "Reminder history CSV (as for remind): the reminders and promises of the cycle times." };
        var top = new Option<int>("--top") { Description = "How many items and customers to list as the longest in each step (0-100).", DefaultValueFactory = _ => 5 };
        var format = new Option<string>("--format") { Description = "Output format: table, csv, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "md");
        var command = new Command("analyse", "Process analytics: payment behaviour per segment, business type, region, salesperson or term against the previous period, and collection cycle times per step.") { file, asOf, by, months, customers, history, top, format };
        command.SetAction(parse => context.Guarded(() => AgingCommand.Run(context, () =>
        {
            var monthCount = parse.GetValue(months);
            var topCount = parse.GetValue(top);
            if (monthCount is < 1 or > 120)
            {
                throw new UserInputException("--months: give a whole number of months from 1 to 120.");
            }

            if (topCount is < 0 or > 100)
            {
                throw new UserInputException("--top: give a whole number from 0 to 100.");
            }

            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var attributes = Attributes(loaded, parse.GetValue(customers)?.FullName);
            var ledger = parse.GetValue(history) is { } h ? RemindCommand.LoadHistory(loaded.Ledger, h.FullName) : loaded.Ledger;
            var reports = Build(context, loaded, ledger, date, parse.GetValue(by)!, attributes, monthCount, topCount);
            Write(context, parse.GetValue(format)!, reports);
            return CliApp.Success;
        })));
        return command;
    }

    /// <summary>The four tables: behaviour per group against the previous period, cycle times per step and group,
    /// the longest items and the longest customers per step.</summary>
    internal static Report[] Build(CliContext? context, LoadedLedger loaded, ReceivablesLedger ledger, DateOnly date, string dimension, CustomerAttributes attributes, int months, int top)
    {
        var keyOf = attributes.KeyFor(dimension);
        context?.Progress.Phase("Measuring payment behaviour");
        var view = ledger.AsOf(date);
        var (from, previousFrom) = Periods(date, months);
        var current = ProcessAnalytics.Behaviour(view, from, date, keyOf).ToBehaviours();
        var previous = ProcessAnalytics.Behaviour(view, previousFrom, from.AddDays(-1), keyOf).ToBehaviours();
        var changes = BehaviourChange.Compare(current, previous);

        context?.Progress.Phase("Measuring collection cycle times");
        var cycles = ProcessAnalytics.CycleTimes(ledger, date, keyOf).ToStatistics(top);
        return
        [
            Behaviour(changes, dimension, from, date, previousFrom),
            CycleTimes(cycles, dimension, date),
            LongestItems(cycles, loaded, date),
            LongestCustomers(cycles, loaded, date),
        ];
    }

    /// <summary>The customer attributes: segment from the documents CSV (segment column, else business type, as
    /// <c>aging --by segment</c>), then every value of the customers CSV over it.</summary>
    internal static CustomerAttributes Attributes(LoadedLedger loaded, string? customersPath)
    {
        var attributes = CustomerAttributes.Empty;
        foreach (var (customer, segment) in loaded.Segments)
        {
            attributes = attributes.With(customer, AnalyticsDimensions.Segment, segment);
        }

        if (customersPath is null)
        {
            return attributes;
        }

        var rows = CsvFile.ReadAll(customersPath, ["customer"], row => (Customer: new CustomerId(row.Required("customer")), Values: CustomerColumns.Select(c => (Column: c, Value: row.Optional(c))).ToList()));
        foreach (var (customer, values) in rows)
        {
            foreach (var (column, value) in values)
            {
                if (value is not null)
                {
                    attributes = attributes.With(customer, column, value);
                }
            }
        }

        return attributes;
    }

    /// <summary>The behaviour period of N months ending on the as-of date and the start of the N months before it:
    /// whole calendar months when the as-of date is a month end (September to November against June to August),
    /// else the days after the same date N months earlier.</summary>
    internal static (DateOnly From, DateOnly PreviousFrom) Periods(DateOnly asOf, int months)
    {
        if (asOf.AddDays(1).Day == 1)
        {
            var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-(months - 1));
            return (from, from.AddMonths(-months));
        }

        return (asOf.AddMonths(-months).AddDays(1), asOf.AddMonths(-2 * months).AddDays(1));
    }

    private static Report Behaviour(IReadOnlyList<BehaviourChange> changes, string dimension, DateOnly from, DateOnly to, DateOnly previousFrom)
    {
        var rows = changes.Select(c => (IReadOnlyList<string>)
        [
            c.Key, c.Currency.Code,
            Text(c.Current?.Behaviour.RecordCount ?? 0),
            c.Current is { } paid ? ReportWriter.Amount(paid.Behaviour.PaidAmount) : string.Empty,
            Days(c.Current?.Behaviour.AverageDaysToPay),
            Days(c.Current?.Behaviour.AverageDaysBeyondTerms),
            Percent(c.Current?.Behaviour.LateShare),
            Percent(c.Current?.LateCountShare),
            c.Current is { } index ? Round(index.PaymentIndex) : string.Empty,
            Days(c.DaysToPayChange),
            Days(c.DaysBeyondTermsChange),
            Percent(c.LateShareChange),
            c.PaymentIndexChange is { } change ? Round(change) : string.Empty,
            Text(c.Previous?.Behaviour.RecordCount ?? 0),
        ]).ToList();
        return new Report(
            $"Payment behaviour by {dimension}, paid {ReportWriter.Date(from)} to {ReportWriter.Date(to)} against {ReportWriter.Date(previousFrom)} to {ReportWriter.Date(from.AddDays(-1))}",
            [
                new(Title(dimension)), new("Currency"), new("Payments", true), new("Paid", true), new("Days to pay", true), new("Days late", true),
                new("Late amount pct", true), new("Late count pct", true), new("Index", true), new("Change days to pay", true), new("Change days late", true),
                new("Change late amount pct", true), new("Change index", true), new("Previous payments", true),
            ],
            rows) { Key = "behaviour", AsOf = to };
    }

    private static Report CycleTimes(IReadOnlyList<CycleStepStatistics> lines, string dimension, DateOnly date)
    {
        var rows = lines.Select(l => (IReadOnlyList<string>)
        [
            StepName(l.Step), l.Key ?? AllGroups, Text(l.CompletedCount), Text(l.OpenCount),
            l.MedianDays is { } m ? Text(m) : string.Empty,
            l.Percentile90Days is { } p ? Text(p) : string.Empty,
            l.LongestItems.Length > 0 ? Longest(l.LongestItems[0]) : string.Empty,
        ]).ToList();
        return new Report(
            $"Collection cycle times by {dimension} as of {ReportWriter.Date(date)} (days; median and 90th percentile of completed steps, nearest rank)",
            [new("Step"), new(Title(dimension)), new("Completed", true), new("Open", true), new("Median", true), new("P90", true), new("Longest item")],
            rows) { Key = "cycleTimes", AsOf = date };
    }

    private static Report LongestItems(IReadOnlyList<CycleStepStatistics> lines, LoadedLedger loaded, DateOnly date)
    {
        var rows = lines.Where(l => l.Key is null).SelectMany(l => l.LongestItems.Select((d, i) => (IReadOnlyList<string>)
        [
            StepName(l.Step), Text(i + 1), d.Item.Value, d.Customer.Value, loaded.NameOf(d.Customer), Text(d.Days), d.IsOpen ? "open" : "done",
        ])).ToList();
        return new Report(
            $"Items longest in each step as of {ReportWriter.Date(date)}",
            [new("Step"), new("Rank", true), new("Item"), new("Customer"), new("Name"), new("Days", true), new("Status")],
            rows) { Key = "longestItems", AsOf = date };
    }

    private static Report LongestCustomers(IReadOnlyList<CycleStepStatistics> lines, LoadedLedger loaded, DateOnly date)
    {
        var rows = lines.Where(l => l.Key is null).SelectMany(l => l.LongestCustomers.Select((c, i) => (IReadOnlyList<string>)
        [
            StepName(l.Step), Text(i + 1), c.Customer.Value, loaded.NameOf(c.Customer), Text(c.CompletedCount), Text(c.OpenCount),
            Days(c.AverageDays), Text(c.LongestDays),
        ])).ToList();
        return new Report(
            $"Customers longest in each step as of {ReportWriter.Date(date)}",
            [new("Step"), new("Rank", true), new("Customer"), new("Name"), new("Completed", true), new("Open", true), new("Average days", true), new("Longest days", true)],
            rows) { Key = "longestCustomers", AsOf = date };
    }

    private static void Write(CliContext context, string format, Report[] reports)
    {
        if (format == "md")
        {
            context.Progress.Clear();
            MarkdownWriter.Write(context.Output, reports);
            return;
        }

        ReportWriter.Write(context, format switch { "csv" => OutputFormat.Csv, "json" => OutputFormat.Json, _ => OutputFormat.Table }, reports);
    }

    /// <summary>The step as the tool prints it: <c>invoice → reminder</c>.</summary>
    internal static string StepName(CollectionStep step) => step switch
    {
        CollectionStep.InvoiceToReminder => "invoice → reminder",
        CollectionStep.ReminderToPromise => "reminder → promise",
        CollectionStep.PromiseToPayment => "promise → payment",
        CollectionStep.ReminderToPayment => "reminder → payment",
        _ => "invoice → payment",
    };

    private static string Title(string dimension) => dimension switch
    {
        AnalyticsDimensions.BusinessType => "Business type",
        AnalyticsDimensions.Term => "Term",
        _ => char.ToUpperInvariant(dimension[0]) + dimension[1..],
    };

    private static string Longest(StepDuration d)
        => string.Create(CultureInfo.InvariantCulture, $"{d.Item} {d.Days}{(d.IsOpen ? " (open)" : string.Empty)}");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Days(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    private static string Percent(decimal? share) => share is { } s ? Math.Round(s * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    private static string Round(double value) => (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0d).ToString("0.0", CultureInfo.InvariantCulture);
}

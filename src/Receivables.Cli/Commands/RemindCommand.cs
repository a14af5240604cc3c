using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Cli.Commands;

/// <summary>
/// <c>receivables remind</c>: the reminder plan on a date (collector worklist, proposed reminders, held items and the
/// messages), or the contact calendar of the coming days (<c>--forecast N</c>). Reads a policy file (JSON) and a
/// reminder history (CSV); both are optional. Nothing is sent.
/// </summary>
internal static class RemindCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = LedgerCommand.AsOfOption();
        var policy = new Option<FileInfo?>("--policy") { Description = "Reminder policy file (JSON, see docs/reminders.md); default: a built-in four-level ladder." };
        var history = new Option<FileInfo?>("--history") { Description = "Reminder history CSV: reminders issued and contacts (see docs/reminders.md)." };
        var forecast = new Option<int?>("--forecast") { Description = "Print the contacts of the coming N days (1-366) instead of today's plan." };
        var strictCalendar = CalendarCoverage.StrictOption();
        var format = new Option<string>("--format") { Description = "Output format: table, csv, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "md");
        var command = new Command("remind", "Reminder plan: collector worklist, proposed reminders with messages, held items; or --forecast N.") { file, asOf, policy, history, forecast, strictCalendar, format };
        command.SetAction(parse => context.Guarded(() => Run(context, () =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var setup = LoadPolicy(parse.GetValue(policy), parse.GetValue(strictCalendar));
            var forecastDays = parse.GetValue(forecast) ?? 0;
            CalendarCoverage.Warn(context, setup.Calendar, [date, date.AddDays(Math.Clamp(forecastDays, 0, 366))]);
            var ledger = parse.GetValue(history) is { } h ? LoadHistory(loaded.Ledger, h.FullName) : loaded.Ledger;
            var reports = parse.GetValue(forecast) is { } days
                ? [Forecast(setup, ledger, date, days, loaded)]
                : Today(setup, ledger, date, loaded, out var messages, markdown: parse.GetValue(format) == "md");
            Write(context, parse.GetValue(format)!, reports);
            return CliApp.Success;
        })));
        return command;
    }

    private static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return AgingCommand.Run(context, body);
        }
        catch (JsonException ex)
        {
            context.Error.WriteLine($"error: policy file: {ex.Message}");
            return CliApp.InputError;
        }
    }

    private static Report[] Today(Setup setup, ReceivablesLedger ledger, DateOnly date, LoadedLedger loaded, out List<ReminderMessage> messages, bool markdown)
    {
        var plan = setup.Planner.Plan(date, ledger, setup.Strategy, setup.Customers);
        var worklist = CollectorWorklist.Build(plan, setup.Worklist, setup.Customers);
        var worklistRows = worklist.Entries.Select(e => (IReadOnlyList<string>)
        [
            Text(e.Rank), e.Customer.Value, loaded.NameOf(e.Customer), e.Collector ?? string.Empty, ReportWriter.Amount(e.Overdue), e.Overdue.Currency.Code,
            Text(e.OldestDaysPastDue), Text(e.HighestLevel), ReportWriter.Amount(e.Score.Value), string.Join(" ", e.Score.Reasons.Select(r => r.Text)),
        ]).ToList();
        var proposals = plan.Proposals.ToList();
        var proposalRows = proposals.Select(p => (IReadOnlyList<string>)
        [
            p.Customer.Value, loaded.NameOf(p.Customer), p.Policy, Text(p.Level), p.Action.ToString(), p.Channel.ToString(), p.Tone.ToString(),
            string.Join(" ", p.Lines.Select(l => l.Item.Value)), Amounts(p.Totals), Amounts(p.Fees), Amounts(p.Interest),
            p.NextActionDate is { } n ? ReportWriter.Date(n) : string.Empty, p.Trigger == ReminderTrigger.BrokenPromise ? "broken promise" : "schedule",
        ]).ToList();
        var heldRows = plan.Customers.SelectMany(c => c.Skipped.Where(s => !s.Reason.Is(ReminderReasonCodes.Waiting) && !s.Reason.Is(ReminderReasonCodes.LadderEnd))
            .Select(s => (IReadOnlyList<string>)[c.Customer.Value, loaded.NameOf(c.Customer), s.Item?.Value ?? string.Empty, s.Reason.Code, s.Reason.Text, s.RetryOn is { } r ? ReportWriter.Date(r) : string.Empty]))
            .ToList();
        messages = [.. proposals.Select(p => ReminderMessagePolicies.BuiltIn.Render(new ReminderMessageArguments(p, loaded.NameOf(p.Customer), setup.Company, setup.BankDetails)))];
        var messageRows = proposals.Zip(messages, (p, m) => (IReadOnlyList<string>)[p.Customer.Value, m.Language, m.Subject, markdown ? m.Body.Replace("\n", "<br>", StringComparison.Ordinal) : m.Body]).ToList();
        return
        [
            new Report($"Collector worklist as of {ReportWriter.Date(date)}", [new("Rank", true), new("Customer"), new("Name"), new("Collector"), new("Overdue", true), new("Currency"), new("Days", true), new("Level", true), new("Score", true), new("Why")], worklistRows) { Key = "worklist", AsOf = date },
            new Report($"Proposed reminders as of {ReportWriter.Date(date)}", [new("Customer"), new("Name"), new("Policy"), new("Level", true), new("Action"), new("Channel"), new("Tone"), new("Items"), new("Total"), new("Fee"), new("Interest"), new("Next action"), new("Trigger")], proposalRows) { Key = "proposals", AsOf = date },
            new Report("Held and skipped", [new("Customer"), new("Name"), new("Item"), new("Code"), new("Reason"), new("Retry on")], heldRows) { Key = "held", AsOf = date },
            new Report("Messages", [new("Customer"), new("Language"), new("Subject"), new("Body")], messageRows) { Key = "messages", AsOf = date },
        ];
    }

    private static Report Forecast(Setup setup, ReceivablesLedger ledger, DateOnly date, int days, LoadedLedger loaded)
    {
        if (days is < 1 or > 366)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--forecast: {days} must be from 1 to 366 days."), nameof(days));
        }

        var view = ledger.AsOf(date);
        var plans = setup.Planner.Forecast(date, days, view.OpenItems, ReminderHistory.From(view), setup.Strategy, setup.Customers);
        var rows = plans.SelectMany(d => d.Proposals).Select(p => (IReadOnlyList<string>)
        [
            ReportWriter.Date(p.Date), p.Customer.Value, loaded.NameOf(p.Customer), p.Policy, Text(p.Level), p.Action.ToString(), p.Channel.ToString(),
            string.Join(" ", p.Lines.Select(l => l.Item.Value)), Amounts(p.Totals),
        ]).ToList();
        return new Report($"Contacts from {ReportWriter.Date(date)} for {Text(days)} days", [new("Date"), new("Customer"), new("Name"), new("Policy"), new("Level", true), new("Action"), new("Channel"), new("Items"), new("Total")], rows) { Key = "forecast", AsOf = date };
    }

    private static void Write(CliContext context, string format, Report[] reports)
    {
        if (format == "md")
        {
            MarkdownWriter.Write(context.Output, reports);
            return;
        }

        var output = format switch { "csv" => OutputFormat.Csv, "json" => OutputFormat.Json, _ => OutputFormat.Table };
        if (output != OutputFormat.Table)
        {
            ReportWriter.Write(context, output, reports);
            return;
        }

        // A table cannot hold a letter: print the message texts after the tables.
        ReportWriter.Write(context, output, reports[..^1]);
        foreach (var row in reports[^1].Rows)
        {
            context.Output.WriteLine($"--- {row[0]} ({row[1]}): {row[2]}");
            context.Output.WriteLine(row[3]);
            context.Output.WriteLine();
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amounts(IEnumerable<Money> amounts) => string.Join(" + ", amounts.Select(m => ReportWriter.Amount(m) + " " + m.Currency.Code));

    // ----- the policy file -----

    private sealed record Setup(ReminderPlanner Planner, ReminderStrategy Strategy, ReminderCustomers Customers, WorklistOptions Worklist, string Company, string BankDetails, BusinessCalendar Calendar);

    private sealed class PolicyFile
    {
        public List<PolicyEntry> Policies { get; init; } = [];

        public PlannerEntry Planner { get; init; } = new();

        public WorklistOptions Worklist { get; init; } = new();

        public List<CustomerEntry> Customers { get; init; } = [];

        public string Company { get; init; } = string.Empty;

        public string BankDetails { get; init; } = string.Empty;
    }

    private sealed class PolicyEntry
    {
        public string Name { get; init; } = "standard";

        public ReminderSubject Subject { get; init; } = ReminderSubject.Payment;

        public string? Segment { get; init; }

        public bool Firm { get; init; }

        public bool PerItem { get; init; }

        public int PromiseGraceDays { get; init; } = 3;

        public List<LevelEntry> Levels { get; init; } = [];
    }

    private sealed class LevelEntry
    {
        public int Days { get; init; }

        public int GraceDays { get; init; }

        public Dictionary<string, decimal> MinimumOverdue { get; init; } = [];

        public Dictionary<string, decimal> MinimumItemOverdue { get; init; } = [];

        public int MaxCount { get; init; } = 1;

        public int MinIntervalDays { get; init; } = 7;

        public List<ReminderChannel> Channels { get; init; } = [];

        public ReminderTone Tone { get; init; } = ReminderTone.Friendly;

        public ReminderAction Action { get; init; } = ReminderAction.Reminder;

        public ReminderFeeOptions? Fee { get; init; }

        public decimal? InterestPercentPerYear { get; init; }

        public List<ContactOutcome> AfterOutcomes { get; init; } = [];
    }

    private sealed class PlannerEntry
    {
        public int MaxContacts { get; init; } = 2;

        public int ContactWindowDays { get; init; } = 7;

        public string Calendar { get; init; } = "CN";

        public bool JumpToLevelByDays { get; init; }
    }

    private sealed class CustomerEntry
    {
        public string Id { get; init; } = string.Empty;

        public string? Segment { get; init; }

        public string? Grade { get; init; }

        public decimal? PaymentIndex { get; init; }

        public decimal? LatePaymentProbability { get; init; }

        public string? Blocked { get; init; }

        public string? Collector { get; init; }

        public string? Territory { get; init; }

        public ReminderChannel? Channel { get; init; }

        public string Language { get; init; } = "en";

        public string? ContactPerson { get; init; }

        public List<DoNotContactPeriod> DoNotContact { get; init; } = [];
    }

    private static Setup LoadPolicy(FileInfo? file, bool strictCalendar)
    {
        var parsed = file is null ? DefaultPolicy() : JsonSerializer.Deserialize<PolicyFile>(File.ReadAllText(file.FullName), Json) ?? new PolicyFile();
        if (parsed.Policies.Count == 0)
        {
            parsed = new PolicyFile { Policies = DefaultPolicy().Policies, Planner = parsed.Planner, Worklist = parsed.Worklist, Customers = parsed.Customers, Company = parsed.Company, BankDetails = parsed.BankDetails };
        }

        var errors = new List<string>();
        var policies = new List<(PolicyEntry Entry, ReminderPolicy Policy)>();
        for (var i = 0; i < parsed.Policies.Count; i++)
        {
            try
            {
                policies.Add((parsed.Policies[i], ReminderPolicy.Create(ToOptions(parsed.Policies[i]))));
            }
            catch (ReminderOptionsException ex)
            {
                errors.AddRange(ex.Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"policies[{i}].{e}")));
            }
        }

        if (!BusinessCalendars.TryGet(parsed.Planner.Calendar, out var calendar))
        {
            errors.Add($"planner.calendar: '{parsed.Planner.Calendar}' is not a known calendar.");
        }

        if (errors.Count > 0)
        {
            throw new ReminderOptionsException(errors, nameof(file));
        }

        calendar = CalendarCoverage.Apply(calendar!, strictCalendar);

        var payments = policies.Where(p => p.Policy.Subject == ReminderSubject.Payment).ToList();
        var standard = payments.FirstOrDefault(p => p.Entry.Segment is null && !p.Entry.Firm).Policy
            ?? throw new ArgumentException("The policy file needs one payment policy without segment and not firm (the default).", nameof(file));
        var strategy = ReminderStrategy.For(standard);
        foreach (var (entry, policy) in policies)
        {
            strategy = entry switch
            {
                _ when policy.Subject != ReminderSubject.Payment => strategy.WithDocuments(policy),
                { Firm: true } => strategy.WithFirmLadder(policy),
                { Segment: { } segment } => strategy.WithSegment(segment, policy),
                _ => strategy,
            };
        }

        var planner = ReminderPlanner.Create(new ReminderPlannerOptions
        {
            MaxContacts = parsed.Planner.MaxContacts,
            ContactWindowDays = parsed.Planner.ContactWindowDays,
            Calendar = calendar!,
            ActionPolicy = parsed.Planner.JumpToLevelByDays ? ReminderActionPolicies.ByDaysOverdue : ReminderActionPolicies.Ladder,
        });
        var customers = ReminderCustomers.Create(parsed.Customers.Select(c => new ReminderCustomer(new CustomerId(c.Id))
        {
            Segment = c.Segment,
            Grade = c.Grade,
            PaymentIndex = c.PaymentIndex,
            LatePaymentProbability = c.LatePaymentProbability,
            BlockedReason = c.Blocked,
            Collector = c.Collector,
            Territory = c.Territory,
            Preferences = new ReminderPreferences { Channel = c.Channel, Language = c.Language, ContactPerson = c.ContactPerson, DoNotContact = c.DoNotContact },
        }));
        return new Setup(planner, strategy, customers, parsed.Worklist, parsed.Company, parsed.BankDetails, calendar!);
    }

    private static ReminderPolicyOptions ToOptions(PolicyEntry entry)
    {
        var options = new ReminderPolicyOptions { Name = entry.Name, Subject = entry.Subject, PerItem = entry.PerItem, PromiseGraceDays = entry.PromiseGraceDays };
        foreach (var l in entry.Levels)
        {
            var level = new ReminderLevelOptions
            {
                Days = l.Days,
                GraceDays = l.GraceDays,
                MaxCount = l.MaxCount,
                MinIntervalDays = l.MinIntervalDays,
                Tone = l.Tone,
                Action = l.Action,
                Fee = l.Fee,
                Interest = l.InterestPercentPerYear is { } rate ? Terms.LateChargePolicies.AnnualRate(rate) : null,
                MinimumOverdue = l.MinimumOverdue,
                MinimumItemOverdue = l.MinimumItemOverdue,
                Channels = l.Channels,
                AfterOutcomes = l.AfterOutcomes,
            };
            options.Levels.Add(level);
        }

        return options;
    }

    private static PolicyFile DefaultPolicy() => new()
    {
        Worklist = new WorklistOptions { Currency = "CNY", Rates = { ["USD"] = 7.1m, ["EUR"] = 7.8m, ["GBP"] = 9.0m, ["JPY"] = 0.047m } },
        Policies =
        [
            new PolicyEntry
            {
                Name = "standard",
                Levels =
                [
                    new LevelEntry { Days = -5, MinIntervalDays = 5, Channels = [ReminderChannel.Email], Tone = ReminderTone.Friendly },
                    new LevelEntry { Days = 3, MinIntervalDays = 7, Channels = [ReminderChannel.Email, ReminderChannel.Letter], Tone = ReminderTone.Firm },
                    new LevelEntry { Days = 20, MinIntervalDays = 10, Channels = [ReminderChannel.Phone], Tone = ReminderTone.Firm, Action = ReminderAction.PhoneTask },
                    new LevelEntry { Days = 35, MinIntervalDays = 14, Channels = [ReminderChannel.Letter], Tone = ReminderTone.FinalDemand, Action = ReminderAction.FormalDemand },
                ],
            },
        ],
    };

    // ----- the history file -----

    private static readonly string[] HistoryRequired = ["date", "kind", "customer"];

    /// <summary>Records a reminder history CSV (reminders issued and contacts) in the ledger, in date order.</summary>
    internal static ReceivablesLedger LoadHistory(ReceivablesLedger ledger, string path)
    {
        var name = Path.GetFileName(path);
        var rows = CsvFile.ReadAll(path, HistoryRequired, csv => (Line: csv.Line, Record: ReadRecord(csv)));
        foreach (var (line, record) in rows.OrderBy(r => r.Record switch { ReminderIssued i => i.Date, ReminderContact c => c.Date, _ => DateOnly.MinValue }).ThenBy(r => r.Line))
        {
            try
            {
                ledger = record switch
                {
                    ReminderIssued issued => ReminderRecorder.Record(ledger, issued),
                    ReminderContact contact => ReminderRecorder.Record(ledger, contact),
                    _ => ledger,
                };
            }
            catch (LedgerException ex)
            {
                throw new CsvInputException(name, line, "items", ex.Message);
            }
        }

        return ledger;
    }

    private static object ReadRecord(CsvFile csv)
    {
        var date = csv.Date("date");
        var customer = new CustomerId(csv.Required("customer"));
        var items = (csv.Optional("items") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => new DocumentId(i)).ToList();
        var channel = csv.Optional("channel") is { } c ? Parse<ReminderChannel>(csv, "channel", c) : (ReminderChannel?)null;
        switch (csv.Required("kind"))
        {
            case "issued":
                if (items.Count == 0)
                {
                    throw csv.Error("items", "an issued reminder needs at least one item.");
                }

                var levelText = csv.Required("level");
                if (!int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
                {
                    throw csv.Error("level", $"'{levelText}' is not a level number (1, 2, …).");
                }

                return new ReminderIssued(date, customer, csv.Optional("policy") ?? "standard", level,
                    csv.Optional("action") is { } a ? Parse<ReminderAction>(csv, "action", a) : ReminderAction.Reminder,
                    channel ?? ReminderChannel.Email,
                    csv.Optional("tone") is { } t ? Parse<ReminderTone>(csv, "tone", t) : ReminderTone.Friendly,
                    ReminderTrigger.Schedule, items);
            case "contact":
                var outcome = Parse<ContactOutcome>(csv, "outcome", csv.Required("outcome"));
                var promised = csv.OptionalDate("promised_date");
                if ((outcome == ContactOutcome.Promised) != promised.HasValue || promised < date)
                {
                    throw csv.Error("promised_date", "a promised date (not before the contact) is required exactly when the outcome is promised.");
                }

                return new ReminderContact(date, customer, outcome, items, channel, promised, csv.Optional("note"));
            default:
                throw csv.Error("kind", $"'{csv.Required("kind")}' is not issued or contact.");
        }
    }

    private static T Parse<T>(CsvFile csv, string column, string text)
        where T : struct, Enum
    {
        var name = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(name[0])
            ? value
            : throw csv.Error(column, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
    }
}

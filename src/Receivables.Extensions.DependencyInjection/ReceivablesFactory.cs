using System.Globalization;
using Receivables.Aging;
using Receivables.Calendars;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Matching;
using Receivables.Reminders;
using Receivables.Terms;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>Builds the engines from the options. Validation and construction are the same code: validation builds
/// everything and reports what Core refused, naming the configuration key.</summary>
internal static class ReceivablesFactory
{
    public static AgingEngine Aging(ReceivablesOptions options)
    {
        var a = options.Aging;
        var scheme = AgingScheme.Create(a.Bounds ?? [30, 60, 90], a.Basis, a.NotYetDueSplits, a.Labels);
        return AgingEngine.Create(scheme, new AgingOptions { DegreeOfParallelism = a.DegreeOfParallelism });
    }

    public static MatchingEngine Matching(ReceivablesOptions options, IEnumerable<IMatchRule> custom)
    {
        var m = options.Matching;
        var core = new MatchingOptions
        {
            AutoApplyThreshold = m.AutoApplyThreshold,
            SuggestionThreshold = m.SuggestionThreshold,
            WriteOffToleranceAmount = m.WriteOffToleranceAmount,
            WriteOffTolerancePercent = m.WriteOffTolerancePercent,
        };
        foreach (var rule in custom)
        {
            core.Rules.Add(rule);
        }

        return MatchingEngine.Create(core);
    }

    public static Scorecard Scorecard(ReceivablesOptions options, IEnumerable<(ICreditFactor Factor, double Weight)> custom)
    {
        var weights = options.Credit.Weights;
        var known = Receivables.Credit.Scoring.Scorecard.Default.Factors.Select(f => f.Factor.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = weights.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown credit factor(s) {string.Join(", ", unknown)}; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.", nameof(options));
        }

        var chosen = new List<(ICreditFactor Factor, double Weight)>();
        foreach (var factor in Receivables.Credit.Scoring.Scorecard.Default.Factors)
        {
            var weight = weights.TryGetValue(factor.Factor.Name, out var w) ? w : factor.Weight;
            if (weight > 0d)
            {
                chosen.Add((factor.Factor, weight));
            }
        }

        chosen.AddRange(custom);
        var sum = chosen.Sum(f => f.Weight);
        var scorecard = new ScorecardOptions();
        foreach (var (factor, weight) in chosen)
        {
            scorecard.Add(factor, weight / sum);
        }

        return Receivables.Credit.Scoring.Scorecard.Create(scorecard);
    }

    public static CreditChecker Checker(ReceivablesOptions options)
    {
        var check = new CreditCheckOptions();
        check.Rules.Clear();
        check.Rules.Add(CreditCheckRules.Limit(options.Credit.WarningUtilisation));
        check.Rules.Add(CreditCheckRules.Overdue(holdDays: options.Credit.OverdueHoldDays));
        return CreditChecker.Create(check);
    }

    public static BusinessCalendarRegistry Calendars(ReceivablesOptions options, IEnumerable<(string Name, IBusinessCalendar Calendar)> registered)
    {
        var calendars = new Dictionary<string, IBusinessCalendar>(StringComparer.OrdinalIgnoreCase)
        {
            ["CN"] = BusinessCalendars.ChinaMainland,
            ["WEEKEND"] = BusinessCalendars.SaturdaySunday,
        };
        foreach (var (name, path) in options.CalendarFiles)
        {
            calendars[name] = CalendarFile.Parse(File.ReadAllText(path), name, WeekendDays.SaturdaySunday);
        }

        foreach (var (name, calendar) in registered)
        {
            calendars[name] = calendar;
        }

        return new BusinessCalendarRegistry(calendars);
    }

    public static PaymentTermCatalog Terms(ReceivablesOptions options)
        => new(options.PaymentTerms.ToDictionary(p => p.Key, p => TermNotation.Parse(p.Value), StringComparer.OrdinalIgnoreCase));

    public static ReminderPolicyCatalog ReminderPolicies(ReceivablesOptions options, IEnumerable<ReminderPolicy> added)
    {
        var policies = new Dictionary<string, ReminderPolicy>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, policy) in options.Reminders.Policies)
        {
            policy.Name = name;
            policies[name] = ReminderPolicy.Create(policy);
        }

        foreach (var policy in added)
        {
            policies[policy.Name] = policy;
        }

        return new ReminderPolicyCatalog(policies);
    }

    public static ReminderStrategy Strategy(RemindersSettings settings, ReminderPolicyCatalog catalog, string section)
    {
        var errors = StrategyErrors(settings, catalog);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => $"{section}:Reminders:{e.Key}: {e.Message}")));
        }

        var strategy = ReminderStrategy.For(catalog.Get(DefaultPolicyName(settings, catalog)!));
        foreach (var (segment, name) in settings.Segments)
        {
            strategy = strategy.WithSegment(segment, catalog.Get(name));
        }

        if (settings.FirmPolicy is { } firm)
        {
            strategy = strategy.WithFirmLadder(catalog.Get(firm));
        }

        foreach (var name in catalog.Names)
        {
            var policy = catalog.Get(name);
            if (policy.Subject != ReminderSubject.Payment)
            {
                strategy = strategy.WithDocuments(policy);
            }
        }

        return strategy;
    }

    public static IReminderActionPolicy ActionPolicy(RemindersSettings settings) => settings.ActionPolicy switch
    {
        var n when string.Equals(n, nameof(ReminderActionPolicies.Ladder), StringComparison.OrdinalIgnoreCase) => ReminderActionPolicies.Ladder,
        var n when string.Equals(n, nameof(ReminderActionPolicies.ByDaysOverdue), StringComparison.OrdinalIgnoreCase) => ReminderActionPolicies.ByDaysOverdue,
        _ => throw new ArgumentException($"'{settings.ActionPolicy}' is not a reminder action policy; use Ladder or ByDaysOverdue, or register one with UseReminderActionPolicy.", nameof(settings)),
    };

    public static ReminderPlanner Planner(RemindersSettings settings, IReminderActionPolicy action, BusinessCalendarRegistry calendars)
        => ReminderPlanner.Create(new ReminderPlannerOptions
        {
            ActionPolicy = action,
            Calendar = calendars.Get(settings.Calendar),
            MaxContacts = settings.MaxContacts,
            ContactWindowDays = settings.ContactWindowDays,
        });

    public static CollectorWorklists Worklists(RemindersSettings settings, IWorklistScorePolicy scorer)
    {
        var options = WorklistOptions(settings, scorer);
        _ = CollectorWorklist.Build(EmptyPlan, options);     // Core's check of the options, once
        return new CollectorWorklists(options);
    }

    private static readonly ReminderPlan EmptyPlan = new(new DateOnly(2000, 1, 1), []);

    private static WorklistOptions WorklistOptions(RemindersSettings settings, IWorklistScorePolicy scorer)
    {
        var w = settings.Worklist;
        var options = new WorklistOptions { Scorer = scorer, Currency = w.Currency };
        foreach (var (code, rate) in w.Rates)
        {
            options.Rates[code] = rate;
        }

        foreach (var (segment, collector) in w.CollectorsBySegment)
        {
            options.CollectorsBySegment[segment] = collector;
        }

        foreach (var (territory, collector) in w.CollectorsByTerritory)
        {
            options.CollectorsByTerritory[territory] = collector;
        }

        return options;
    }

    /// <summary>The name of the default payment policy: the configured one, else the only payment policy, else
    /// <c>standard</c>.</summary>
    private static string? DefaultPolicyName(RemindersSettings settings, ReminderPolicyCatalog catalog)
    {
        if (settings.DefaultPolicy is { } named)
        {
            return named;
        }

        var payment = catalog.Names.Where(n => catalog.Get(n).Subject == ReminderSubject.Payment).ToList();
        return payment.Count == 1 ? payment[0] : "standard";
    }

    /// <summary>What is wrong with the strategy the settings describe, each with its key under <c>Reminders</c>.</summary>
    private static List<(string Key, string Message)> StrategyErrors(RemindersSettings settings, ReminderPolicyCatalog catalog)
    {
        var errors = new List<(string Key, string Message)>();
        if (catalog.Names.Count == 0)
        {
            errors.Add(("Policies", "no reminder policy is configured; add one (or register one with AddReminderPolicy)."));
            return errors;
        }

        void Payment(string key, string? name, string hint = "")
        {
            if (!catalog.TryGet(name, out var policy))
            {
                errors.Add((key, $"{hint}no reminder policy is named '{name}'; known: {string.Join(", ", catalog.Names)}."));
            }
            else if (policy.Subject != ReminderSubject.Payment)
            {
                errors.Add((key, $"the policy '{name}' chases {policy.Subject}, not payments."));
            }
        }

        Payment("DefaultPolicy", DefaultPolicyName(settings, catalog), settings.DefaultPolicy is null ? "not set, and there is not exactly one payment policy, so the default is 'standard', but " : "");
        foreach (var (segment, name) in settings.Segments)
        {
            Payment($"Segments:{segment}", name);
        }

        if (settings.FirmPolicy is { } firm)
        {
            Payment("FirmPolicy", firm);
        }

        foreach (var group in catalog.Names.Select(catalog.Get).Where(p => p.Subject != ReminderSubject.Payment).GroupBy(p => p.Subject).Where(g => g.Count() > 1))
        {
            errors.Add(("Policies", $"{string.Join(" and ", group.Select(p => p.Name))} both chase {group.Key}; keep one."));
        }

        return errors;
    }

    /// <summary>Builds every part and collects what Core refused, each under its configuration key.</summary>
    public static List<string> Validate(ReceivablesOptions options, string section) => Validate(options, section, [], []);

    /// <summary>Builds every part and collects what Core refused, each under its configuration key; the calendars and
    /// reminder policies registered in code count as known names.</summary>
    public static List<string> Validate(ReceivablesOptions options, string section, IEnumerable<string> calendarNames, IEnumerable<ReminderPolicy> reminderPolicies)
    {
        var errors = new List<string>();
        void Check(string key, Action build)
        {
            try
            {
                build();
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException or TermsFormatException or CalendarFormatException)
            {
                errors.Add($"{section}:{key}: {Plain(e)}");
            }
        }

        Check("Aging", () => Aging(options));
        if (options.Matching.AutoApplyThreshold is < 0d or > 1d or double.NaN)
        {
            errors.Add($"{section}:Matching:AutoApplyThreshold: must be between 0 and 1 (was {options.Matching.AutoApplyThreshold.ToString(CultureInfo.InvariantCulture)}).");
        }
        else
        {
            Check("Matching", () => Matching(options, []));
        }

        foreach (var (name, weight) in options.Credit.Weights)
        {
            if (double.IsNaN(weight) || weight < 0d)
            {
                errors.Add($"{section}:Credit:Weights:{name}: must not be negative (was {weight.ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        Check("Credit:Weights", () => Scorecard(options, []));
        Check("Credit", () => Checker(options));
        foreach (var (name, path) in options.CalendarFiles)
        {
            Check($"CalendarFiles:{name}", () => CalendarFile.Parse(File.ReadAllText(path), name, WeekendDays.SaturdaySunday));
        }

        foreach (var (name, notation) in options.PaymentTerms)
        {
            if (!TermNotation.TryParse(notation, out _, out var error))
            {
                errors.Add($"{section}:PaymentTerms:{name}: {error?.Message ?? "not a payment term"}");
            }
        }

        ValidateReminders(options, section, calendarNames, reminderPolicies, errors);
        return errors;
    }

    private static void ValidateReminders(ReceivablesOptions options, string section, IEnumerable<string> calendarNames, IEnumerable<ReminderPolicy> added, List<string> errors)
    {
        var r = options.Reminders;
        var key = section + ":Reminders";
        var built = new Dictionary<string, ReminderPolicy>(StringComparer.OrdinalIgnoreCase);
        var invalid = false;
        foreach (var (name, policy) in r.Policies)
        {
            if (policy is null)
            {
                errors.Add($"{key}:Policies:{name}: is empty.");
                invalid = true;
                continue;
            }

            policy.Name = name;
            try
            {
                built[name] = ReminderPolicy.Create(policy);
            }
            catch (ReminderOptionsException e)
            {
                invalid = true;
                errors.AddRange(e.Errors.Select(error => $"{key}:Policies:{name}:{ConfigurationKey(FieldOf(error))}: {error}"));
            }
        }

        foreach (var policy in added)
        {
            built[policy.Name] = policy;
        }

        if (!invalid && (built.Count > 0 || r.DefaultPolicy is not null || r.FirmPolicy is not null || r.Segments.Count > 0))
        {
            errors.AddRange(StrategyErrors(r, new ReminderPolicyCatalog(built)).Select(e => $"{key}:{e.Key}: {e.Message}"));
        }

        try
        {
            _ = ActionPolicy(r);
        }
        catch (ArgumentException e)
        {
            errors.Add($"{key}:ActionPolicy: {Plain(e)}");
        }

        var calendars = new HashSet<string>(["CN", "WEEKEND", .. options.CalendarFiles.Keys, .. calendarNames], StringComparer.OrdinalIgnoreCase);
        if (!calendars.Contains(r.Calendar ?? string.Empty))
        {
            errors.Add($"{key}:Calendar: no business calendar is named '{r.Calendar}'; known: {string.Join(", ", calendars.Order(StringComparer.OrdinalIgnoreCase))}.");
        }

        try
        {
            _ = ReminderPlanner.Create(new ReminderPlannerOptions { MaxContacts = r.MaxContacts, ContactWindowDays = r.ContactWindowDays });
        }
        catch (ReminderOptionsException e)
        {
            errors.AddRange(e.Errors.Select(error => $"{key}:{ConfigurationKey(FieldOf(error))}: {error}"));
        }

        try
        {
            _ = CollectorWorklist.Build(EmptyPlan, WorklistOptions(r, WorklistScorePolicies.ExpectedBenefit));
        }
        catch (ReminderOptionsException e)
        {
            errors.AddRange(e.Errors.Select(error => $"{key}:Worklist:{ConfigurationKey(FieldOf(error))}: {error}"));
        }
    }

    /// <summary>The field an error of Core's reminder options starts with (<c>Levels[1].GraceDays = -1 …</c>).</summary>
    private static string FieldOf(string error)
    {
        var end = error.IndexOfAny([' ', ':']);
        return end < 0 ? error : error[..end];
    }

    /// <summary>A Core field path as a configuration key: <c>Levels[0].Fee.Cap[EUR]</c> → <c>Levels:0:Fee:Cap:EUR</c>.</summary>
    private static string ConfigurationKey(string field)
        => field.Replace("]", string.Empty, StringComparison.Ordinal).Replace('[', ':').Replace('.', ':');

    private static string Plain(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}

using System.Globalization;
using Receivables.Aging;
using Receivables.Calendars;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Matching;
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

    /// <summary>Builds every part and collects what Core refused, each under its configuration key.</summary>
    public static List<string> Validate(ReceivablesOptions options, string section)
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

        return errors;
    }

    private static string Plain(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}

using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Alerts;

/// <summary>The built-in risk alert rules, and <see cref="Evaluate"/> to run several.</summary>
/// <remarks>Every rule is immutable and thread-safe.</remarks>
public static class AgingAlertRules
{
    /// <summary>Alerts when the share of a customer's balance more than <paramref name="days"/> days old is above <paramref name="share"/>.
    /// Only buckets entirely beyond <paramref name="days"/> count, so choose a bucket bound (90 with 30/60/90/120).</summary>
    /// <param name="days">The age threshold in days, ≥ 0.</param>
    /// <param name="share">The share threshold, 0 to 1 (0.2 = 20 %).</param>
    /// <param name="severity">The severity. The default value is <see cref="AlertSeverity.Warning"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or <paramref name="share"/> is outside 0 to 1.</exception>
    public static IAgingAlertRule OverdueShareAbove(int days, decimal share, AlertSeverity severity = AlertSeverity.Warning)
    {
        Guard.NotNegative(days);
        if (share is < 0m or > 1m)
        {
            throw Guard.OutOfRange(nameof(share), share, "share must be 0 to 1.");
        }

        return new OverdueShareRule(days, share, Guard.Defined(severity));
    }

    /// <summary>Alerts when a customer's balance is above its credit limit (in the limit's currency; other currencies are not compared).</summary>
    /// <param name="severity">The severity. The default value is <see cref="AlertSeverity.Critical"/>.</param>
    /// <returns>The rule.</returns>
    public static IAgingAlertRule CreditLimitExceeded(AlertSeverity severity = AlertSeverity.Critical) => new CreditLimitRule(Guard.Defined(severity));

    /// <summary>Alerts when a customer's amount-weighted days beyond terms over the last <paramref name="recentDays"/> days is worse than
    /// its own history before that window by more than <paramref name="byMoreThanDays"/> days (from the context's payment records,
    /// via <see cref="PaymentBehaviour.Compute"/>).</summary>
    /// <param name="byMoreThanDays">How many days worse triggers the alert, ≥ 0.</param>
    /// <param name="recentDays">The recent window ending on the as-of date. The default value is 90 days.</param>
    /// <param name="severity">The severity. The default value is <see cref="AlertSeverity.Warning"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="byMoreThanDays"/> is negative or <paramref name="recentDays"/> is not positive.</exception>
    public static IAgingAlertRule PayingSlowerThanHistory(int byMoreThanDays, int recentDays = 90, AlertSeverity severity = AlertSeverity.Warning)
        => new SlowerThanHistoryRule(Guard.NotNegative(byMoreThanDays), Guard.Positive(recentDays), Guard.Defined(severity));

    /// <summary>Alerts for each open item more than <paramref name="days"/> days past due with an open amount above <paramref name="amount"/>
    /// (items in other currencies are not compared).</summary>
    /// <param name="days">Days past due threshold, ≥ 0.</param>
    /// <param name="amount">The amount threshold.</param>
    /// <param name="severity">The severity. The default value is <see cref="AlertSeverity.Critical"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static IAgingAlertRule ItemOverdueAbove(int days, Money amount, AlertSeverity severity = AlertSeverity.Critical)
        => new ItemOverdueRule(Guard.NotNegative(days), amount, Guard.Defined(severity));

    /// <summary>Alerts when a customer's balance uses at least <paramref name="share"/> of its credit limit but is not above it
    /// (80 % used: time to talk before orders are held). Above the limit, <see cref="CreditLimitExceeded"/> alerts instead,
    /// so the two rules never alert twice for one balance. Compared in the limit's currency only; a limit of zero is never
    /// "utilised" (any balance exceeds it).</summary>
    /// <param name="share">The utilisation threshold, greater than 0 and at most 1 (0.8 = 80 %).</param>
    /// <param name="severity">The severity. The default value is <see cref="AlertSeverity.Warning"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not greater than 0 or is above 1.</exception>
    public static IAgingAlertRule CreditLimitUtilisationAbove(decimal share, AlertSeverity severity = AlertSeverity.Warning)
    {
        if (share is <= 0m or > 1m)
        {
            throw Guard.OutOfRange(nameof(share), share, "share must be greater than 0 and at most 1.");
        }

        return new CreditUtilisationRule(share, Guard.Defined(severity));
    }

    /// <summary>Runs rules and returns their alerts, most severe first, then by customer and reason code.</summary>
    /// <param name="context">The context.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is <c>default</c>.</exception>
    public static IReadOnlyList<AgingAlert> Evaluate(AgingAlertArguments context, IEnumerable<IAgingAlertRule> rules)
    {
        if (context.Report is null)
        {
            throw new ArgumentException("The arguments have no report; create them with their constructor.", nameof(context));
        }

        Guard.NotNull(rules);
        return [.. rules
            .SelectMany(r => (r ?? throw new ArgumentNullException(nameof(rules), "A rule is null.")).Evaluate(context))
            .OrderByDescending(a => a.Severity)
            .ThenBy(a => a.Customer, StringComparer.Ordinal)
            .ThenBy(a => a.Code, StringComparer.Ordinal)];
    }

    /// <summary>A share 0 to 1 in percent, rounded half away from zero to 0.1.</summary>
    private static decimal Percent(decimal share) => Trim(Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero));

    private static decimal Days(decimal days) => Trim(Math.Round(days, 1, MidpointRounding.AwayFromZero));

    /// <summary>The same value without trailing zeros (20.00 → 20), so texts read "20 %".</summary>
    internal static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;

    private sealed class OverdueShareRule(int days, decimal share, AlertSeverity severity) : IAgingAlertRule
    {
        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments) => [.. Alerts(arguments)];

        private IEnumerable<AgingAlert> Alerts(AgingAlertArguments context)
        {
            var scheme = context.Report.Scheme;
            foreach (var section in context.Report.Sections)
            {
                foreach (var line in section.Lines.Where(l => l.Total.IsPositive))
                {
                    var over = line.Over(days, scheme);
                    var actual = over.Amount / line.Total.Amount;
                    if (actual > share)
                    {
                        yield return new AgingAlert(
                            severity,
                            line.Key,
                            section.Currency,
                            AgingReasonCodes.OverdueShare.With(line.Key, Percent(actual), line.Total, days, over, Trim(share * 100m)));
                    }
                }
            }
        }
    }

    private sealed class CreditLimitRule(AlertSeverity severity) : IAgingAlertRule
    {
        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments) => [.. Alerts(arguments)];

        private IEnumerable<AgingAlert> Alerts(AgingAlertArguments context)
        {
            foreach (var (customer, limit) in context.CreditLimits.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (context.Report.TryGetSection(limit.Currency, out var section) && section.TryGetLine(customer, out var line) && line.Total > limit)
                {
                    yield return new AgingAlert(
                        severity,
                        customer,
                        limit.Currency,
                        AgingReasonCodes.CreditLimitExceeded.With(customer, line.Total, limit, line.Total - limit));
                }
            }
        }
    }

    private sealed class CreditUtilisationRule(decimal share, AlertSeverity severity) : IAgingAlertRule
    {
        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments) => [.. Alerts(arguments)];

        private IEnumerable<AgingAlert> Alerts(AgingAlertArguments context)
        {
            foreach (var (customer, limit) in context.CreditLimits.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (limit.IsPositive && context.Report.TryGetSection(limit.Currency, out var section) && section.TryGetLine(customer, out var line)
                    && line.Total <= limit && line.Total.Amount >= share * limit.Amount)
                {
                    yield return new AgingAlert(
                        severity,
                        customer,
                        limit.Currency,
                        AgingReasonCodes.CreditLimitUtilisation.With(customer, line.Total, Percent(line.Total.Amount / limit.Amount), limit, Trim(share * 100m), limit - line.Total));
                }
            }
        }
    }

    private sealed class SlowerThanHistoryRule(int byMoreThanDays, int recentDays, AlertSeverity severity) : IAgingAlertRule
    {
        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments) => [.. Alerts(arguments)];

        private IEnumerable<AgingAlert> Alerts(AgingAlertArguments context)
        {
            var recentFrom = context.AsOf.AddDays(-recentDays + 1);
            foreach (var customer in context.PaymentRecords.GroupBy(r => r.Customer.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var recent = PaymentBehaviour.Compute(customer, recentFrom, context.AsOf);
                var history = PaymentBehaviour.Compute(customer, null, recentFrom.AddDays(-1));
                foreach (var now in recent)
                {
                    var before = history.FirstOrDefault(h => h.Currency == now.Currency);
                    if (before is null)
                    {
                        continue;
                    }

                    var worse = now.AverageDaysBeyondTerms - before.AverageDaysBeyondTerms;
                    if (worse > byMoreThanDays)
                    {
                        yield return new AgingAlert(
                            severity,
                            customer.Key,
                            now.Currency,
                            AgingReasonCodes.SlowerThanHistory.With(customer.Key, Days(now.AverageDaysBeyondTerms), recentDays, Days(before.AverageDaysBeyondTerms), Days(worse), byMoreThanDays));
                    }
                }
            }
        }
    }

    private sealed class ItemOverdueRule(int days, Money amount, AlertSeverity severity) : IAgingAlertRule
    {
        public IReadOnlyList<AgingAlert> Evaluate(in AgingAlertArguments arguments) => [.. Alerts(arguments)];

        private IEnumerable<AgingAlert> Alerts(AgingAlertArguments context)
        {
            foreach (var item in context.Items.OrderBy(i => i.Customer.Value, StringComparer.Ordinal).ThenBy(i => i.Id.Value, StringComparer.Ordinal).ThenBy(i => i.Installment))
            {
                var overdue = context.AsOf.DayNumber - item.DueDate.DayNumber;
                if (overdue > days && item.Currency == amount.Currency && item.Open > amount)
                {
                    yield return new AgingAlert(
                        severity,
                        item.Customer.Value,
                        item.Currency,
                        AgingReasonCodes.ItemOverdue.With(item.Customer.Value, item.Id.Value, item.Open, overdue, days, amount));
                }
            }
        }
    }
}

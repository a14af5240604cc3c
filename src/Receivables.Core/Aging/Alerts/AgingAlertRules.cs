using System.Collections.Immutable;
using System.Globalization;
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
            throw new ArgumentOutOfRangeException(nameof(share), share, "share must be 0 to 1.");
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

    /// <summary>Runs rules and returns their alerts, most severe first, then by customer and rule.</summary>
    /// <param name="context">The context.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/>, <paramref name="rules"/> or a rule is null.</exception>
    public static IReadOnlyList<AgingAlert> Evaluate(AgingAlertContext context, IEnumerable<IAgingAlertRule> rules)
    {
        Guard.NotNull(context);
        Guard.NotNull(rules);
        return [.. rules
            .SelectMany(r => (r ?? throw new ArgumentNullException(nameof(rules), "A rule is null.")).Evaluate(context))
            .OrderByDescending(a => a.Severity)
            .ThenBy(a => a.Customer, StringComparer.Ordinal)
            .ThenBy(a => a.Rule, StringComparer.Ordinal)];
    }

    private static string Pct(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Amt(Money money) => money.Amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + money.Currency.Code;

    private static ImmutableSortedDictionary<string, decimal> Figures(params (string Name, decimal Value)[] figures)
        => figures.ToImmutableSortedDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private sealed class OverdueShareRule(int days, decimal share, AlertSeverity severity) : IAgingAlertRule
    {
        public IEnumerable<AgingAlert> Evaluate(AgingAlertContext context)
        {
            Guard.NotNull(context);
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
                            "OverdueShare",
                            severity,
                            line.Key,
                            section.Currency,
                            Figures(("balance", line.Total.Amount), ("over", over.Amount), ("share", actual), ("threshold", share), ("days", days)),
                            $"{line.Key}: {Pct(actual)} of the balance of {Amt(line.Total)} is more than {days} days old ({Amt(over)}); the limit is {Pct(share)}.");
                    }
                }
            }
        }
    }

    private sealed class CreditLimitRule(AlertSeverity severity) : IAgingAlertRule
    {
        public IEnumerable<AgingAlert> Evaluate(AgingAlertContext context)
        {
            Guard.NotNull(context);
            foreach (var (customer, limit) in context.CreditLimits.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (context.Report.TryGetSection(limit.Currency, out var section) && section.TryGetLine(customer, out var line) && line.Total > limit)
                {
                    var excess = line.Total - limit;
                    yield return new AgingAlert(
                        "CreditLimit",
                        severity,
                        customer,
                        limit.Currency,
                        Figures(("balance", line.Total.Amount), ("limit", limit.Amount), ("excess", excess.Amount)),
                        $"{customer}: the balance of {Amt(line.Total)} is above the credit limit of {Amt(limit)} by {Amt(excess)}.");
                }
            }
        }
    }

    private sealed class SlowerThanHistoryRule(int byMoreThanDays, int recentDays, AlertSeverity severity) : IAgingAlertRule
    {
        public IEnumerable<AgingAlert> Evaluate(AgingAlertContext context)
        {
            Guard.NotNull(context);
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
                            "SlowerThanHistory",
                            severity,
                            customer.Key,
                            now.Currency,
                            Figures(("recentDaysBeyondTerms", now.AverageDaysBeyondTerms), ("historicalDaysBeyondTerms", before.AverageDaysBeyondTerms), ("worseBy", worse), ("threshold", byMoreThanDays)),
                            string.Create(CultureInfo.InvariantCulture, $"{customer.Key}: paid {now.AverageDaysBeyondTerms:0.#} days beyond terms in the last {recentDays} days against {before.AverageDaysBeyondTerms:0.#} before, {worse:0.#} days worse (limit {byMoreThanDays})."));
                    }
                }
            }
        }
    }

    private sealed class ItemOverdueRule(int days, Money amount, AlertSeverity severity) : IAgingAlertRule
    {
        public IEnumerable<AgingAlert> Evaluate(AgingAlertContext context)
        {
            Guard.NotNull(context);
            foreach (var item in context.Items.OrderBy(i => i.Customer.Value, StringComparer.Ordinal).ThenBy(i => i.Document.Value, StringComparer.Ordinal))
            {
                var overdue = context.AsOf.DayNumber - item.DueDate.DayNumber;
                if (overdue > days && item.Open.Currency == amount.Currency && item.Open > amount)
                {
                    yield return new AgingAlert(
                        "ItemOverdue",
                        severity,
                        item.Customer.Value,
                        item.Open.Currency,
                        Figures(("open", item.Open.Amount), ("daysOverdue", overdue), ("thresholdDays", days), ("thresholdAmount", amount.Amount)),
                        $"{item.Customer.Value}: {item.Document.Value} of {Amt(item.Open)} is {overdue} days overdue (more than {days} days and above {Amt(amount)}).");
                }
            }
        }
    }
}

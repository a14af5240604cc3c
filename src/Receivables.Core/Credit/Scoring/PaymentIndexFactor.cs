using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Credit.Scoring;

/// <summary>
/// The payment index: amount-weighted days beyond terms over a window, from <see cref="PaymentBehaviour"/> of the
/// paid items plus the open items (counted at their days overdue on the as-of date, 0 when not yet due), mapped on the
/// PAYDEX key; with a trend of the last 3 months against the 9 before.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PaymentIndexFactor(int windowMonths, double trendPoints) : ICreditFactor
{
    public string Name => CreditFactors.PaymentIndexName;

    public CreditFactorResult Evaluate(CreditProfile profile)
    {
        Guard.NotNull(profile);
        var asOf = profile.AsOf;
        var overall = Index(profile, asOf.AddMonths(-windowMonths).AddDays(1), asOf, includeOpen: true);
        if (overall is not { } o)
        {
            return CreditFactorResult.NotAvailable(Name, string.Create(CultureInfo.InvariantCulture, $"no payments or open items in {profile.Currency.Code} in the last {windowMonths} months"));
        }

        var days = Math.Round(o.Days, 1);
        var score = Paydex.FromDaysBeyondTerms(o.Days);
        var summary = days > 0
            ? string.Create(CultureInfo.InvariantCulture, $"payments average {days:0.#} days beyond terms")
            : days < 0
                ? string.Create(CultureInfo.InvariantCulture, $"payments average {-days:0.#} days before the due date")
                : "payments arrive on the due date on average";
        var reasons = new List<CreditReason> { new(days > 0 ? "PAY-LATE" : "PAY-PROMPT", summary) };
        var overdue = profile.OpenItems.Where(i => i.Open.Currency == profile.Currency && i.DaysOverdue(asOf) > 0).ToList();
        if (overdue.Count > 0)
        {
            var amount = overdue.Aggregate(Money.Zero(profile.Currency), (sum, i) => sum + i.Open);
            reasons.Add(new("PAY-OVERDUE", string.Create(CultureInfo.InvariantCulture, $"{amount.Amount:0.##} {amount.Currency.Code} overdue, the oldest {overdue.Max(i => i.DaysOverdue(asOf))} days")));
        }

        var recentStart = asOf.AddMonths(-3).AddDays(1);
        var recent = Index(profile, recentStart, asOf, includeOpen: true);
        var before = Index(profile, asOf.AddMonths(-12).AddDays(1), recentStart.AddDays(-1), includeOpen: false);
        if (recent is { } r && before is { } b)
        {
            var change = Math.Round(Paydex.FromDaysBeyondTerms(r.Days) - Paydex.FromDaysBeyondTerms(b.Days), 1);
            if (change <= -trendPoints)
            {
                reasons.Add(new("PAY-TREND-DOWN", string.Create(CultureInfo.InvariantCulture, $"the payment index fell {-change:0.#} points in the last 3 months against the 9 before")));
            }
            else if (change >= trendPoints)
            {
                reasons.Add(new("PAY-TREND-UP", string.Create(CultureInfo.InvariantCulture, $"the payment index rose {change:0.#} points in the last 3 months against the 9 before")));
            }
        }

        return CreditFactorResult.Available(Name, score, o.Days, summary, reasons);
    }

    /// <summary>Amount-weighted days beyond terms of payments in [from, to], plus (when asked) the items open on the as-of date.</summary>
    private static (double Days, decimal Weight)? Index(CreditProfile profile, DateOnly from, DateOnly to, bool includeOpen)
    {
        var behaviour = PaymentBehaviour.Compute(profile.PaymentRecords, from, to).FirstOrDefault(b => b.Currency == profile.Currency);
        var weight = behaviour?.PaidAmount.Amount ?? 0m;
        var weightedDays = behaviour is null ? 0m : behaviour.AverageDaysBeyondTerms * weight;
        if (includeOpen)
        {
            foreach (var item in profile.OpenItems)
            {
                // Open items count at their days overdue; items not yet due count as prompt (0 days), as current
                // balances do in trade-payment indices. Counting every open item keeps the index monotone.
                var overdueDays = item.DaysOverdue(profile.AsOf);
                if (item.Open.Currency == profile.Currency)
                {
                    weight += item.Open.Amount;
                    weightedDays += item.Open.Amount * overdueDays;
                }
            }
        }

        return weight > 0m ? ((double)(weightedDays / weight), weight) : null;
    }
}

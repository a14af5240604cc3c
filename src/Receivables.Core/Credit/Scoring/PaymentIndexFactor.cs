using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// The payment index: the payments applied over a window plus the open items (counted at their days overdue on the
/// as-of date, 0 when not yet due), weighted into one PAYDEX-style index by the chosen convention; with a trend of the
/// last 3 months against the 9 before.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class PaymentIndexFactor(int windowMonths, double trendPoints, PaydexWeighting weighting) : ICreditFactor
{
    public string Name => CreditFactors.PaymentIndexName;

    public CreditFactorResult Evaluate(in CreditFactorArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        var asOf = profile.AsOf;
        var overall = Index(profile, asOf.AddMonths(-windowMonths).AddDays(1), asOf, includeOpen: true);
        if (overall is not { } o)
        {
            return CreditFactorResult.NotAvailable(Name, nameof(CreditProfile.PaymentRecords) + ", " + nameof(CreditProfile.OpenItems));
        }

        var days = CurveFactor.Round(o.Days, 1);
        // An amount-weighted mean of key scores in 0..100 is in 0..100; summing doubles can overshoot by one ulp
        // (100.00000000000001 was seen by the property test on .NET 8), so clamp to the range the result promises.
        var score = Math.Clamp(o.Score, 0d, 100d);
        var summary = days > 0
            ? CreditReasonCodes.PaymentIndexLate.With(days, CurveFactor.Round(score, 1))
            : CreditReasonCodes.PaymentIndexPrompt.With(-days + 0d, CurveFactor.Round(score, 1));
        var more = new List<Reason>();
        var overdueAmount = Money.Zero(profile.Currency);
        var oldest = 0;
        foreach (var item in profile.OpenItems)
        {
            if (item.Open.Currency == profile.Currency && item.DaysOverdue(asOf) is var d and > 0)
            {
                overdueAmount += item.Open;
                oldest = Math.Max(oldest, d);
            }
        }

        if (oldest > 0)
        {
            more.Add(CreditReasonCodes.PaymentOverdue.With(overdueAmount, oldest));
        }

        var recentStart = asOf.AddMonths(-3).AddDays(1);
        var recent = Index(profile, recentStart, asOf, includeOpen: true);
        var before = Index(profile, asOf.AddMonths(-12).AddDays(1), recentStart.AddDays(-1), includeOpen: false);
        if (recent is { } r && before is { } b)
        {
            var change = CurveFactor.Round(r.Score - b.Score, 1);
            if (change <= -trendPoints)
            {
                more.Add(CreditReasonCodes.PaymentTrendDown.With(-change));
            }
            else if (change >= trendPoints)
            {
                more.Add(CreditReasonCodes.PaymentTrendUp.With(change));
            }
        }

        return CreditFactorResult.Available(Name, score, o.Days, summary, more);
    }

    /// <summary>Amount-weighted days beyond terms and the index of payments in [from, to], plus (when asked) the items
    /// open on the as-of date.</summary>
    private (double Days, double Score)? Index(CreditProfile profile, DateOnly from, DateOnly to, bool includeOpen)
    {
        var payments = new Paydex.Accumulator(weighting);
        var weight = 0m;
        var weightedDays = 0m;
        foreach (var record in profile.PaymentRecords)
        {
            if (record.PaidOn < from || record.PaidOn > to || record.Amount.Currency != profile.Currency)
            {
                continue;
            }

            var habit = profile.PaymentHabits.TryGetValue(record.Payment, out var h) ? h : PaymentHabit.ByDays;
            payments.Add(new PaydexPayment(record.Amount.Amount, record.DaysBeyondTerms, habit));
            weight += record.Amount.Amount;
            weightedDays += record.Amount.Amount * record.DaysBeyondTerms;
        }

        if (includeOpen)
        {
            foreach (var item in profile.OpenItems)
            {
                // Open items count at their days overdue; items not yet due count as prompt (0 days), as current
                // balances do in trade-payment indices. Counting every open item keeps the index monotone.
                if (item.Open.Currency == profile.Currency)
                {
                    var overdueDays = item.DaysOverdue(profile.AsOf);
                    payments.Add(new PaydexPayment(item.Open.Amount, overdueDays));
                    weight += item.Open.Amount;
                    weightedDays += item.Open.Amount * overdueDays;
                }
            }
        }

        return weight > 0m && payments.Result() is { } score ? ((double)(weightedDays / weight), score) : null;
    }
}

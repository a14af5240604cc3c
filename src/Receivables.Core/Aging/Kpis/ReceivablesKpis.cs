using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Kpis;

/// <summary>
/// Receivables KPIs: DSO (standard and countback), best possible DSO, average days delinquent, the collection
/// effectiveness index, and payment behaviour per customer.
/// </summary>
/// <remarks>
/// <para>Results are <c>decimal</c> days or percentages, not rounded; amounts must share one currency
/// (<see cref="CurrencyMismatchException"/> otherwise). All members are pure and thread-safe.</para>
/// </remarks>
public static class ReceivablesKpis
{
    /// <summary>Standard DSO: ending receivables ÷ credit sales of the period × days in the period.</summary>
    /// <param name="endingReceivables">The receivables at the end of the period.</param>
    /// <param name="creditSales">The credit sales of the period, greater than zero.</param>
    /// <param name="days">The days in the period (90 for a quarter, 365 for a year), greater than zero.</param>
    /// <returns>The DSO in days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditSales"/> or <paramref name="days"/> is not positive.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static decimal StandardDso(Money endingReceivables, Money creditSales, int days)
    {
        SameCurrency(endingReceivables, creditSales);
        Guard.Positive(creditSales.Amount, nameof(creditSales));
        Guard.Positive(days);
        return endingReceivables.Amount * days / creditSales.Amount;
    }

    /// <summary>Best possible DSO: current (not yet due) receivables ÷ credit sales × days; the DSO if every customer paid on time.</summary>
    /// <param name="currentReceivables">The receivables not yet due at the end of the period.</param>
    /// <param name="creditSales">The credit sales of the period, greater than zero.</param>
    /// <param name="days">The days in the period, greater than zero.</param>
    /// <returns>The best possible DSO in days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditSales"/> or <paramref name="days"/> is not positive.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static decimal BestPossibleDso(Money currentReceivables, Money creditSales, int days) => StandardDso(currentReceivables, creditSales, days);

    /// <summary>Average days delinquent: DSO − best possible DSO (how many days, on average, payments run late).</summary>
    /// <param name="dso">The DSO.</param>
    /// <param name="bestPossibleDso">The best possible DSO computed the same way.</param>
    /// <returns>The average days delinquent.</returns>
    public static decimal AverageDaysDelinquent(decimal dso, decimal bestPossibleDso) => dso - bestPossibleDso;

    /// <summary>DSO, best possible DSO and average days delinquent from an aging section: total = grand total, current = the
    /// not-yet-due buckets.</summary>
    /// <param name="aging">The aging of one currency at the end of the period (a <see cref="AgingBasis.DaysPastDue"/> scheme).</param>
    /// <param name="scheme">The scheme of the report the section belongs to.</param>
    /// <param name="creditSales">The credit sales of the period, greater than zero.</param>
    /// <param name="days">The days in the period, greater than zero.</param>
    /// <returns>The three figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aging"/> or <paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException">The scheme ages by document date (it has no not-yet-due bucket).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditSales"/> or <paramref name="days"/> is not positive.</exception>
    public static DsoFigures FromAging(AgingSection aging, AgingScheme scheme, Money creditSales, int days)
    {
        Guard.NotNull(aging);
        Guard.NotNull(scheme);
        if (scheme.Basis != AgingBasis.DaysPastDue)
        {
            throw new ArgumentException("Best possible DSO needs a scheme by days past due.", nameof(scheme));
        }

        var current = new Money(scheme.Buckets.Where(b => b.IsNotYetDue).Sum(b => aging.BucketTotals[b.Index].Amount), aging.Currency);
        var dso = StandardDso(aging.GrandTotal, creditSales, days);
        var best = BestPossibleDso(current, creditSales, days);
        return new DsoFigures(dso, best, AverageDaysDelinquent(dso, best));
    }

    /// <summary>
    /// Countback DSO (exhaustion method): starting from the most recent period, subtract each period's credit sales from
    /// the ending receivables and count its days, until what is left is smaller than a period's sales; that period adds
    /// its days × remainder ÷ its sales.
    /// </summary>
    /// <param name="endingReceivables">The receivables at the end of the most recent period, not negative.</param>
    /// <param name="periodsMostRecentFirst">The periods, most recent first.</param>
    /// <returns>The DSO in days. When the receivables exceed the sales of every period given, the remainder is counted at
    /// the daily sales rate of the oldest period with sales.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periodsMostRecentFirst"/> is null.</exception>
    /// <exception cref="ArgumentException">No period has sales while receivables are positive, a period has non-positive days
    /// or negative sales, or the receivables are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static decimal CountbackDso(Money endingReceivables, IReadOnlyList<PeriodSales> periodsMostRecentFirst)
    {
        Guard.NotNull(periodsMostRecentFirst);
        Guard.NotNegative(endingReceivables.Amount, nameof(endingReceivables));
        var remaining = endingReceivables.Amount;
        var days = 0m;
        PeriodSales? lastWithSales = null;
        for (var i = 0; i < periodsMostRecentFirst.Count; i++)
        {
            var period = periodsMostRecentFirst[i];
            SameCurrency(endingReceivables, period.CreditSales);
            if (period.Days <= 0 || period.CreditSales.IsNegative)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{nameof(periodsMostRecentFirst)}[{i}] has {period.Days} days and sales {period.CreditSales}; days must be positive and sales not negative."), nameof(periodsMostRecentFirst));
            }

            if (remaining == 0m)
            {
                return days;
            }

            if (period.CreditSales.IsZero)
            {
                days += period.Days;
                continue;
            }

            lastWithSales = period;
            if (remaining <= period.CreditSales.Amount)
            {
                return days + (remaining / period.CreditSales.Amount * period.Days);
            }

            remaining -= period.CreditSales.Amount;
            days += period.Days;
        }

        if (remaining == 0m)
        {
            return days;
        }

        return lastWithSales is { } oldest
            ? days + (remaining / oldest.CreditSales.Amount * oldest.Days)
            : throw new ArgumentException("No period has credit sales, so the receivables cannot be counted back.", nameof(periodsMostRecentFirst));
    }

    /// <summary>
    /// Collection effectiveness index in percent: (beginning + sales − ending total) ÷ (beginning + sales − ending current)
    /// × 100, where "sales" is the period's total credit sales or the average monthly credit sales (see <see cref="CeiConvention"/>).
    /// 100 % means everything collectable was collected.
    /// </summary>
    /// <param name="beginningReceivables">The receivables at the start of the period.</param>
    /// <param name="creditSales">The total credit sales of the period.</param>
    /// <param name="endingTotalReceivables">The receivables at the end of the period.</param>
    /// <param name="endingCurrentReceivables">The part of the ending receivables not yet due.</param>
    /// <param name="convention">Which sales figure to use.</param>
    /// <param name="months">The months in the period (N), used by <see cref="CeiConvention.AverageMonthlySales"/>. The default value is 1.</param>
    /// <returns>The index in percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not positive, or <paramref name="convention"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The denominator is zero or negative (nothing was collectable).</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static decimal CollectionEffectivenessIndex(Money beginningReceivables, Money creditSales, Money endingTotalReceivables, Money endingCurrentReceivables, CeiConvention convention, int months = 1)
    {
        Guard.Defined(convention);
        Guard.Positive(months);
        SameCurrency(beginningReceivables, creditSales);
        SameCurrency(beginningReceivables, endingTotalReceivables);
        SameCurrency(beginningReceivables, endingCurrentReceivables);
        var sales = convention == CeiConvention.TotalPeriodSales ? creditSales.Amount : creditSales.Amount / months;
        var collectable = beginningReceivables.Amount + sales - endingCurrentReceivables.Amount;
        if (collectable <= 0m)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Nothing was collectable (beginning + sales − ending current = {collectable}); the index is undefined."), nameof(endingCurrentReceivables));
        }

        return (beginningReceivables.Amount + sales - endingTotalReceivables.Amount) / collectable * 100m;
    }

    /// <summary>Per customer, from closed (paid) items: amount-weighted average days to pay and days beyond terms, per currency,
    /// using <see cref="CustomerAccount.PaymentRecords"/> and <see cref="PaymentBehaviour.Compute"/>.</summary>
    /// <param name="accounts">The customer accounts, such as <see cref="ReceivablesLedger.Accounts"/>.</param>
    /// <param name="paidFrom">The first payment date counted; null for no bound.</param>
    /// <param name="paidTo">The last payment date counted; null for no bound.</param>
    /// <returns>The behaviour per customer (customers without payments are left out).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or an account is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paidTo"/> is before <paramref name="paidFrom"/>.</exception>
    public static IReadOnlyDictionary<CustomerId, IReadOnlyList<PaymentBehaviour>> PaymentBehaviourByCustomer(IEnumerable<CustomerAccount> accounts, DateOnly? paidFrom = null, DateOnly? paidTo = null)
    {
        Guard.NotNull(accounts);
        var result = new SortedDictionary<CustomerId, IReadOnlyList<PaymentBehaviour>>(Comparer<CustomerId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        foreach (var account in accounts)
        {
            if (account is null)
            {
                throw new ArgumentNullException(nameof(accounts), "An account is null.");
            }

            var behaviour = PaymentBehaviour.Compute(account.PaymentRecords(), paidFrom, paidTo);
            if (behaviour.Count > 0)
            {
                result[account.Customer] = behaviour;
            }
        }

        return result;
    }

    private static void SameCurrency(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            throw new CurrencyMismatchException(a.Currency, b.Currency);
        }
    }
}

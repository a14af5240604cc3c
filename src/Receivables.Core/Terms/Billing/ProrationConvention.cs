namespace Receivables.Terms.Billing;

/// <summary>
/// How the share of a partial billing period is counted. A full period always costs exactly the contract price; only
/// partial periods (a first period before the first anchor date, a last period cut by the contract end, the rest of a
/// period after a contract change) are prorated.
/// </summary>
/// <remarks>An enum value; thread-safe. <c>default</c> is <see cref="ActualDays"/>.</remarks>
public enum ProrationConvention
{
    /// <summary>
    /// Actual days in the partial period ÷ actual days of the full billing period it belongs to (the anchor-aligned
    /// period that contains it). 15–31 January of a monthly period 1–31 January is 17/31. Zuora's "use actual number of
    /// days"; Stripe and Chargebee also prorate by actual time. The default.
    /// </summary>
    ActualDays = 0,

    /// <summary>
    /// 30E/360: days counted as if every month had 30 days (the 31st counts as the 30th; the last day of February counts
    /// to the end of the month) ÷ 30 per month of the billing period, at most 1. 15–31 January is 16/30; 15–28 February
    /// is 16/30. Zuora's "assume 30 days – strict 30/360". A one-day period on the 31st (or the 30th of a 31-day month)
    /// can count 0 or 1 day: that is the convention.
    /// </summary>
    Thirty360 = 1,
}

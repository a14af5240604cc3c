namespace Receivables.Credit.Policy;

/// <summary>The configuration of the good-payer reward (<see cref="CreditPolicies.RewardGoodPayers"/>).</summary>
/// <remarks>Validated once when the policy is built, which copies it; later changes have no effect. Not thread-safe
/// while being filled in.</remarks>
public sealed class GoodPayerOptions
{
    /// <summary>Gets or sets the whole years without a relapse that earn the reward.</summary>
    /// <value>The default value is 3.</value>
    public int Years { get; set; } = 3;

    /// <summary>Gets or sets the days beyond terms a payment may take without counting as a relapse.</summary>
    /// <value>The default value is 5.</value>
    public int ToleranceDays { get; set; } = 5;

    /// <summary>Gets or sets the days added to <c>NET n</c> payment terms. Other notations (<c>EOM+15</c>,
    /// <c>2/10 NET 30</c>, <c>PREPAYMENT</c>) are left as they are.</summary>
    /// <value>The default value is 15.</value>
    public int ExtraDays { get; set; } = 15;

    /// <summary>Gets or sets the share by which the limit is raised (0.25 = 25% more), rounded down to whole units.</summary>
    /// <value>The default value is 0.25.</value>
    public decimal LimitIncrease { get; set; } = 0.25m;
}

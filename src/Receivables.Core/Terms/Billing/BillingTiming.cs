namespace Receivables.Terms.Billing;

/// <summary>When a billing period is invoiced.</summary>
/// <remarks>An enum value; thread-safe. <c>default</c> is <see cref="InAdvance"/>.</remarks>
public enum BillingTiming
{
    /// <summary>Invoiced on the period's first day (subscriptions, rent, licences). The default.</summary>
    InAdvance = 0,

    /// <summary>Invoiced on the period's last day, once the service was delivered (services, 月结 month-end billing).</summary>
    InArrears = 1,
}

using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Aging.Alerts;

/// <summary>What alert rules look at: the aging report and optional facts (credit limits, open items, payment records).</summary>
/// <remarks>A read-only value with a public constructor, so a custom rule is tested alone; immutable and thread-safe when the collections passed in are not changed afterwards.</remarks>
public readonly struct AgingAlertArguments
{
    /// <summary>Creates a context.</summary>
    /// <param name="report">The aging report, by customer.</param>
    /// <param name="creditLimits">Credit limit per customer key; customers without one are not checked. The default value is none.</param>
    /// <param name="items">The open items behind the report (such as <see cref="ReceivablesLedger.OpenItems"/> of the view
    /// <see cref="ReceivablesLedger.AsOf(DateOnly)"/> on the report date), for item-level rules. The default value is none.</param>
    /// <param name="paymentRecords">Payment records (such as <see cref="CustomerAccount.PaymentRecords"/>), for payment-habit
    /// rules. The default value is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public AgingAlertArguments(AgingReport report, IReadOnlyDictionary<string, Money>? creditLimits = null, IReadOnlyList<OpenItem>? items = null, IReadOnlyList<PaymentRecord>? paymentRecords = null)
    {
        Report = Guard.NotNull(report);
        CreditLimits = creditLimits ?? new Dictionary<string, Money>();
        Items = items ?? [];
        PaymentRecords = paymentRecords ?? [];
    }

    /// <summary>Gets the aging report.</summary>
    public AgingReport Report { get; }

    /// <summary>Gets the as-of date (the report's).</summary>
    public DateOnly AsOf => Report.AsOf;

    /// <summary>Gets the credit limits by customer key.</summary>
    public IReadOnlyDictionary<string, Money> CreditLimits { get; }

    /// <summary>Gets the open items.</summary>
    public IReadOnlyList<OpenItem> Items { get; }

    /// <summary>Gets the payment records.</summary>
    public IReadOnlyList<PaymentRecord> PaymentRecords { get; }
}

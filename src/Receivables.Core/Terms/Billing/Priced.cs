namespace Receivables.Terms.Billing;

/// <summary>The periods of a contract with their amounts, reasons and the value they add up to.</summary>
internal readonly record struct Priced(BillingPeriod[] Periods, Money[] Amounts, Reason[] Reasons, Money Value);

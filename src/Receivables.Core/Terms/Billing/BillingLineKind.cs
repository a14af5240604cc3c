namespace Receivables.Terms.Billing;

/// <summary>Whether a billing line is owed by the customer or owed back to them.</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum BillingLineKind
{
    /// <summary>An amount to invoice (an invoice or debit note line).</summary>
    Charge = 0,

    /// <summary>An amount to credit (a credit note line): the unused part of a period after a downgrade or upgrade.</summary>
    Credit = 1,
}

namespace Receivables.Matching.Reconciliation;

/// <summary>What an entry of a customer's confirmed statement of account (对账单) is.</summary>
public enum CustomerStatementEntryKind
{
    /// <summary>A document the customer confirms as owed (invoice, debit note).</summary>
    Invoice = 0,

    /// <summary>A payment the customer says it made and deducted.</summary>
    Payment = 1,
}

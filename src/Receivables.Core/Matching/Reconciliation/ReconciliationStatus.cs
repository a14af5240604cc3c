namespace Receivables.Matching.Reconciliation;

/// <summary>The outcome of comparing one document or payment of a customer statement reconciliation.</summary>
public enum ReconciliationStatus
{
    /// <summary>Both sides show the document with the same amount.</summary>
    Matched = 0,

    /// <summary>Both sides show the document with different amounts.</summary>
    AmountDifference = 1,

    /// <summary>We show the item open; the customer does not list it.</summary>
    MissingOnTheirSide = 2,

    /// <summary>The customer lists a document we do not show open.</summary>
    MissingOnOurSide = 3,

    /// <summary>The customer says it paid; the payment is not in our books yet.</summary>
    PaymentInTransit = 4,
}

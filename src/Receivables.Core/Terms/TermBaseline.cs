namespace Receivables.Terms;

/// <summary>The date a payment term counts from.</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum TermBaseline
{
    /// <summary>The document (invoice) date, the default.</summary>
    DocumentDate = 0,

    /// <summary>The delivery date (SAP's and Dynamics' "delivery date as baseline").</summary>
    DeliveryDate = 1,

    /// <summary>The posting date.</summary>
    PostingDate = 2,
}

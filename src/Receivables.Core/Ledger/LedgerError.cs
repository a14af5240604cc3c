namespace Receivables.Ledger;

/// <summary>Why the ledger refused a change. Each value names one broken rule.</summary>
public enum LedgerError
{
    /// <summary>A document with the same id is already posted.</summary>
    DuplicateDocumentId = 1,

    /// <summary>The document belongs to another customer than the account.</summary>
    CustomerMismatch = 2,

    /// <summary>No document with that id is posted in the account.</summary>
    UnknownDocument = 3,

    /// <summary>The document is a debit where a credit is required (or the other way round).</summary>
    WrongDirection = 4,

    /// <summary>The item has nothing left open.</summary>
    ItemSettled = 5,

    /// <summary>An amount is in another currency than the item or credit.</summary>
    CurrencyMismatch = 6,

    /// <summary>An allocation exceeds what is open on the item or on the credit.</summary>
    OverAllocation = 7,

    /// <summary>An amount is zero or negative where a positive amount is required.</summary>
    InvalidAmount = 8,

    /// <summary>No application with that number exists in the account.</summary>
    UnknownApplication = 9,

    /// <summary>The application was already reversed.</summary>
    AlreadyReversed = 10,

    /// <summary>The item is already disputed, or is not disputed when a dispute is resolved.</summary>
    DisputeState = 11,

    /// <summary>There is no promise to pay on the item to clear.</summary>
    NoPromise = 12,

    /// <summary>A date is out of order, such as an application dated before the credit.</summary>
    InvalidDate = 13,

    /// <summary>The payment plan is already cancelled.</summary>
    PlanState = 14,
}

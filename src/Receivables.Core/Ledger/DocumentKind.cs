namespace Receivables.Ledger;

/// <summary>The kinds of document a receivables ledger records.</summary>
public enum DocumentKind
{
    /// <summary>An invoice: a debit that creates an open item due on its due date.</summary>
    Invoice = 0,

    /// <summary>A credit note (returned goods 退货, price reduction): a credit that can be applied to open items.</summary>
    CreditNote = 1,

    /// <summary>A debit note (extra charge, late-payment interest): a debit that creates an open item.</summary>
    DebitNote = 2,

    /// <summary>A payment received: a credit; what is not applied to items is unapplied cash.</summary>
    Payment = 3,

    /// <summary>An adjustment: a debit or a credit (see <see cref="Document.IsDebit"/>), for corrections and discounts granted.</summary>
    Adjustment = 4,

    /// <summary>A write-off of an uncollectible amount (坏账核销): a credit applied to the item written off.</summary>
    WriteOff = 5,

    /// <summary>An early-payment (cash) discount taken by the customer (现金折扣): a credit applied to the item it was
    /// taken on, kept apart from payments so discounts can be reported (and their tax share corrected).</summary>
    Discount = 6,
}

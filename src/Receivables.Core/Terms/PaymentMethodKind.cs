namespace Receivables.Terms;

/// <summary>How an installment is to be paid; the kind of a <see cref="PaymentMethod"/>.</summary>
/// <remarks>An enum value; thread-safe. <c>default</c> is <see cref="Unspecified"/>.</remarks>
public enum PaymentMethodKind
{
    /// <summary>No method agreed or recorded. The default.</summary>
    Unspecified = 0,

    /// <summary>A bank transfer (credit transfer, 电汇 / 银行转账) initiated by the customer.</summary>
    BankTransfer = 1,

    /// <summary>A direct debit (SEPA, ACH, 代扣) collected by us from the customer's account.</summary>
    DirectDebit = 2,

    /// <summary>A card payment.</summary>
    Card = 3,

    /// <summary>
    /// An acceptance bill (承兑汇票, bank or commercial): a bill of exchange the customer hands over, payable on its
    /// maturity date. The bill's maturity is the installment's date for collection.
    /// </summary>
    AcceptanceBill = 4,

    /// <summary>Cash.</summary>
    Cash = 5,

    /// <summary>Any other agreed method (cheque, third-party wallet, offset against payables…).</summary>
    Other = 6,
}

namespace Receivables.Credit;

/// <summary>How a payment was made, as far as the PAYDEX key cares: D&amp;B's "anticipates" and "discounts" are
/// habits the host knows (a discount was taken, the payment came before the discount date), not day counts.</summary>
public enum PaymentHabit
{
    /// <summary>Scored by days beyond terms on the key by days (<c>Paydex.FromDaysBeyondTerms</c>). The default.</summary>
    ByDays = 0,

    /// <summary>The customer took an early-payment discount: 90 on the key.</summary>
    Discounts = 1,

    /// <summary>The customer paid before the discount date or otherwise anticipated the terms: 100 on the key.</summary>
    Anticipates = 2,
}

namespace Receivables.Credit.Scoring;

/// <summary>How payments are weighted into one PAYDEX-style index; both conventions are in use.</summary>
public enum PaydexWeighting
{
    /// <summary>Amount-weighted days beyond terms first, then the key of that average (this library's measure since
    /// version 0.1, and the ledger's <c>PaymentBehaviour</c>); payments with a habit keep their own key (100 or 90),
    /// weighted by amount next to the key of the others' average. The default.</summary>
    DaysThenKey = 0,

    /// <summary>Dun &amp; Bradstreet's: each payment's key (from its habit or its days beyond terms), weighted by its
    /// amount. Differs from <see cref="DaysThenKey"/> when late payments are mixed with prompt ones, because the key is
    /// not a straight line.</summary>
    KeyPerPayment = 1,
}

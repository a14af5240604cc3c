namespace Receivables.Matching;

/// <summary>What a short payment is, when the engine can name it (see <see cref="DeductionPolicy"/>).</summary>
public enum DeductionKind
{
    /// <summary>An early-payment discount deducted although it was not earned: its pay-by date had passed at the value
    /// date, or none was offered and the shortfall is a usual discount rate of the amount due
    /// (<see cref="DeductionPolicy.UnearnedDiscountRates"/>).</summary>
    UnearnedDiscount = 1,

    /// <summary>Bank charges above the write-off tolerance, within the limits of <see cref="DeductionPolicy.BankCharges"/>.</summary>
    BankCharges = 2,

    /// <summary>Any other short payment within the limits of <see cref="DeductionPolicy.ShortPayment"/> (a deduction the
    /// customer made: a claim, a price difference). Larger shortfalls are partial payments.</summary>
    ShortPayment = 3,
}

using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// An early-payment (cash) discount offered on an installment: pay on or before <see cref="PayBy"/> and deduct
/// <see cref="Discount"/>. Payment schedules produce these; reconciliation matching uses them to recognise a
/// payment that took the discount.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SettlementDiscount
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(SettlementDiscount), PrintMembers);

    /// <summary>Initializes a new discount offer.</summary>
    /// <param name="payBy">The last day (inclusive) on which payment earns the discount.</param>
    /// <param name="discount">The amount that may be deducted; zero or positive, in whole minor units.</param>
    /// <exception cref="ArgumentException"><paramref name="discount"/> has no currency or more decimals than its minor units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> is negative.</exception>
    public SettlementDiscount(DateOnly payBy, Money discount)
    {
        if (discount.Currency.IsDefault || !discount.IsRounded)
        {
            throw new ArgumentException("The discount needs a currency and whole minor units.", nameof(discount));
        }

        Guard.NotNegative(discount.Amount, nameof(discount));
        PayBy = payBy;
        Discount = discount;
    }

    /// <summary>Gets the last day (inclusive) on which payment earns the discount.</summary>
    public DateOnly PayBy { get; }

    /// <summary>Gets the amount that may be deducted when paying by <see cref="PayBy"/>.</summary>
    public Money Discount { get; }

    /// <summary>Splits this discount, once taken, into its net and tax parts (see <see cref="DiscountTaxSplit.ByRate"/>).</summary>
    /// <param name="taxRatePercent">The tax rate in percent (19 for 19%), 0 or more.</param>
    /// <param name="mode">How the discount affects the tax.</param>
    /// <returns>The split; net plus tax is <see cref="Discount"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="taxRatePercent"/> is negative or <paramref name="mode"/> is not defined.</exception>
    public DiscountTaxSplit SplitTax(decimal taxRatePercent, DiscountTaxMode mode) => DiscountTaxSplit.ByRate(Discount, taxRatePercent, mode);
}

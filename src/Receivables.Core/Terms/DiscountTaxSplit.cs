using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// An early-payment discount taken, split into its net part and its tax part, for posting: <see cref="Net"/> +
/// <see cref="Tax"/> = <see cref="Discount"/> to the minor unit. The ledger posts the net part as a sales discount and the
/// tax part as a correction of the output tax.
/// </summary>
/// <remarks>Immutable and thread-safe. Created only by <see cref="ByRate"/> and <see cref="ByShare"/>, so net plus tax
/// always equals the discount.</remarks>
public sealed record DiscountTaxSplit
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DiscountTaxSplit), PrintMembers);

    private DiscountTaxSplit(Money discount, Money net, Money tax)
    {
        Discount = discount;
        Net = net;
        Tax = tax;
    }

    /// <summary>Gets the discount taken.</summary>
    public Money Discount { get; }

    /// <summary>Gets the discount's net part.</summary>
    public Money Net { get; }

    /// <summary>Gets the discount's tax part (zero unless the mode is <see cref="DiscountTaxMode.Included"/>).</summary>
    public Money Tax { get; }

    /// <summary>
    /// Splits a discount by a tax rate: under <see cref="DiscountTaxMode.Included"/> the tax part is
    /// discount × rate ÷ (100 + rate), rounded half away from zero to minor units, and the net part the rest (a 23.80
    /// discount at 19% → 20.00 net and 3.80 tax); under <see cref="DiscountTaxMode.Excluded"/> and
    /// <see cref="DiscountTaxMode.Mixed"/> the whole discount is net.
    /// </summary>
    /// <param name="discount">The discount taken: non-negative, in whole minor units.</param>
    /// <param name="taxRatePercent">The tax rate in percent (19 for 19%), 0 or more.</param>
    /// <param name="mode">How the discount affects the tax.</param>
    /// <returns>The split.</returns>
    /// <exception cref="ArgumentException"><paramref name="discount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> or <paramref name="taxRatePercent"/> is
    /// negative, or <paramref name="mode"/> is not defined.</exception>
    public static DiscountTaxSplit ByRate(Money discount, decimal taxRatePercent, DiscountTaxMode mode)
    {
        CheckDiscount(discount);
        Guard.NotNegative(taxRatePercent);
        Guard.Defined(mode);
        return Build(discount, mode, discount.Amount * taxRatePercent / (100m + taxRatePercent));
    }

    /// <summary>
    /// Splits a discount in the proportion of the invoice's (or installment's) tax to its gross amount, which also works
    /// for invoices with several rates (ERPNext books the tax loss this way): under <see cref="DiscountTaxMode.Included"/>
    /// the tax part is discount × tax ÷ gross, rounded half away from zero; otherwise zero. A 20.00 discount on 1,190.00
    /// with 190.00 tax → 16.81 net and 3.19 tax.
    /// </summary>
    /// <param name="discount">The discount taken: non-negative, in whole minor units.</param>
    /// <param name="gross">The invoice's gross amount, tax included: positive.</param>
    /// <param name="tax">The tax included in <paramref name="gross"/>: zero to <paramref name="gross"/>.</param>
    /// <param name="mode">How the discount affects the tax.</param>
    /// <returns>The split.</returns>
    /// <exception cref="ArgumentException"><paramref name="discount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discount"/> is negative, <paramref name="gross"/> is
    /// not positive, <paramref name="tax"/> is not between zero and <paramref name="gross"/>, or <paramref name="mode"/> is
    /// not defined.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static DiscountTaxSplit ByShare(Money discount, Money gross, Money tax, DiscountTaxMode mode)
    {
        CheckDiscount(discount);
        Guard.Defined(mode);
        if (gross.Currency != discount.Currency || tax.Currency != discount.Currency)
        {
            throw new CurrencyMismatchException(discount.Currency, gross.Currency != discount.Currency ? gross.Currency : tax.Currency);
        }

        Guard.Positive(gross.Amount, nameof(gross));
        if (tax.IsNegative || tax > gross)
        {
            throw Guard.OutOfRange(nameof(tax), tax.Amount, "tax must be between zero and the gross amount.");
        }

        return Build(discount, mode, discount.Amount * tax.Amount / gross.Amount);
    }

    private static void CheckDiscount(Money discount)
    {
        if (discount.Currency.IsDefault || !discount.IsRounded)
        {
            throw new ArgumentException("The discount needs a currency and whole minor units.", nameof(discount));
        }

        Guard.NotNegative(discount.Amount, nameof(discount));
    }

    private static DiscountTaxSplit Build(Money discount, DiscountTaxMode mode, decimal exactTax)
    {
        var tax = mode == DiscountTaxMode.Included
            ? new Money(Math.Round(exactTax, discount.Currency.MinorUnits, MidpointRounding.AwayFromZero), discount.Currency)
            : Money.Zero(discount.Currency);
        return new DiscountTaxSplit(discount, discount - tax, tax);
    }
}

using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// What one received payment does to one open item (see <see cref="Receipt"/>): cash applied, an early-payment discount
/// taken, an amount written off with its reason, and a deduction (short payment) left open as a disputed residual with
/// its reason code. The ledger side of a matched statement line.
/// </summary>
/// <remarks>Every instance is valid: amounts are zero or positive, in whole minor units, in one currency, and not all
/// zero; a write-off or a deduction carries a reason. Immutable and thread-safe.</remarks>
public sealed class ReceiptLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="item">The open debit item.</param>
    /// <param name="cash">The part of the payment applied to the item; zero allowed when only a discount, write-off or
    /// deduction concerns the item.</param>
    /// <param name="discount">The early-payment discount taken; the default value null is none.</param>
    /// <param name="writeOff">An amount written off (a small difference, a bank fee borne); the default value null is none.</param>
    /// <param name="writeOffReason">Why it is written off; required with a write-off.</param>
    /// <param name="deduction">A deduction or short payment the customer made, left open on the item and disputed; the
    /// default value null is none.</param>
    /// <param name="deductionReason">The reason code of the deduction; required with a deduction.</param>
    /// <param name="discountTaxRate">The tax rate included in the discount (0.13 for 13% VAT), to post its tax share as a
    /// separate discount document; the default value null posts the discount whole.</param>
    /// <exception cref="ArgumentException">An id is missing, an amount has no currency or too many decimals, the
    /// currencies differ, all amounts are zero, or a reason is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount or the tax rate is negative.</exception>
    public ReceiptLine(DocumentId item, Money cash, Money? discount = null, Money? writeOff = null, Reason? writeOffReason = null, Money? deduction = null, Reason? deductionReason = null, decimal? discountTaxRate = null)
    {
        if (item.IsDefault)
        {
            throw new ArgumentException("The item id is required.", nameof(item));
        }

        Guard.RoundedMoney(cash);
        Guard.NotNegative(cash.Amount, nameof(cash));
        var zero = Money.Zero(cash.Currency);
        Discount = Part(discount ?? zero, cash.Currency, nameof(discount));
        WriteOff = Part(writeOff ?? zero, cash.Currency, nameof(writeOff));
        Deduction = Part(deduction ?? zero, cash.Currency, nameof(deduction));
        if (cash.IsZero && Discount.IsZero && WriteOff.IsZero && Deduction.IsZero)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The line for {item} has no amount."), nameof(cash));
        }

        if (WriteOff.IsPositive && writeOffReason is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The write-off on {item} needs a reason."), nameof(writeOffReason));
        }

        if (Deduction.IsPositive && deductionReason is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The deduction on {item} needs a reason code."), nameof(deductionReason));
        }

        if (discountTaxRate is { } rate)
        {
            Guard.NotNegative(rate, nameof(discountTaxRate));
        }

        Item = item;
        Cash = cash;
        WriteOffReason = WriteOff.IsPositive ? writeOffReason : null;
        DeductionReason = Deduction.IsPositive ? deductionReason : null;
        DiscountTaxRate = discountTaxRate;
    }

    /// <summary>Gets the item.</summary>
    public DocumentId Item { get; }

    /// <summary>Gets the cash applied to the item.</summary>
    public Money Cash { get; }

    /// <summary>Gets the discount taken (zero for none).</summary>
    public Money Discount { get; }

    /// <summary>Gets the amount written off (zero for none).</summary>
    public Money WriteOff { get; }

    /// <summary>Gets why it is written off, or <see langword="null"/>.</summary>
    public Reason? WriteOffReason { get; }

    /// <summary>Gets the deduction left open and disputed (zero for none).</summary>
    public Money Deduction { get; }

    /// <summary>Gets the deduction's reason code, or <see langword="null"/>.</summary>
    public Reason? DeductionReason { get; }

    /// <summary>Gets the tax rate included in the discount, or <see langword="null"/>.</summary>
    public decimal? DiscountTaxRate { get; }

    /// <summary>Gets everything the line settles or holds on the item: cash, discount, write-off and deduction.</summary>
    public Money Total => Cash + Discount + WriteOff + Deduction;

    private static Money Part(Money value, Currency currency, string name)
    {
        Guard.RoundedMoney(value, name);
        if (value.Currency != currency)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} ({value}) is not in {currency.Code}, the currency of the cash."), name);
        }

        Guard.NotNegative(value.Amount, name);
        return value;
    }
}

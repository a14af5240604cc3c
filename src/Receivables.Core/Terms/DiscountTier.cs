using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// One early-payment discount tier: <see cref="Percent"/> off (or a fixed <see cref="Amount"/> off, ERPNext's discount
/// type "Amount") if paid by the deadline that <see cref="Deadline"/> computes from the term's baseline, plus
/// <see cref="GraceDays"/> days of tolerance. "2/10" is <c>DiscountTier.Within(2m, 10)</c>; "EUR 5.00 off within 10
/// days" is <c>DiscountTier.AmountWithin(Money.Of(5m, "EUR"), 10)</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DiscountTier
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DiscountTier), PrintMembers);

    /// <summary>Initializes a percentage tier.</summary>
    /// <param name="percent">The discount in percent, greater than 0 and less than 100.</param>
    /// <param name="deadline">The rule that computes the last day of the discount from the baseline.</param>
    /// <param name="graceDays">Extra days after the deadline still accepted, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100) or <paramref name="graceDays"/> is negative.</exception>
    public DiscountTier(decimal percent, IDueDateRule deadline, int graceDays = 0)
    {
        if (percent <= 0m || percent >= 100m)
        {
            throw Guard.OutOfRange(nameof(percent), percent, "percent must be greater than 0 and less than 100.");
        }

        Percent = percent;
        Deadline = Guard.NotNull(deadline);
        GraceDays = Guard.NotNegative(graceDays);
    }

    /// <summary>Initializes a fixed-amount tier (ERPNext's discount type "Amount"): the amount off, never more than the
    /// installment (or its net-of-tax base).</summary>
    /// <param name="amount">The discount: positive, in whole minor units, in the currency of the invoices it applies to.</param>
    /// <param name="deadline">The rule that computes the last day of the discount from the baseline.</param>
    /// <param name="graceDays">Extra days after the deadline still accepted, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive or <paramref name="graceDays"/> is negative.</exception>
    public DiscountTier(Money amount, IDueDateRule deadline, int graceDays = 0)
    {
        if (amount.Currency.IsDefault || !amount.IsRounded)
        {
            throw new ArgumentException("The discount amount needs a currency and whole minor units.", nameof(amount));
        }

        Guard.Positive(amount.Amount, nameof(amount));
        Amount = amount;
        Deadline = Guard.NotNull(deadline);
        GraceDays = Guard.NotNegative(graceDays);
    }

    /// <summary>Gets the discount in percent; 0 for a fixed-amount tier.</summary>
    public decimal Percent { get; }

    /// <summary>Gets the fixed discount of an amount tier; <see langword="null"/> for a percentage tier.</summary>
    public Money? Amount { get; }

    /// <summary>Gets the rule that computes the discount's last day from the term's baseline.</summary>
    public IDueDateRule Deadline { get; }

    /// <summary>Gets the extra days after the deadline still accepted. The default value is 0.</summary>
    public int GraceDays { get; }

    /// <summary>Creates the tier "percent off within N days" of the baseline.</summary>
    /// <param name="percent">The discount in percent, greater than 0 and less than 100.</param>
    /// <param name="days">Days after the baseline, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="graceDays">Extra days of tolerance, 0 or more.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DiscountTier Within(decimal percent, int days, int graceDays = 0) => new(percent, DueDateRules.NetDays(days), graceDays);

    /// <summary>Creates the tier "a fixed amount off within N days" of the baseline (ERPNext's discount type "Amount").</summary>
    /// <param name="amount">The discount: positive, in whole minor units.</param>
    /// <param name="days">Days after the baseline, 0 to <see cref="DateFormula.MaxNumber"/>.</param>
    /// <param name="graceDays">Extra days of tolerance, 0 or more.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DiscountTier AmountWithin(Money amount, int days, int graceDays = 0) => new(amount, DueDateRules.NetDays(days), graceDays);

    internal DiscountTier WithDeadline(IDueDateRule deadline)
        => Amount is { } amount ? new DiscountTier(amount, deadline, GraceDays) : new DiscountTier(Percent, deadline, GraceDays);

    internal Money DiscountOn(Money discountBase, IRoundingPolicy rounding)
    {
        if (!discountBase.IsPositive)
        {
            return Money.Zero(discountBase.Currency);
        }

        if (Amount is { } amount)
        {
            return Money.Min(amount, discountBase);
        }

        var exact = discountBase.Amount * Percent / 100m;
        var rounded = rounding.Round(exact, discountBase.Currency);
        if (!Arithmetic.IsWhole(rounded, discountBase.Currency.MinorUnits) || rounded < 0m)
        {
            rounded = Math.Round(exact, discountBase.Currency.MinorUnits, MidpointRounding.AwayFromZero);
        }

        return new Money(Math.Min(rounded, discountBase.Amount), discountBase.Currency);
    }
}

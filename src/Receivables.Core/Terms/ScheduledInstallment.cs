using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>
/// One installment of a <see cref="PaymentSchedule"/>: its amount, due date and early-payment discount offers.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScheduledInstallment
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ScheduledInstallment), PrintMembers);

    internal ScheduledInstallment(int number, InstallmentLine line, Money amount, Money tax, DateOnly baseline, DateOnly dueDate, IReadOnlyList<SettlementDiscount> discounts)
    {
        Number = number;
        Line = line;
        Amount = amount;
        Tax = tax;
        Baseline = baseline;
        DueDate = dueDate;
        Discounts = discounts;
        PaymentMethod = line.PaymentMethod;
    }

    /// <summary>Gets the 1-based installment number.</summary>
    public int Number { get; }

    /// <summary>Gets the term line this installment comes from.</summary>
    public InstallmentLine Line { get; }

    /// <summary>Gets the amount due, in whole minor units.</summary>
    public Money Amount { get; }

    /// <summary>Gets this installment's share of the tax supplied by the caller (zero when none was supplied).</summary>
    public Money Tax { get; }

    /// <summary>Gets the date the installment's rules counted from (the term baseline; the order date for a deposit).</summary>
    public DateOnly Baseline { get; }

    /// <summary>Gets the due date; never before <see cref="Baseline"/>.</summary>
    public DateOnly DueDate { get; }

    /// <summary>
    /// Gets the discount offers in order of their last day (<see cref="SettlementDiscount.PayBy"/>, grace days
    /// included); each discount is rounded half away from zero to minor units and never exceeds <see cref="Amount"/>.
    /// </summary>
    public IReadOnlyList<SettlementDiscount> Discounts { get; }

    /// <summary>Gets how the installment is to be paid: the line's method unless replaced with
    /// <see cref="WithPaymentMethod"/>. The default value is <see cref="PaymentMethod.Unspecified"/>.</summary>
    public PaymentMethod PaymentMethod { get; private init; }

    /// <summary>
    /// Gets the date the money is expected: for an acceptance bill with a known maturity, the bill's maturity date (the
    /// documented rule: the bill's maturity is the installment's due date for collection); otherwise
    /// <see cref="DueDate"/>. <see cref="DueDate"/> stays the contractual date by which the bill must be handed over.
    /// </summary>
    public DateOnly CollectionDate => PaymentMethod.CollectionDate(DueDate);

    /// <summary>Returns a copy paid by <paramref name="paymentMethod"/>, typically an acceptance bill once its maturity is
    /// known: <c>installment.WithPaymentMethod(PaymentMethod.AcceptanceBill(new DateOnly(2026, 9, 30)))</c>.</summary>
    /// <param name="paymentMethod">The method.</param>
    /// <returns>The new installment; amounts, dates and discounts are unchanged.</returns>
    public ScheduledInstallment WithPaymentMethod(PaymentMethod paymentMethod) => this with { PaymentMethod = paymentMethod };

    /// <summary>Returns the discount earned by paying the whole installment on <paramref name="paidOn"/>: the largest offer
    /// whose last day is on or after that date, or zero.</summary>
    /// <param name="paidOn">The payment date.</param>
    /// <returns>The discount.</returns>
    public Money DiscountOn(DateOnly paidOn)
    {
        var best = Money.Zero(Amount.Currency);
        foreach (var offer in Discounts)
        {
            if (offer.PayBy >= paidOn && offer.Discount > best)
            {
                best = offer.Discount;
            }
        }

        return best;
    }

    /// <summary>
    /// Returns the amount that settles the installment if paid on <paramref name="paidOn"/>, when
    /// <paramref name="alreadyPaid"/> was paid before without discount. The discount applies pro rata to the rest:
    /// discount × rest ÷ amount, rounded half away from zero to minor units. Paying 400.00 of a 1,000.00 line with a 20.00
    /// discount leaves 600.00, which settles with 588.00 inside the discount period.
    /// </summary>
    /// <param name="paidOn">The payment date.</param>
    /// <param name="alreadyPaid">What was paid before, in the installment's currency; zero to the amount.</param>
    /// <returns>The amount to pay now; zero when nothing is left. An installment of zero or a negative amount (possible
    /// under <see cref="ResidualPolicies.LastLineAnyKind"/>) earns no discount and returns its amount.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="alreadyPaid"/> is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alreadyPaid"/> is negative or more than the amount.</exception>
    public Money AmountToSettle(DateOnly paidOn, Money alreadyPaid)
    {
        if (!Amount.IsPositive && alreadyPaid.IsZero && alreadyPaid.Currency == Amount.Currency)
        {
            return Amount;
        }

        if (alreadyPaid.IsNegative || alreadyPaid > Amount)
        {
            throw Guard.OutOfRange(nameof(alreadyPaid), alreadyPaid.Amount, "alreadyPaid must be between zero and the installment amount.");
        }

        var rest = Amount - alreadyPaid;
        if (rest.IsZero)
        {
            return rest;
        }

        var discount = DiscountOn(paidOn);
        var share = new Money(discount.Amount * rest.Amount / Amount.Amount, Amount.Currency).Round(RoundingPolicies.HalfAwayFromZero);
        return rest - share;
    }

    /// <summary>Returns the amount that settles the whole installment if paid on <paramref name="paidOn"/>.</summary>
    /// <param name="paidOn">The payment date.</param>
    /// <returns>The amount less the discount earned on that date.</returns>
    public Money AmountToSettle(DateOnly paidOn) => AmountToSettle(paidOn, Money.Zero(Amount.Currency));

    internal static IReadOnlyList<SettlementDiscount> Offers(InstallmentLine line, DateOnly baseline, Money discountBase, IRoundingPolicy rounding, int index, string paramName)
    {
        var offers = new List<SettlementDiscount>(line.Discounts.Count);
        foreach (var tier in line.Discounts)
        {
            var deadline = PaymentTerm.DueDateOf(tier.Deadline, baseline, index, "discount deadline", paramName);
            if (DateOnly.MaxValue.DayNumber - deadline.DayNumber < tier.GraceDays)
            {
                throw PaymentTerm.OutOfRange(index, "discount deadline plus grace days", tier.Deadline, baseline, paramName);
            }

            var payBy = deadline.AddDays(tier.GraceDays);
            offers.Add(new SettlementDiscount(payBy, tier.DiscountOn(discountBase, rounding)));
        }

        // Most lines offer one discount or none: nothing to order.
        return offers.Count <= 1 ? [.. offers] : [.. offers.OrderBy(o => o.PayBy).ThenByDescending(o => o.Discount.Amount)];
    }
}

using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// One line of a payment term: how much (a percentage, a fixed amount or the balance), when (a due-date rule, or the
/// order date for a deposit) and which early-payment discounts it offers.
/// </summary>
/// <remarks>Immutable and thread-safe. Equal lines have equal kinds, amounts, rules and discount tiers.</remarks>
public sealed class InstallmentLine : IEquatable<InstallmentLine>
{
    private InstallmentLine(InstallmentKind kind, decimal percent, Money? amount, IDueDateRule rule, bool isDeposit, DiscountTier[] discounts, PaymentMethod paymentMethod = default)
    {
        PaymentMethod = paymentMethod;
        Kind = kind;
        Percent = percent;
        Amount = amount;
        Rule = rule;
        IsDeposit = isDeposit;
        Discounts = discounts;
    }

    /// <summary>Gets how the line's amount is set.</summary>
    public InstallmentKind Kind { get; }

    /// <summary>Gets the percentage of the invoice total for a <see cref="InstallmentKind.Percent"/> line; 0 otherwise.</summary>
    public decimal Percent { get; }

    /// <summary>Gets the fixed amount of a <see cref="InstallmentKind.FixedAmount"/> line; <see langword="null"/> otherwise.</summary>
    public Money? Amount { get; }

    /// <summary>Gets the due-date rule (<see cref="DueDateRules.Immediate"/> for a deposit).</summary>
    public IDueDateRule Rule { get; }

    /// <summary>Gets whether the line is a deposit or prepayment, due on the order date.</summary>
    public bool IsDeposit { get; }

    /// <summary>Gets the early-payment discount tiers, in the order given; may be empty.</summary>
    public IReadOnlyList<DiscountTier> Discounts { get; }

    /// <summary>Gets how the line is to be paid; every scheduled installment of the line inherits it. The default value is
    /// <see cref="PaymentMethod.Unspecified"/>. For an acceptance bill its maturity is the date for collection (see
    /// <see cref="ScheduledInstallment.CollectionDate"/>).</summary>
    public PaymentMethod PaymentMethod { get; }

    /// <summary>Returns a copy of the line to be paid by <paramref name="paymentMethod"/>; everything else is unchanged.
    /// A term with a payment method on a line cannot be written in <see cref="TermNotation"/>.</summary>
    /// <param name="paymentMethod">The method; <see cref="PaymentMethod.Unspecified"/> removes it.</param>
    /// <returns>The new line.</returns>
    public InstallmentLine WithPaymentMethod(PaymentMethod paymentMethod)
        => new(Kind, Percent, Amount, Rule, IsDeposit, [.. Discounts], paymentMethod);

    /// <summary>Creates a line for a percentage of the invoice total.</summary>
    /// <param name="percent">The percentage, greater than 0 and at most 100.</param>
    /// <param name="rule">The due-date rule.</param>
    /// <param name="discounts">Early-payment discount tiers; may be empty.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="discounts"/> or a tier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public static InstallmentLine Percentage(decimal percent, IDueDateRule rule, params DiscountTier[] discounts)
        => new(InstallmentKind.Percent, CheckPercent(percent), null, Guard.NotNull(rule), false, CheckTiers(discounts));

    /// <summary>Creates a line for a fixed amount. A term with a fixed line needs a balance line.</summary>
    /// <param name="amount">The amount: positive, rounded to the currency's minor units.</param>
    /// <param name="rule">The due-date rule.</param>
    /// <param name="discounts">Early-payment discount tiers; may be empty.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="discounts"/> or a tier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public static InstallmentLine Fixed(Money amount, IDueDateRule rule, params DiscountTier[] discounts)
        => new(InstallmentKind.FixedAmount, 0m, CheckAmount(amount), Guard.NotNull(rule), false, CheckTiers(discounts));

    /// <summary>Creates the balance line: whatever the other lines leave.</summary>
    /// <param name="rule">The due-date rule.</param>
    /// <param name="discounts">Early-payment discount tiers; may be empty.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="discounts"/> or a tier is <see langword="null"/>.</exception>
    public static InstallmentLine Balance(IDueDateRule rule, params DiscountTier[] discounts)
        => new(InstallmentKind.Balance, 0m, null, Guard.NotNull(rule), false, CheckTiers(discounts));

    /// <summary>Creates a deposit (prepayment) line for a percentage of the total, due on the order date.</summary>
    /// <param name="percent">The percentage, greater than 0 and at most 100.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100].</exception>
    public static InstallmentLine Deposit(decimal percent)
        => new(InstallmentKind.Percent, CheckPercent(percent), null, DueDateRules.Immediate, true, []);

    /// <summary>Creates a deposit (prepayment) line for a fixed amount, due on the order date.</summary>
    /// <param name="amount">The amount: positive, rounded to the currency's minor units.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public static InstallmentLine DepositAmount(Money amount)
        => new(InstallmentKind.FixedAmount, 0m, CheckAmount(amount), DueDateRules.Immediate, true, []);

    /// <inheritdoc />
    public bool Equals(InstallmentLine? other)
        => other is not null
            && Kind == other.Kind && Percent == other.Percent && Nullable.Equals(Amount, other.Amount)
            && IsDeposit == other.IsDeposit && Rule.Equals(other.Rule) && Discounts.SequenceEqual(other.Discounts)
            && PaymentMethod == other.PaymentMethod;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InstallmentLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Percent, Amount, IsDeposit, Rule, Discounts.Count, PaymentMethod);

    /// <inheritdoc />
    public override string ToString()
    {
        var share = Kind switch
        {
            InstallmentKind.Percent => string.Create(CultureInfo.InvariantCulture, $"{Percent}%"),
            InstallmentKind.FixedAmount => Amount!.Value.ToString(),
            _ => "balance",
        };
        var text = IsDeposit ? $"{share} deposit" : $"{share} {Rule}";
        return PaymentMethod.Kind == PaymentMethodKind.Unspecified ? text : $"{text} by {PaymentMethod}";
    }

    private static decimal CheckPercent(decimal percent)
        => percent > 0m && percent <= 100m
            ? percent
            : throw Guard.OutOfRange(nameof(percent), percent, "percent must be greater than 0 and at most 100.");

    private static Money CheckAmount(Money amount)
    {
        if (amount.Currency.IsDefault || !amount.IsRounded)
        {
            throw new ArgumentException("The amount needs a currency and whole minor units.", nameof(amount));
        }

        Guard.Positive(amount.Amount, nameof(amount));
        return amount;
    }

    private static DiscountTier[] CheckTiers(DiscountTier[] discounts)
    {
        Guard.NotNull(discounts);
        foreach (var tier in discounts)
        {
            Guard.NotNull(tier, nameof(discounts));
        }

        return [.. discounts];
    }
}

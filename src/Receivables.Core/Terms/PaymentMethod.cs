using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// How an installment is to be paid: bank transfer, direct debit, card, acceptance bill (承兑汇票, with its maturity
/// date once known), cash, or other. An <see cref="InstallmentLine"/> carries one
/// (<see cref="InstallmentLine.WithPaymentMethod"/>) and every <see cref="ScheduledInstallment"/> made from the line
/// inherits it.
/// </summary>
/// <remarks>
/// <para>Rule for acceptance bills: the bill's maturity date is the installment's date for collection
/// (<see cref="ScheduledInstallment.CollectionDate"/>). The contractual due date is when the bill must be handed over;
/// the money arrives when the bill matures, so reminders and cash forecasts should look at the collection date.</para>
/// <para><c>default(PaymentMethod)</c> is <see cref="Unspecified"/>. An immutable value type; thread-safe. Two methods
/// are equal when their kinds and maturity dates are equal.</para>
/// </remarks>
public readonly struct PaymentMethod : IEquatable<PaymentMethod>
{
    private PaymentMethod(PaymentMethodKind kind, DateOnly? maturityDate)
    {
        Kind = kind;
        MaturityDate = maturityDate;
    }

    /// <summary>Gets the kind of method. The default value is <see cref="PaymentMethodKind.Unspecified"/>.</summary>
    public PaymentMethodKind Kind { get; }

    /// <summary>Gets the maturity date of an acceptance bill, once known; <see langword="null"/> for every other kind
    /// and for an acceptance bill not yet received.</summary>
    public DateOnly? MaturityDate { get; }

    /// <summary>Gets the method "not specified", the default.</summary>
    public static PaymentMethod Unspecified => default;

    /// <summary>Gets the method "bank transfer".</summary>
    public static PaymentMethod BankTransfer => new(PaymentMethodKind.BankTransfer, null);

    /// <summary>Gets the method "direct debit".</summary>
    public static PaymentMethod DirectDebit => new(PaymentMethodKind.DirectDebit, null);

    /// <summary>Gets the method "card".</summary>
    public static PaymentMethod Card => new(PaymentMethodKind.Card, null);

    /// <summary>Gets the method "cash".</summary>
    public static PaymentMethod Cash => new(PaymentMethodKind.Cash, null);

    /// <summary>Gets the method "other".</summary>
    public static PaymentMethod Other => new(PaymentMethodKind.Other, null);

    /// <summary>Gets whether this is an acceptance bill.</summary>
    public bool IsAcceptanceBill => Kind == PaymentMethodKind.AcceptanceBill;

    /// <summary>Returns an acceptance bill whose maturity is not known yet (typical on a term line: "70% by acceptance
    /// bill"); set the maturity on the scheduled installment once the bill is received.</summary>
    /// <returns>The method.</returns>
    public static PaymentMethod AcceptanceBill() => new(PaymentMethodKind.AcceptanceBill, null);

    /// <summary>Returns an acceptance bill maturing on <paramref name="maturityDate"/>; that date becomes the
    /// installment's date for collection.</summary>
    /// <param name="maturityDate">The bill's maturity date (到期日).</param>
    /// <returns>The method.</returns>
    public static PaymentMethod AcceptanceBill(DateOnly maturityDate) => new(PaymentMethodKind.AcceptanceBill, maturityDate);

    /// <summary>Returns the method of a kind without a maturity date.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static PaymentMethod Of(PaymentMethodKind kind) => new(Guard.Defined(kind), null);

    /// <summary>Returns the date the money is expected for an installment due on <paramref name="dueDate"/>: the
    /// bill's maturity for an acceptance bill with a known maturity, otherwise <paramref name="dueDate"/>.</summary>
    /// <param name="dueDate">The installment's contractual due date.</param>
    /// <returns>The date for collection.</returns>
    public DateOnly CollectionDate(DateOnly dueDate) => IsAcceptanceBill && MaturityDate is { } maturity ? maturity : dueDate;

    /// <inheritdoc />
    public bool Equals(PaymentMethod other) => Kind == other.Kind && MaturityDate == other.MaturityDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PaymentMethod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, MaturityDate);

    /// <summary>Returns the kind, and the maturity of an acceptance bill: <c>AcceptanceBill maturing 2026-07-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => MaturityDate is { } maturity
            ? $"{Kind} maturing {maturity.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : Kind.ToString();

    /// <summary>Compares two methods for equality.</summary>
    /// <param name="left">The first method.</param>
    /// <param name="right">The second method.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PaymentMethod left, PaymentMethod right) => left.Equals(right);

    /// <summary>Compares two methods for inequality.</summary>
    /// <param name="left">The first method.</param>
    /// <param name="right">The second method.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PaymentMethod left, PaymentMethod right) => !left.Equals(right);
}

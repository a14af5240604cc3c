using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>
/// What a <see cref="ILateChargePolicy"/> is asked about: an overdue amount, the date it fell due and the date it was paid
/// (or the as-of date). Interest runs from the day after <see cref="DueDate"/> to <see cref="PaidOn"/> inclusive.
/// </summary>
/// <remarks>An immutable value; thread-safe. New fields may be added later without breaking policies. The default value
/// has no currency; the built-in policies reject it with <see cref="ArgumentException"/>.</remarks>
public readonly struct LateChargeArguments
{
    /// <summary>Initializes the arguments.</summary>
    /// <param name="overdue">The overdue amount: positive or zero, rounded.</param>
    /// <param name="dueDate">The due date.</param>
    /// <param name="paidOn">The payment date or as-of date; on or before the due date means no charge.</param>
    /// <exception cref="ArgumentException"><paramref name="overdue"/> has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overdue"/> is negative.</exception>
    public LateChargeArguments(Money overdue, DateOnly dueDate, DateOnly paidOn)
    {
        if (overdue.Currency.IsDefault || !overdue.IsRounded)
        {
            throw new ArgumentException("The overdue amount needs a currency and whole minor units.", nameof(overdue));
        }

        if (overdue.IsNegative)
        {
            throw Guard.OutOfRange(nameof(overdue), overdue.Amount, "overdue must not be negative.");
        }

        Overdue = overdue;
        DueDate = dueDate;
        PaidOn = paidOn;
    }

    /// <summary>Gets the overdue amount.</summary>
    public Money Overdue { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueDate { get; }

    /// <summary>Gets the payment or as-of date.</summary>
    public DateOnly PaidOn { get; }

    /// <summary>
    /// Gets the customer who owes the amount, when the caller knows it (<c>LateChargeRun</c> always gives it); null when
    /// not given. A policy may charge customers differently (see <see cref="LateChargePolicies.ByCustomer"/>).
    /// </summary>
    public CustomerId? Customer { get; init; }

    /// <summary>Gets the overdue document, when the caller knows it (<c>LateChargeRun</c> always gives it); null when not
    /// given.</summary>
    public DocumentId? Item { get; init; }

    /// <summary>Gets the number of days late: <see cref="PaidOn"/> − <see cref="DueDate"/>, or 0 when paid on time.</summary>
    public int DaysLate => Math.Max(0, PaidOn.DayNumber - DueDate.DayNumber);
}

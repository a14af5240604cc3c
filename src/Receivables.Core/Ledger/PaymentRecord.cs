using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>
/// One payment applied to a debit item: how much, and how many days after the document date and after the due date
/// it came. The raw material of payment-behaviour figures (days to pay, days beyond terms, PAYDEX-style indices).
/// </summary>
/// <remarks>Immutable and thread-safe. Produced by <see cref="CustomerAccount.PaymentRecords"/>.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="Item">The debit item paid (invoice, debit note, debit adjustment).</param>
/// <param name="Payment">The payment document.</param>
/// <param name="Amount">The amount of the payment applied to the item, greater than zero.</param>
/// <param name="DocumentDate">The item's document date.</param>
/// <param name="DueDate">The item's due date.</param>
/// <param name="PaidOn">The application date of the payment.</param>
public readonly record struct PaymentRecord(
    CustomerId Customer,
    DocumentId Item,
    DocumentId Payment,
    Money Amount,
    DateOnly DocumentDate,
    DateOnly DueDate,
    DateOnly PaidOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentRecord), PrintMembers);

    /// <summary>Gets the days from the document date to payment (0 when paid on the document date).</summary>
    public int DaysToPay => PaidOn.DayNumber - DocumentDate.DayNumber;

    /// <summary>Gets the days from the due date to payment: positive when late, negative when early, 0 on the due date.</summary>
    public int DaysBeyondTerms => PaidOn.DayNumber - DueDate.DayNumber;
}

using Receivables.Internal;
namespace Receivables.Terms.Billing;

/// <summary>
/// One line a host turns into a document: a charge (an invoice line for a period, or the debit of a contract change)
/// or a credit (a credit-note line for the unused part of a period after a change), with its service dates, amount,
/// invoice date, due date and the reason that explains the amount.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BillingLine
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BillingLine), PrintMembers);

    internal BillingLine(BillingLineKind kind, BillingPeriod period, Money amount, DateOnly invoiceDate, PaymentSchedule? schedule, Reason reason)
    {
        Kind = kind;
        Period = period;
        Amount = amount;
        InvoiceDate = invoiceDate;
        Schedule = schedule;
        Reason = reason;
    }

    /// <summary>Gets whether the line is a charge or a credit.</summary>
    public BillingLineKind Kind { get; }

    /// <summary>Gets the service dates the line covers.</summary>
    public BillingPeriod Period { get; }

    /// <summary>Gets the amount: rounded to the currency's minor units and never negative (a credit is a positive amount
    /// of kind <see cref="BillingLineKind.Credit"/>).</summary>
    public Money Amount { get; }

    /// <summary>Gets the amount with its sign: negative for a credit.</summary>
    public Money SignedAmount => Kind == BillingLineKind.Credit ? -Amount : Amount;

    /// <summary>Gets the document date: the period's first day when billing in advance, its last day when billing in
    /// arrears, the change date for the lines of a contract change.</summary>
    public DateOnly InvoiceDate { get; }

    /// <summary>Gets the due date: the last due date of <see cref="Schedule"/> for a charge; the invoice date for a credit.</summary>
    public DateOnly DueDate => Schedule?.FinalDueDate ?? InvoiceDate;

    /// <summary>Gets the contract's payment term applied to the charge, counted from the invoice date (every date of
    /// <see cref="TermDates"/> is the invoice date); <see langword="null"/> for a credit.</summary>
    public PaymentSchedule? Schedule { get; }

    /// <summary>Gets why the amount is what it is (a <see cref="BillingReasonCodes"/> code with the days and prices).</summary>
    public Reason Reason { get; }
}

using Receivables.Internal;

namespace Receivables.Matching.Reconciliation;

/// <summary>One entry of the statement of account a customer confirms (对账单回执): a document it owes, or a payment
/// it made.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CustomerStatementEntry
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CustomerStatementEntry), PrintMembers);

    /// <summary>Initializes an entry.</summary>
    /// <param name="reference">The document number as the customer writes it (case and separators do not matter);
    /// for a payment, the invoice it paid or the payment's own reference.</param>
    /// <param name="amount">The amount the customer shows; positive, in whole minor units.</param>
    /// <param name="kind">Invoice or payment.</param>
    /// <param name="date">The date the customer shows, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is blank or <paramref name="amount"/> has no currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive or <paramref name="kind"/> is not defined.</exception>
    public CustomerStatementEntry(string reference, Money amount, CustomerStatementEntryKind kind = CustomerStatementEntryKind.Invoice, DateOnly? date = null)
    {
        Reference = Guard.NotBlank(reference);
        if (amount.Currency.IsDefault)
        {
            throw new ArgumentException("The amount needs a currency.", nameof(amount));
        }

        Guard.Positive(amount.Amount, nameof(amount));
        Amount = amount;
        Kind = Guard.Defined(kind);
        Date = date;
    }

    /// <summary>Gets the reference.</summary>
    public string Reference { get; }

    /// <summary>Gets the amount.</summary>
    public Money Amount { get; }

    /// <summary>Gets the kind.</summary>
    public CustomerStatementEntryKind Kind { get; }

    /// <summary>Gets the date, or null.</summary>
    public DateOnly? Date { get; }
}

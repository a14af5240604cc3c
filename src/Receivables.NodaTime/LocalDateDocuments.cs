using NodaTime;
using Receivables.Ledger;

namespace Receivables.NodaTime;

/// <summary><see cref="LocalDate"/> forms of the <see cref="Document"/> factories.</summary>
/// <remarks>Each member converts the dates and calls the <see cref="Document"/> factory of the same name; validation
/// and errors are the factory's. Thread-safe.</remarks>
public static class LocalDateDocuments
{
    /// <summary>Creates an invoice (see <see cref="Document.Invoice"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="documentDate">The invoice date.</param>
    /// <param name="dueDate">The due date.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <param name="contractNumber">The contract number, or <see langword="null"/>.</param>
    /// <param name="businessType">The business type, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document Invoice(DocumentId id, CustomerId customer, Money amount, LocalDate documentDate, LocalDate dueDate, string? reference = null, string? contractNumber = null, string? businessType = null)
        => Document.Invoice(id, customer, amount, documentDate.ToDateOnly(), dueDate.ToDateOnly(), reference, contractNumber, businessType);

    /// <summary>Creates a debit note (see <see cref="Document.DebitNote"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="dueDate">The due date.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document DebitNote(DocumentId id, CustomerId customer, Money amount, LocalDate documentDate, LocalDate dueDate, string? reference = null)
        => Document.DebitNote(id, customer, amount, documentDate.ToDateOnly(), dueDate.ToDateOnly(), reference);

    /// <summary>Creates a credit note (see <see cref="Document.CreditNote"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document CreditNote(DocumentId id, CustomerId customer, Money amount, LocalDate documentDate, string? reference = null)
        => Document.CreditNote(id, customer, amount, documentDate.ToDateOnly(), reference);

    /// <summary>Creates a payment (see <see cref="Document.Payment"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="documentDate">The payment date.</param>
    /// <param name="reference">The remittance text, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document Payment(DocumentId id, CustomerId customer, Money amount, LocalDate documentDate, string? reference = null)
        => Document.Payment(id, customer, amount, documentDate.ToDateOnly(), reference);

    /// <summary>Creates an adjustment (see <see cref="Document.Adjustment"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="signedAmount">The amount: positive raises what the customer owes, negative lowers it.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document Adjustment(DocumentId id, CustomerId customer, Money signedAmount, LocalDate documentDate, string? reference = null)
        => Document.Adjustment(id, customer, signedAmount, documentDate.ToDateOnly(), reference);

    /// <summary>Creates a write-off document (see <see cref="Document.WriteOff"/>).</summary>
    /// <param name="id">The document number.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="documentDate">The document date.</param>
    /// <param name="reference">A reference, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static Document WriteOff(DocumentId id, CustomerId customer, Money amount, LocalDate documentDate, string? reference = null)
        => Document.WriteOff(id, customer, amount, documentDate.ToDateOnly(), reference);
}

using Receivables.Ledger;

namespace Receivables.FluentValidation;

/// <summary>What a form or an import row collects for one ledger document, before it is a <see cref="Document"/>.</summary>
/// <remarks>A plain mutable input model for binding; validate it with <see cref="DocumentInputValidator"/>, then call
/// <see cref="ToDocument"/>. Not thread-safe.</remarks>
public sealed class DocumentInput
{
    /// <summary>Gets or sets the document number.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the customer id.</summary>
    public string? Customer { get; set; }

    /// <summary>Gets or sets the kind. The default value is <see cref="DocumentKind.Invoice"/>.</summary>
    public DocumentKind Kind { get; set; } = DocumentKind.Invoice;

    /// <summary>Gets or sets the amount: positive (for an adjustment: signed, not zero).</summary>
    public decimal Amount { get; set; }

    /// <summary>Gets or sets the ISO 4217 currency code, such as <c>EUR</c>.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the document date.</summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>Gets or sets the due date (debits only; credits are due on their date).</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Gets or sets the reference or remittance text.</summary>
    public string? Reference { get; set; }

    /// <summary>Gets or sets the contract number.</summary>
    public string? ContractNumber { get; set; }

    /// <summary>Gets or sets the business type.</summary>
    public string? BusinessType { get; set; }

    /// <summary>Builds the Core document (Core checks everything again and throws on bad input).</summary>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">A value is refused by Core; the parameter name says which.</exception>
    public Document ToDocument()
    {
        var id = new DocumentId(Id!);
        var customer = new CustomerId(Customer!);
        var amount = Money.Of(Amount, Currency!);
        var date = DocumentDate ?? throw new ArgumentException("The document date is required.", "documentDate");
        return Kind switch
        {
            DocumentKind.Invoice => Document.Invoice(id, customer, amount, date, DueDate ?? throw new ArgumentException("The due date is required.", "dueDate"), Reference, ContractNumber, BusinessType),
            DocumentKind.DebitNote => Document.DebitNote(id, customer, amount, date, DueDate ?? throw new ArgumentException("The due date is required.", "dueDate"), Reference, ContractNumber, BusinessType),
            DocumentKind.CreditNote => Document.CreditNote(id, customer, amount, date, Reference, ContractNumber, BusinessType),
            DocumentKind.Payment => Document.Payment(id, customer, amount, date, Reference, ContractNumber, BusinessType),
            DocumentKind.Adjustment => Document.Adjustment(id, customer, amount, date, Reference, ContractNumber, BusinessType),
            DocumentKind.WriteOff => Document.WriteOff(id, customer, amount, date, Reference),
            _ => throw new ArgumentOutOfRangeException("kind", Kind, $"{Kind} is not a document kind."),
        };
    }
}

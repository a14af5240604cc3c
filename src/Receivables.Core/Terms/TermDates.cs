using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>
/// The dates of an invoice that payment terms may count from. Only the document date is required; a term whose
/// baseline is the delivery or posting date needs that date too. Deposit lines count from the order date (or the
/// document date when no order date is given).
/// </summary>
/// <param name="DocumentDate">The document (invoice) date.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TermDates(DateOnly DocumentDate)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(TermDates), PrintMembers);

    /// <summary>Gets the delivery date, if known.</summary>
    public DateOnly? DeliveryDate { get; init; }

    /// <summary>Gets the posting date, if known.</summary>
    public DateOnly? PostingDate { get; init; }

    /// <summary>Gets the order date, if known (deposit and prepayment lines fall due on it).</summary>
    public DateOnly? OrderDate { get; init; }
}

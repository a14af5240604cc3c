using Receivables.Internal;
namespace Receivables.Matching;

/// <summary>
/// What a statement line does to one open item: cash applied, early-payment discount granted and write-off proposed.
/// The item's open amount goes down by <see cref="Cleared"/>.
/// </summary>
/// <param name="Item">The document number of the item.</param>
/// <param name="Customer">The customer of the item.</param>
/// <param name="Applied">The cash from the line applied to the item; positive.</param>
/// <param name="Discount">The early-payment discount taken; zero when none.</param>
/// <param name="WriteOff">The short payment proposed for write-off (bank fees, small differences); zero when none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MatchAllocation(DocumentId Item, CustomerId Customer, Money Applied, Money Discount, Money WriteOff)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchAllocation), PrintMembers);

    /// <summary>Gets the total the item is cleared by: applied + discount + write-off.</summary>
    public Money Cleared => Applied + Discount + WriteOff;

    /// <summary>Gets the named shortfall on the item (an unearned discount, bank charges, a short payment), or null.
    /// When written off it is also <see cref="WriteOff"/>; when left open or disputed it stays open on the item, so
    /// applied + discount + write-off + deduction is the item's open amount.</summary>
    /// <value>The default value is null.</value>
    public MatchDeduction? Deduction { get; init; }

    /// <summary>What the allocation takes of the item's open amount for other lines of the run: what it clears plus a
    /// deduction held in dispute on it (the ledger holds that part, <see cref="Ledger.ReceiptLine"/>), so that two
    /// lines never claim more than the item has open.</summary>
    internal decimal Claimed => Cleared.Amount + (Deduction is { Treatment: DeductionTreatment.Dispute } held ? held.Amount.Amount : 0m);
}

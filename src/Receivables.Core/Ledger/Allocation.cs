namespace Receivables.Ledger;

/// <summary>An amount of a credit applied to one open item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The debit item (invoice, debit note, debit adjustment) that receives the amount.</param>
/// <param name="Amount">The amount applied, greater than zero, in the item's currency.</param>
public readonly record struct Allocation(DocumentId Item, Money Amount);

using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>An amount of a credit applied to one open item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The debit item (invoice, debit note, debit adjustment) that receives the amount.</param>
/// <param name="Amount">The amount applied, greater than zero, in the item's currency.</param>
public readonly record struct Allocation(DocumentId Item, Money Amount)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(Allocation), PrintMembers);
}

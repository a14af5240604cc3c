using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>One application that touched an item: who paid (or was paid), how much, and when.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ApplicationNumber">The application within the account.</param>
/// <param name="Counterpart">For a debit item, the credit applied to it; for a credit item, the debit it was applied to.</param>
/// <param name="Amount">The amount, greater than zero.</param>
/// <param name="Date">The application date.</param>
public readonly record struct ItemSettlement(int ApplicationNumber, DocumentId Counterpart, Money Amount, DateOnly Date)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ItemSettlement), PrintMembers);
}

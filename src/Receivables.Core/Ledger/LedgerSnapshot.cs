using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>The ledger as it stood on one date, from <see cref="ReceivablesLedger.Snapshots"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Date">The date of the view.</param>
/// <param name="Ledger">The view: equal to <c>ledger.AsOf(Date)</c>.</param>
public sealed record LedgerSnapshot(DateOnly Date, ReceivablesLedger Ledger)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LedgerSnapshot), PrintMembers);

    /// <summary>Gets the open items on <see cref="Date"/>, by customer, then oldest due first.</summary>
    public IEnumerable<OpenItem> OpenItems => Ledger.OpenItems;
}

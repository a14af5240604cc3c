using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>The ledger after applying a credit, and the application's result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Ledger">The new ledger.</param>
/// <param name="Application">What was applied where, and what stays unapplied.</param>
public sealed record LedgerApplicationResult(ReceivablesLedger Ledger, ApplicationResult Application)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LedgerApplicationResult), PrintMembers);
}

namespace Receivables.Ledger;

/// <summary>The ledger after applying a credit, and the application's result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Ledger">The new ledger.</param>
/// <param name="Application">What was applied where, and what stays unapplied.</param>
public sealed record LedgerApplicationResult(ReceivablesLedger Ledger, ApplicationResult Application);

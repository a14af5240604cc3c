namespace Receivables.Ledger;

/// <summary>An open dispute on an item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="OpenedOn">The date the dispute was raised.</param>
/// <param name="Note">What is disputed.</param>
public sealed record ItemDispute(DateOnly OpenedOn, string Note);

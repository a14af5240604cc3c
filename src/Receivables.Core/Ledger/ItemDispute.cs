using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>An open dispute on an item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="OpenedOn">The date the dispute was raised.</param>
/// <param name="Note">What is disputed.</param>
public sealed record ItemDispute(DateOnly OpenedOn, string Note)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ItemDispute), PrintMembers);
}

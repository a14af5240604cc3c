using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>What <see cref="LedgerBuilder.Apply"/> applied: the builder's counterpart of <see cref="ApplicationResult"/>,
/// without an account (the builder's accounts are still being built).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ApplicationNumber">The number of the recorded application, or null when nothing was applied.</param>
/// <param name="Allocations">The allocations recorded; empty when nothing was applied.</param>
/// <param name="Applied">The total applied.</param>
/// <param name="Unapplied">What remains open on the credit (unapplied cash for a payment).</param>
public sealed record AppliedCredit(int? ApplicationNumber, IReadOnlyList<Allocation> Allocations, Money Applied, Money Unapplied)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(AppliedCredit), PrintMembers);
}

using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>The outcome of applying a credit: the new account, what was applied where, and what stays unapplied.</summary>
/// <remarks>
/// Applying nothing is a normal outcome (no open items, a fully applied credit): <see cref="Allocations"/> is empty,
/// <see cref="ApplicationNumber"/> is null and <see cref="Account"/> is the unchanged account. Immutable and thread-safe.
/// </remarks>
/// <param name="Account">The account after the application.</param>
/// <param name="ApplicationNumber">The number of the recorded application, or null when nothing was applied.</param>
/// <param name="Allocations">The allocations recorded.</param>
/// <param name="Applied">The total applied.</param>
/// <param name="Unapplied">What remains open on the credit (unapplied cash for a payment).</param>
public sealed record ApplicationResult(
    CustomerAccount Account,
    int? ApplicationNumber,
    IReadOnlyList<Allocation> Allocations,
    Money Applied,
    Money Unapplied)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ApplicationResult), PrintMembers);
}

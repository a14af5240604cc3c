using Receivables.Internal;
namespace Receivables.Aging;

/// <summary>How a customer's overdue share (overdue balance ÷ total balance, 0 to 1) changed between two reports.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The line key.</param>
/// <param name="PreviousShare">The share in the earlier report (0 when the customer had no balance).</param>
/// <param name="CurrentShare">The share in the later report (0 when the customer has no balance).</param>
public sealed record OverdueShareChange(string Customer, decimal PreviousShare, decimal CurrentShare)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(OverdueShareChange), PrintMembers);

    /// <summary>Gets the change: <see cref="CurrentShare"/> − <see cref="PreviousShare"/>.</summary>
    public decimal Change => CurrentShare - PreviousShare;
}

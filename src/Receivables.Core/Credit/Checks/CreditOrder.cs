using Receivables.Internal;
namespace Receivables.Credit.Checks;

/// <summary>A new sales order to check against credit.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="Amount">The order amount, in the exposure's currency.</param>
/// <param name="IsPrepaid">Whether the order is paid in advance; prepaid orders always pass.</param>
public sealed record CreditOrder(CustomerId Customer, Money Amount, bool IsPrepaid = false)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditOrder), PrintMembers);
}

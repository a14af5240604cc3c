using Receivables.Internal;
namespace Receivables.Credit.Policy;

/// <summary>A credit limit (信用额度) and how it was set.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Amount">The limit, zero or more; zero means no credit (prepayment).</param>
/// <param name="Basis">How it was computed: a reason such as <see cref="CreditReasonCodes.LimitShareOfEquity"/> with the
/// share and the figure.</param>
public sealed record CreditLimit(Money Amount, Reason Basis)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditLimit), PrintMembers);
}

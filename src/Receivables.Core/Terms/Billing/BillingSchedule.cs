using Receivables.Internal;
namespace Receivables.Terms.Billing;

/// <summary>
/// The billing lines of a <see cref="BillingContract"/> in date order, one per period, from
/// <see cref="BillingContract.Schedule(DateOnly?)"/>.
/// </summary>
/// <param name="Contract">The contract.</param>
/// <param name="Through">The horizon: periods starting after it are left out (<see langword="null"/> when the whole
/// contract was scheduled).</param>
/// <param name="Lines">The lines, one per period, in date order; the periods tile the contract from its start.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BillingSchedule(BillingContract Contract, DateOnly? Through, IReadOnlyList<BillingLine> Lines)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BillingSchedule), PrintMembers);

    /// <summary>Gets the sum of the lines. For a contract with an end, scheduled to its end, this is
    /// <see cref="BillingContract.ContractValue"/> exactly.</summary>
    public Money Total => Lines.Aggregate(Money.Zero(Contract.Price.Currency), (sum, line) => sum + line.SignedAmount);
}

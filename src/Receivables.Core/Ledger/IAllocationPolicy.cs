namespace Receivables.Ledger;

/// <summary>
/// Decides how a credit (payment, credit note) is spread over a customer's open items. The account checks whatever a
/// policy returns (known open debit items, same currency, no item or credit over-allocated) and refuses the whole
/// application if anything is wrong, so a policy cannot corrupt the ledger.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe. Built-ins are in <see cref="AllocationPolicies"/>.</remarks>
public interface IAllocationPolicy
{
    /// <summary>Proposes the allocations of a credit.</summary>
    /// <param name="arguments">The credit, the amount available and the candidate items.</param>
    /// <returns>The allocations; empty when nothing should be applied. Amounts are positive and in the credit's currency.</returns>
    IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments);
}

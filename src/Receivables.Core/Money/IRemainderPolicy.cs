namespace Receivables;

/// <summary>
/// Decides how an amount split in proportion to some ratios is rounded to whole minor units: it receives every part's
/// exact share and writes the rounded parts. This is the library's one money-splitting rule: <see cref="Money.Allocate(IReadOnlyList{decimal}, IRemainderPolicy?)"/>,
/// payment-term installments (through <see cref="Terms.IResidualPolicy"/>), tax spreads and ledger allocations all
/// go through it. Whatever the policy does, the allocator checks that the parts are whole minor units, not negative
/// and add up to the total, and throws <see cref="InvalidOperationException"/> if a policy breaks that.
/// Built-ins are in <see cref="RemainderPolicies"/>.
/// </summary>
/// <remarks>Implementations must be stateless and thread-safe.</remarks>
public interface IRemainderPolicy
{
    /// <summary>Writes one rounded part per share into <see cref="RemainderArguments.Parts"/>.</summary>
    /// <param name="arguments">The currency, the total, the exact shares and the parts to fill.</param>
    void Distribute(in RemainderArguments arguments);
}

using Receivables.Internal;
namespace Receivables.Terms.Billing;

/// <summary>
/// The billing effect of a <see cref="ContractChange"/>: a credit for the unused rest of the current period at the old
/// price and a charge for the same days at the new price, and the contract that continues at the new price from the
/// next period on.
/// </summary>
/// <param name="Change">The change.</param>
/// <param name="Credit">The credit (kind <see cref="BillingLineKind.Credit"/>), for a credit note.</param>
/// <param name="Debit">The charge (kind <see cref="BillingLineKind.Charge"/>), for an invoice.</param>
/// <param name="Continuation">The contract at the new price from the day after the changed period (same anchor,
/// frequency, timing, convention and term), or <see langword="null"/> when the changed period is the contract's last.</param>
/// <remarks>Immutable and thread-safe. <c>Debit − Credit</c> is the price difference over the remaining days rounded
/// once, half away from zero (see <see cref="Net"/>).</remarks>
public sealed record ContractChangeResult(ContractChange Change, BillingLine Credit, BillingLine Debit, BillingContract? Continuation)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ContractChangeResult), PrintMembers);

    /// <summary>Gets <c>Debit − Credit</c>: what the customer owes (negative: is owed) for the change, equal to
    /// (new price − old price) × days ÷ basis rounded half away from zero to the minor unit.</summary>
    public Money Net => Debit.Amount - Credit.Amount;
}

using System.Collections.Immutable;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching.Reconciliation;

/// <summary>Turns our statement of account into the entries a customer confirms (对账单回函), the form
/// <see cref="StatementReconciliation.Reconcile"/> reads back.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CustomerStatementEntries
{
    /// <summary>The open items at the end of a statement of account, one <see cref="CustomerStatementEntryKind.Invoice"/>
    /// entry each: reference the document id, amount the open amount, date the document date. Reconciling them against
    /// the open items of the same ledger view gives no difference. Unapplied credits are not entries (reconciliation
    /// compares open debit items; a payment entry would be a payment in transit).</summary>
    /// <param name="statement">The statement of account.</param>
    /// <returns>The entries, in the order of <see cref="StatementOfAccount.OpenItems"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static ImmutableArray<CustomerStatementEntry> From(StatementOfAccount statement)
        => [.. Guard.NotNull(statement).OpenItems.Select(i => new CustomerStatementEntry(i.Id.Value, i.Open, CustomerStatementEntryKind.Invoice, i.DocumentDate))];
}

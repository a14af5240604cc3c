using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Matching.Reconciliation;

/// <summary>The result of reconciling our open items with a customer's confirmed statement (对账单): one line per
/// document or payment and the totals; the line differences add up to <see cref="Difference"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StatementReconciliationResult
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(StatementReconciliationResult), PrintMembers);

    internal StatementReconciliationResult(ImmutableArray<ReconciliationLine> lines, Money ourTotal, Money theirTotal)
    {
        Lines = lines;
        OurTotal = ourTotal;
        TheirTotal = theirTotal;
    }

    /// <summary>Gets the lines: our items in our order, then the customer's documents we lack, then payments.</summary>
    public ImmutableArray<ReconciliationLine> Lines { get; }

    /// <summary>Gets the total of our open items.</summary>
    public Money OurTotal { get; }

    /// <summary>Gets the customer's balance: its documents less its payments.</summary>
    public Money TheirTotal { get; }

    /// <summary>Gets our total minus the customer's; equals the sum of the line differences.</summary>
    public Money Difference => OurTotal - TheirTotal;

    /// <summary>Gets a value indicating whether every document matched and nothing is in transit.</summary>
    public bool IsAgreed => Lines.All(l => l.Status == ReconciliationStatus.Matched);
}

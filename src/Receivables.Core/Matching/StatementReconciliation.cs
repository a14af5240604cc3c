using System.Collections.Immutable;
using Receivables.Internal;

using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>
/// Reconciles our open items for a customer with the statement of account the customer confirms (对账单): each
/// document is matched by normalised number; the result lists matches, amount differences, documents missing on
/// either side and payments in transit, and the differences add up to our total minus theirs.
/// </summary>
/// <remarks>Stateless and thread-safe. A customer document listed twice counts once; the second is reported as
/// missing on our side.</remarks>
public static class StatementReconciliation
{
    /// <summary>Reconciles one customer's statement in one currency.</summary>
    /// <param name="ours">Our open items for the customer.</param>
    /// <param name="theirs">The entries the customer confirms.</param>
    /// <returns>The reconciliation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">The amounts are not all in one currency, or both lists are empty.</exception>
    public static StatementReconciliationResult Reconcile(IEnumerable<OpenItem> ours, IEnumerable<CustomerStatementEntry> theirs)
    {
        Guard.NotNull(ours);
        Guard.NotNull(theirs);
        var items = ours.ToList();
        var entries = theirs.ToList();
        if (items.Exists(i => i is null) || entries.Exists(e => e is null))
        {
            throw new ArgumentNullException(items.Exists(i => i is null) ? nameof(ours) : nameof(theirs));
        }

        var currencies = items.Select(i => i.Currency).Concat(entries.Select(e => e.Amount.Currency)).Distinct().ToList();
        if (currencies.Count != 1)
        {
            throw new ArgumentException(currencies.Count == 0 ? "Nothing to reconcile: both lists are empty." : "All amounts must be in one currency; reconcile each currency separately.", nameof(theirs));
        }

        var zero = Money.Zero(currencies[0]);
        var invoices = new Dictionary<string, Queue<CustomerStatementEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Kind == CustomerStatementEntryKind.Invoice))
        {
            var key = MatchText.NormalizeReference(entry.Reference);
            if (!invoices.TryGetValue(key, out var queue))
            {
                queue = new Queue<CustomerStatementEntry>();
                invoices.Add(key, queue);
            }

            queue.Enqueue(entry);
        }

        var lines = ImmutableArray.CreateBuilder<ReconciliationLine>();
        foreach (var item in items.OrderBy(i => i.DueDate).ThenBy(i => i.Id))
        {
            var key = MatchText.NormalizeReference(item.Id.Value);
            if (invoices.TryGetValue(key, out var queue) && queue.Count > 0)
            {
                var entry = queue.Dequeue();
                var status = entry.Amount == item.Open ? ReconciliationStatus.Matched : ReconciliationStatus.AmountDifference;
                lines.Add(new ReconciliationLine(status, item.Id.Value, item.Open, entry.Amount, item.Open - entry.Amount));
            }
            else
            {
                lines.Add(new ReconciliationLine(ReconciliationStatus.MissingOnTheirSide, item.Id.Value, item.Open, null, item.Open));
            }
        }

        var leftover = new HashSet<CustomerStatementEntry>(invoices.Values.SelectMany(q => q), ReferenceEqualityComparer.Instance);
        foreach (var entry in entries.Where(e => e.Kind == CustomerStatementEntryKind.Invoice))
        {
            if (leftover.Contains(entry))
            {
                lines.Add(new ReconciliationLine(ReconciliationStatus.MissingOnOurSide, entry.Reference, null, entry.Amount, -entry.Amount));
            }
        }

        foreach (var payment in entries.Where(e => e.Kind == CustomerStatementEntryKind.Payment))
        {
            lines.Add(new ReconciliationLine(ReconciliationStatus.PaymentInTransit, payment.Reference, null, payment.Amount, payment.Amount));
        }

        var ourTotal = items.Aggregate(zero, (s, i) => s + i.Open);
        var theirTotal = entries.Aggregate(zero, (s, e) => e.Kind == CustomerStatementEntryKind.Invoice ? s + e.Amount : s - e.Amount);
        return new StatementReconciliationResult(lines.ToImmutable(), ourTotal, theirTotal);
    }
}

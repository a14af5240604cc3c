using System.Collections.Immutable;
using Receivables.Internal;

using Receivables.Ledger;

namespace Receivables.Matching.Reconciliation;

/// <summary>
/// Reconciles our open items for a customer with the statement of account the customer confirms (对账单): each
/// document is matched by normalised number; the result lists matches, amount differences, documents missing on
/// either side and payments in transit, and the differences add up to our total minus theirs.
/// </summary>
/// <remarks>Stateless and thread-safe. A customer document listed twice counts once; the second is reported as
/// missing on our side. When several of our numbers are equal once case and separators are ignored (<c>AB-12</c> and
/// <c>AB1-2</c>), an entry is paired with the one written the same way, and the line carries a
/// <see cref="MatchingReasonCodes.ReconciliationAmbiguous"/> note.</remarks>
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
        var invoices = new Dictionary<string, List<CustomerStatementEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Kind == CustomerStatementEntryKind.Invoice))
        {
            var key = MatchText.NormalizeReference(entry.Reference);
            if (!invoices.TryGetValue(key, out var queue))
            {
                queue = [];
                invoices.Add(key, queue);
            }

            queue.Add(entry);
        }

        // Our numbers by normalised key: AB-12 and AB1-2 are both AB12. An entry is paired with the item written the
        // same way (ignoring case and surrounding spaces) first; only then with any item of the same key, oldest first.
        var ordered = items.OrderBy(i => i.DueDate).ThenBy(i => i.Id).ToList();
        var ourKeys = ordered.GroupBy(i => MatchText.NormalizeReference(i.Id.Value), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(i => i.Id.Value).ToList(), StringComparer.Ordinal);
        var paired = new Dictionary<OpenItem, CustomerStatementEntry>(ReferenceEqualityComparer.Instance);
        foreach (var item in ordered)
        {
            var key = MatchText.NormalizeReference(item.Id.Value);
            if (invoices.TryGetValue(key, out var queue) && queue.FindIndex(e => SameWriting(e.Reference, item.Id.Value)) is var at and >= 0)
            {
                paired.Add(item, queue[at]);
                queue.RemoveAt(at);
            }
        }

        foreach (var item in ordered)
        {
            var key = MatchText.NormalizeReference(item.Id.Value);
            if (!paired.ContainsKey(item) && invoices.TryGetValue(key, out var queue) && queue.FindIndex(e => !ourKeys[key].Exists(id => SameWriting(e.Reference, id))) is var at and >= 0)
            {
                paired.Add(item, queue[at]);
                queue.RemoveAt(at);
            }
        }

        var lines = ImmutableArray.CreateBuilder<ReconciliationLine>();
        foreach (var item in ordered)
        {
            if (paired.TryGetValue(item, out var entry))
            {
                var status = entry.Amount == item.Open ? ReconciliationStatus.Matched : ReconciliationStatus.AmountDifference;
                var others = ourKeys[MatchText.NormalizeReference(item.Id.Value)].Where(id => !string.Equals(id, item.Id.Value, StringComparison.Ordinal)).ToList();
                var note = others.Count == 0 ? null : MatchingReasonCodes.ReconciliationAmbiguous.Of(entry.Reference, string.Join(", ", others));
                lines.Add(new ReconciliationLine(status, item.Id.Value, item.Open, entry.Amount, item.Open - entry.Amount, note));
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

    private static bool SameWriting(string theirs, string ours) => theirs.AsSpan().Trim().Equals(ours.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
}

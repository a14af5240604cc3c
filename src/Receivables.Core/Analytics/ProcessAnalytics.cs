using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Analytics;

/// <summary>
/// Process analytics from the ledger: which customer groups pay late (payment behaviour per group, against the
/// previous period) and where collection time goes (cycle times per step and group). The accumulators behind them
/// (<see cref="PaymentBehaviourAccumulator"/>, <see cref="CycleTimeAccumulator"/>) merge, so a host with more than
/// one ledger partition runs these per partition and merges the results.
/// </summary>
/// <remarks>
/// <para>Groups come from a key function of the document (<see cref="CustomerAttributes.KeyFor"/> gives one for
/// segment, business type, region, salesperson or term). Reminders are read from the ledger's
/// <c>reminders.issued</c> annotations (<see cref="ReminderIssued"/>, as <see cref="ReminderRecorder"/> writes them),
/// promises from <see cref="PromiseToPayRecorded"/> events, payments from the applications of payment documents.</para>
/// <para>Static and thread-safe.</para>
/// </remarks>
public static class ProcessAnalytics
{
    /// <summary>Accumulates the payment records paid within a window, grouped by the key of the item paid.</summary>
    /// <param name="ledger">The ledger (take <see cref="ReceivablesLedger.AsOf"/> for the view on a date).</param>
    /// <param name="paidFrom">The first payment date counted (inclusive).</param>
    /// <param name="paidTo">The last payment date counted (inclusive).</param>
    /// <param name="keyOf">The group of an item's document, such as <c>attributes.KeyFor("segment")</c>.</param>
    /// <returns>The accumulator, ready to merge with other partitions or to read with
    /// <see cref="PaymentBehaviourAccumulator.ToBehaviours"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paidTo"/> is before <paramref name="paidFrom"/>, or the key
    /// function returns a blank key.</exception>
    public static PaymentBehaviourAccumulator Behaviour(ReceivablesLedger ledger, DateOnly paidFrom, DateOnly paidTo, Func<Document, string> keyOf)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(keyOf);
        if (paidTo < paidFrom)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"paidTo ({paidTo:yyyy-MM-dd}) is before paidFrom ({paidFrom:yyyy-MM-dd})."), nameof(paidTo));
        }

        var accumulator = new PaymentBehaviourAccumulator();
        foreach (var account in ledger.Accounts)
        {
            foreach (var record in account.PaymentRecords())
            {
                if (record.PaidOn >= paidFrom && record.PaidOn <= paidTo)
                {
                    accumulator.Add(keyOf(account.GetItem(record.Item).Document), record);
                }
            }
        }

        return accumulator;
    }

    /// <summary>
    /// Payment behaviour per group in a window beside the previous window of the same length (the days just before
    /// <paramref name="paidFrom"/>), with the changes.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="paidFrom">The first payment date of the window (inclusive).</param>
    /// <param name="paidTo">The last payment date of the window (inclusive).</param>
    /// <param name="keyOf">The group of an item's document.</param>
    /// <returns>One change per group and currency paid in either window, ordered by key, then currency.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paidTo"/> is before <paramref name="paidFrom"/>, or the key
    /// function returns a blank key.</exception>
    public static IReadOnlyList<BehaviourChange> BehaviourChanges(ReceivablesLedger ledger, DateOnly paidFrom, DateOnly paidTo, Func<Document, string> keyOf)
    {
        var current = Behaviour(ledger, paidFrom, paidTo, keyOf);
        var length = paidTo.DayNumber - paidFrom.DayNumber + 1;
        var previous = Behaviour(ledger, paidFrom.AddDays(-length), paidFrom.AddDays(-1), keyOf);
        return BehaviourChange.Compare(current.ToBehaviours(), previous.ToBehaviours());
    }

    /// <summary>
    /// Reads the collection cycle of every debit item posted on or before a date: document date, first reminder, first
    /// promise to pay, and the date it was settled (when a payment settled at least part of it).
    /// </summary>
    /// <param name="ledger">The ledger; it is viewed as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="keyOf">The group of an item's document.</param>
    /// <returns>One cycle per debit item, by customer id, then the items' posting order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key function returns a blank key.</exception>
    /// <remarks>A settled item's payment date is the date of its last settlement (the one that closed it). An item
    /// settled only by credit notes, adjustments or write-offs has no payment date. A reminder dated before the
    /// item's document date is ignored.</remarks>
    public static IReadOnlyList<ItemCycle> Cycles(ReceivablesLedger ledger, DateOnly asOf, Func<Document, string> keyOf)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(keyOf);
        var cycles = new List<ItemCycle>();
        foreach (var account in ledger.AsOf(asOf).Accounts.OrderBy(a => a.Customer))
        {
            var reminders = new Dictionary<DocumentId, DateOnly>();
            var promises = new Dictionary<DocumentId, DateOnly>();
            foreach (var e in account.History)
            {
                if (e is LedgerAnnotation a && ReminderIssued.TryFromAnnotation(a, out var issued))
                {
                    foreach (var item in issued.Items)
                    {
                        Earliest(reminders, item, issued.Date);
                    }
                }
                else if (e is PromiseToPayRecorded p)
                {
                    Earliest(promises, p.Item, p.RecordedOn);
                }
            }

            foreach (var item in account.Items.Where(i => i.Document.IsDebit))
            {
                var document = item.Document;
                DateOnly? reminder = reminders.TryGetValue(item.Id, out var r) && r >= document.DocumentDate ? r : null;
                DateOnly? promise = promises.TryGetValue(item.Id, out var p) ? p : null;
                DateOnly? paid = !item.IsOpen && item.Settlements.Length > 0 && item.Settlements.Any(s => IsPayment(account, s))
                    ? item.Settlements.Max(s => s.Date)
                    : null;
                cycles.Add(new ItemCycle(document.Customer, item.Id, keyOf(document), document.DocumentDate, reminder, promise, paid, item.IsOpen));
            }
        }

        return cycles;
    }

    /// <summary>Collects the cycle times of every debit item on a date, grouped by the key of its document.</summary>
    /// <param name="ledger">The ledger; it is viewed as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="keyOf">The group of an item's document.</param>
    /// <returns>The accumulator, ready to merge or to summarise with <see cref="CycleTimeAccumulator.ToStatistics"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key function returns a blank key.</exception>
    public static CycleTimeAccumulator CycleTimes(ReceivablesLedger ledger, DateOnly asOf, Func<Document, string> keyOf)
    {
        var accumulator = new CycleTimeAccumulator(asOf);
        foreach (var cycle in Cycles(ledger, asOf, keyOf))
        {
            accumulator.Add(cycle);
        }

        return accumulator;
    }

    private static bool IsPayment(CustomerAccount account, ItemSettlement settlement)
        => account.TryGetItem(settlement.Counterpart, out var credit) && credit.Document.Kind == DocumentKind.Payment;

    private static void Earliest(Dictionary<DocumentId, DateOnly> map, DocumentId item, DateOnly date)
    {
        if (!map.TryGetValue(item, out var existing) || date < existing)
        {
            map[item] = date;
        }
    }
}

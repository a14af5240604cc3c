namespace Receivables.Matching;

/// <summary>Within each candidate customer (identified payer, its subsidiaries, owners of referenced items): an item
/// whose open amount equals the line, or equals it after an early-payment discount, or exceeds it by no more than
/// the write-off tolerance. When none fits: the whole account when the line pays more than is open, else a partial
/// payment of the oldest item (a guess, only suggested).</summary>
internal sealed class CustomerAmountRule : IMatchRule
{
    public void Apply(MatchContext context)
    {
        var line = context.Line;
        var zero = Money.Zero(line.Amount.Currency);
        foreach (var (customer, weight, reason) in Candidates(context))
        {
            var items = context.Index.ItemsOf(customer, line.Amount.Currency);
            if (items.Count == 0)
            {
                continue;
            }

            // The items are all in the line's currency (ItemsOf), so the amounts compare as plain decimals.
            var amount = line.Amount.Amount;
            List<OpenItem>? exact = null, discounted = null, shortPaid = null;
            for (var k = 0; k < items.Count; k++)
            {
                var item = items[k];
                var open = item.Open.Amount;
                if (open == amount)
                {
                    (exact ??= []).Add(item);
                }
                else if (exact is null && open > amount)
                {
                    var discount = item.Discounts.IsEmpty ? 0m : Settlement.BestDiscount(item, line.ValueDate, zero).Amount.Amount;
                    if (discount > 0m && open - discount == amount)
                    {
                        (discounted ??= []).Add(item);
                    }
                    else if (discounted is null && open - amount <= context.Options.Tolerance(item.Open).Amount)
                    {
                        (shortPaid ??= []).Add(item);
                    }
                }
            }

            var fits = exact ?? discounted ?? shortPaid ?? [];
            foreach (var item in fits)
            {
                var (allocations, unapplied, amountWeight, amountReason, _) = Settlement.Evaluate([item], line.Amount, line.ValueDate, context.Options);
                var because = fits.Count == 1 ? amountReason : Because.Of((amountReason, fits.Count), static s => $"{s.amountReason.Text()} ({s.Count} items fit)");
                context.Propose(MatchProposal.Of(allocations, unapplied, Evidence.Combine(0d, weight, amountWeight), [reason, because]));
            }

            if (fits.Count > 0)
            {
                continue;
            }

            var total = zero;
            for (var k = 0; k < items.Count; k++)
            {
                total += items[k].Open;
            }

            if (line.Amount > total)
            {
                var (allocations, unapplied, amountWeight, amountReason, _) = Settlement.Evaluate(items, line.Amount, line.ValueDate, context.Options);
                context.Propose(MatchProposal.Of(allocations, unapplied, Evidence.Combine(0d, weight, amountWeight) * 0.5, [reason, Because.Of(amountReason, static r => r.Text() + " (all open items of the customer)")]));
            }
            else if (line.Amount < items[0].Open)
            {
                var oldest = items[0];
                context.Propose(MatchProposal.Of(
                    [new MatchAllocation(oldest.Document, customer, line.Amount, zero, zero)],
                    zero,
                    Evidence.Combine(0d, weight, Evidence.Guess) * 0.5,
                    [reason, Because.Of((oldest.Document, line.Amount, oldest.Open), static s => $"no open amount fits: partial payment of the oldest item {s.Document} assumed ({Evidence.Amount(s.Amount)} of {Evidence.Amount(s.Open)})")]));
            }
        }
    }

    /// <summary>The candidate customers with the payer evidence for each, ordered by customer id.</summary>
    internal static List<(CustomerId Customer, double Weight, object Reason)> Candidates(MatchContext context)
        => context.CandidateCustomers ??= FindCandidates(context);

    private static List<(CustomerId Customer, double Weight, object Reason)> FindCandidates(MatchContext context)
    {
        // A line has few candidates: a list searched linearly and sorted by customer once is cheaper than a tree.
        var result = new List<(CustomerId Customer, double Weight, object Reason)>(context.Payers.Count + context.Hits.Count);
        foreach (var payer in context.Payers)
        {
            var at = IndexOf(result, payer.Customer);
            if (at < 0)
            {
                result.Add((payer.Customer, payer.Weight, payer));
            }
            else if (payer.Weight > result[at].Weight)
            {
                result[at] = (payer.Customer, payer.Weight, payer);
            }
        }

        foreach (var hit in context.Hits)
        {
            if (IndexOf(result, hit.Item.Customer) < 0)
            {
                result.Add((hit.Item.Customer, Evidence.CustomerFromReference, Because.Of(hit.Item, static item => $"customer {item.Customer} known from reference {item.Document}")));
            }
        }

        if (result.Count > 1)
        {
            result.Sort((a, b) => a.Customer.CompareTo(b.Customer));
        }

        return result;

        static int IndexOf(List<(CustomerId Customer, double Weight, object Reason)> list, CustomerId customer)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Customer == customer)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

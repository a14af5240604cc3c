namespace Receivables.Matching;

/// <summary>Proposes settling the referenced items: all of them together when every reference points to one item,
/// and each alone; the amount decides between exact, discount taken, write-off, partial and overpayment.</summary>
internal sealed class ReferencedItemsRule : IMatchRule
{
    public void Apply(MatchContext context)
    {
        if (context.Hits.Count == 0)
        {
            return;
        }

        var currency = context.Line.Amount.Currency;
        if (context.Hits.Count == 1 && context.Hits[0].Item.Currency == currency)
        {
            Propose(context, [context.Hits[0]]);
            return;
        }

        var best = new Dictionary<DocumentId, ReferenceHit>();
        var unique = true;
        foreach (var group in context.Hits.GroupBy(h => h.Reference.Normalized))
        {
            var items = group.Select(h => h.Item.Document).Distinct().Count();
            unique &= items == 1;
            foreach (var hit in group)
            {
                if (hit.Item.Currency != currency)
                {
                    context.Note($"reference {hit.Item.Document} is in {hit.Item.Currency.Code}, the line in {currency.Code}");
                    continue;
                }

                if (!best.TryGetValue(hit.Item.Document, out var existing) || hit.Weight > existing.Weight)
                {
                    best[hit.Item.Document] = hit;
                }
            }
        }

        var hits = best.Values.OrderBy(h => h.Item.DueDate).ThenBy(h => h.Item.DocumentDate).ThenBy(h => h.Item.Document).ToList();
        if (hits.Count == 0)
        {
            return;
        }

        if (hits.Count > 1 && unique)
        {
            Propose(context, hits);
        }

        foreach (var hit in hits)
        {
            Propose(context, [hit]);
        }
    }

    private static void Propose(MatchContext context, List<ReferenceHit> hits)
    {
        var line = context.Line;
        var items = new List<OpenItem>(hits.Count);
        var reasons = new List<object>(hits.Count + 3);
        var referenceWeight = double.MaxValue;
        var customers = new List<CustomerId>(1);
        foreach (var hit in hits)
        {
            items.Add(hit.Item);
            reasons.Add(hit);
            referenceWeight = Math.Min(referenceWeight, hit.Weight);
            if (!customers.Contains(hit.Item.Customer))
            {
                customers.Add(hit.Item.Customer);
            }
        }

        customers.Sort();
        var (allocations, unapplied, amountWeight, amountReason, fits) = Settlement.Evaluate(items, line.Amount, line.ValueDate, context.Options);
        var payerWeight = 1d;
        var factor = 1d;
        foreach (var customer in customers)
        {
            var payer = context.BestPayer(customer);
            payerWeight = Math.Min(payerWeight, payer?.Weight ?? 0d);
            if (payer is not null)
            {
                reasons.Add(payer);
            }
            else if (context.Payers.Count > 0)
            {
                factor = Evidence.PayerConflictFactor;
                var payers = new List<CustomerId>(context.Payers.Count);
                foreach (var candidate in context.Payers)
                {
                    if (!payers.Contains(candidate.Customer))
                    {
                        payers.Add(candidate.Customer);
                    }
                }

                reasons.Add(Because.Of((payers, customer), static s => $"the payer was identified as {string.Join(", ", s.payers)}, but {s.customer} owns the referenced item"));
            }
        }

        reasons.Add(amountReason);
        if (unapplied.IsPositive)
        {
            factor *= Evidence.OverpaymentFactor;
        }

        if (!fits)
        {
            var other = OtherFittingItem(context, customers, items);
            if (other is not null)
            {
                factor *= Evidence.OtherItemFitsFactor;
                reasons.Add(Because.Of(other.Document, static document => $"but the amount fits another open item, {document}, of the same customer"));
            }
        }

        var confidence = Evidence.Combine(referenceWeight, payerWeight, amountWeight) * factor;
        context.Propose(MatchProposal.Of(allocations, unapplied, confidence, [.. reasons]));
    }

    private static OpenItem? OtherFittingItem(MatchContext context, List<CustomerId> customers, List<OpenItem> items)
    {
        var line = context.Line;
        foreach (var customer in customers)
        {
            foreach (var item in context.Index.ItemsOf(customer, line.Amount.Currency))
            {
                if (!items.Contains(item) && Settlement.FitsAlone(item, line.Amount, line.ValueDate, context.Options))
                {
                    return item;
                }
            }
        }

        return null;
    }
}

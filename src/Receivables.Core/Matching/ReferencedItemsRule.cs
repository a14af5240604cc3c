using System.Runtime.InteropServices;

using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>Proposes settling the referenced items: all of them together when every reference points to one item,
/// and each alone; the amount decides between exact, discount taken, write-off, partial and overpayment.</summary>
internal sealed class ReferencedItemsRule : KernelRule
{
    public override void Apply(MatchContext context)
    {
        var all = context.HitList;
        if (all.Count == 0)
        {
            return;
        }

        var currency = context.Line.Amount.Currency;
        if (all.Count == 1 && all[0].Item.Currency == currency)
        {
            var only = all[0];
            Propose(context, new ReadOnlySpan<HitRow>(in only));
            return;
        }

        // Per reference (in the order found): does it point to one item only; per item the heaviest hit (the first
        // of equal weight). Hits in another currency are noted and left out.
        var best = context.BestHits;
        best.Clear();
        var unique = true;
        for (var g = 0; g < all.Count; g++)
        {
            var key = all[g].Reference.Normalized;
            if (SeenBefore(all, g, key))
            {
                continue;
            }

            var first = all[g].Item.Id;
            for (var k = g; k < all.Count; k++)
            {
                var hit = all[k];
                if (!string.Equals(hit.Reference.Normalized, key, StringComparison.Ordinal))
                {
                    continue;
                }

                unique &= hit.Item.Id == first;
                if (hit.Item.Currency != currency)
                {
                    context.Note(MatchingReasonCodes.ReferenceOtherCurrency.Of(hit.Item.Id, hit.Item.Currency.Code, currency.Code));
                    continue;
                }

                var at = -1;
                for (var b = 0; b < best.Count && at < 0; b++)
                {
                    at = best[b].Item.Id == hit.Item.Id ? b : -1;
                }

                if (at < 0)
                {
                    best.Add(hit);
                }
                else if (hit.Weight > best[at].Weight)
                {
                    best[at] = hit;
                }
            }
        }

        if (best.Count == 0)
        {
            return;
        }

        best.Sort(static (a, b) => Settlement.Oldest.Instance.Compare(a.Item, b.Item));

        var hits = CollectionsMarshal.AsSpan(best);
        if (hits.Length > 1 && unique)
        {
            Propose(context, hits);
        }

        for (var h = 0; h < hits.Length; h++)
        {
            Propose(context, hits.Slice(h, 1));
        }

        static bool SeenBefore(List<HitRow> hits, int before, string key)
        {
            for (var j = 0; j < before; j++)
            {
                if (string.Equals(hits[j].Reference.Normalized, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void Propose(MatchContext context, ReadOnlySpan<HitRow> hits)
    {
        var line = context.Line;
        OpenItem single = hits[0].Item;
        var items = hits.Length == 1 ? new ReadOnlySpan<OpenItem>(in single) : ItemsOf(hits, context.HitItems);
        var referenceWeight = double.MaxValue;
        foreach (var hit in hits)
        {
            referenceWeight = Math.Min(referenceWeight, hit.Weight);
        }

        var owner = single.Customer;
        var customers = hits.Length == 1 ? new ReadOnlySpan<CustomerId>(in owner) : CustomersOf(hits, context.HitCustomers);
        var customerCount = customers.Length;

        // Reasons: the hits, the payer evidence per customer, the amount, and a rival item when the amount does not fit.
        var payerWeight = 1d;
        var factor = 1d;
        // One customer (the usual case) has at most one payer part: kept in a variable, no list.
        Reason? onlyPayerPart = null;
        var payerParts = customerCount > 1 ? new List<Reason>(customerCount) : null;
        for (var c = 0; c < customerCount; c++)
        {
            var customer = customers[c];
            var payer = context.BestPayer(customer);
            payerWeight = Math.Min(payerWeight, payer?.Weight ?? 0d);
            Reason? part = null;
            if (payer is { } best)
            {
                part = best.Reason;
            }
            else if (context.PayerList.Count > 0)
            {
                factor = context.Options.Confidence.PayerConflictFactor;
                var payers = new List<CustomerId>(context.PayerList.Count);
                foreach (var candidate in context.PayerList)
                {
                    if (!payers.Contains(candidate.Customer))
                    {
                        payers.Add(candidate.Customer);
                    }
                }

                part = MatchingReasonCodes.ReferenceOtherCustomer.Of(string.Join(", ", payers), customer);
            }

            if (part is not null && payerParts is not null)
            {
                payerParts.Add(part);
            }
            else if (part is not null)
            {
                onlyPayerPart = part;
            }
        }

        var payerPartCount = payerParts?.Count ?? (onlyPayerPart is null ? 0 : 1);

        DeductionKind? flagged;
        var (allocations, unapplied, amountWeight, amountReason, fits) = hits.Length == 1
            ? Settlement.EvaluateOne(context, single, out flagged)
            : Settlement.Evaluate(items, line, context.Options, out flagged);
        // One item's position is handed on as it is; several as an array.
        var positions = allocations.Length == 1 ? null : PositionsOf(hits, allocations.Length);
        Reason? overpaid = null;
        if (unapplied.IsPositive && (context.Options.Overpayments == OverpaymentHandling.Suggest || customerCount > 1))
        {
            factor *= context.Options.Confidence.OverpaymentFactor;
        }
        else if (unapplied.IsPositive && context.Options.Overpayments == OverpaymentHandling.ApplyToOldestItems)
        {
            (allocations, unapplied, positions, overpaid) = ToOldestItems(context, owner, items, allocations, unapplied, positions ?? PositionsOf(hits, allocations.Length));
        }

        var other = fits ? null : OtherFittingItem(context, customers, items);
        if (other is not null)
        {
            factor *= context.Options.Confidence.OtherItemFitsFactor;
        }

        var reasons = new Reason[hits.Length + payerPartCount + (other is null ? 1 : 2) + (overpaid is null ? 0 : 1) + (flagged is null ? 0 : 1)];
        var at = 0;
        foreach (var hit in hits)
        {
            reasons[at++] = hit.Reason;
        }

        if (payerParts is not null)
        {
            payerParts.CopyTo(reasons, at);
            at += payerPartCount;
        }
        else if (onlyPayerPart is not null)
        {
            reasons[at++] = onlyPayerPart;
        }

        reasons[at++] = amountReason;
        if (overpaid is not null)
        {
            reasons[at++] = overpaid;
        }

        if (other is not null)
        {
            reasons[at++] = MatchingReasonCodes.AmountFitsOtherItem.Of(other.Id);
        }

        var confidence = MatchConfidenceWeights.Combine(referenceWeight, payerWeight, amountWeight) * factor;
        if (flagged is { } kind)
        {
            // The customer's deduction policy flags this kind: at most suggested.
            reasons[at] = MatchingReasonCodes.DeductionFlagged.Of(kind.ToString());
            confidence = Math.Min(confidence, Math.BitDecrement(context.Options.AutoApplyThreshold));
        }

        var proposal = MatchProposal.Of(allocations, unapplied, confidence, reasons);
        if (positions is null && allocations.Length == 1)
        {
            context.Propose(proposal, hits[0].Position);
        }
        else
        {
            context.Propose(proposal, positions);
        }

        // Where the allocated items are (those of the first hits, in order), when the lookup told.
        static int[]? PositionsOf(ReadOnlySpan<HitRow> hits, int count)
        {
            var positions = new int[count];
            for (var k = 0; k < count; k++)
            {
                positions[k] = hits[k].Position;
                if (positions[k] < 0)
                {
                    return null;
                }
            }

            return positions;
        }

        // The distinct customers of the hits, ordered by id.
        // (Into the context's scratch list, read before the next proposal of the line is made.)
        static ReadOnlySpan<CustomerId> CustomersOf(ReadOnlySpan<HitRow> hits, List<CustomerId> customers)
        {
            customers.Clear();
            foreach (var hit in hits)
            {
                if (!customers.Contains(hit.Item.Customer))
                {
                    customers.Add(hit.Item.Customer);
                }
            }

            customers.Sort();
            return CollectionsMarshal.AsSpan(customers);
        }

        static ReadOnlySpan<OpenItem> ItemsOf(ReadOnlySpan<HitRow> hits, List<OpenItem> items)
        {
            items.Clear();
            foreach (var hit in hits)
            {
                items.Add(hit.Item);
            }

            return CollectionsMarshal.AsSpan(items);
        }
    }

    /// <summary>The excess of an overpayment applied to the customer's oldest other open items in the line's currency
    /// (<see cref="OverpaymentHandling.ApplyToOldestItems"/>); what is still left stays unapplied.</summary>
    private static (Allocated, Money, int[]?, Reason?) ToOldestItems(MatchContext context, CustomerId customer, ReadOnlySpan<OpenItem> named, Allocated allocations, Money unapplied, int[]? positions)
    {
        var index = context.Index;
        var zero = Money.Zero(unapplied.Currency);
        var (start, count) = index.Range(customer, unapplied.Currency);
        var extra = new List<MatchAllocation>();
        var extraPositions = new List<int>();
        var left = unapplied;
        for (var k = 0; k < count && left.IsPositive; k++)
        {
            var item = index.Item(start + k);
            if (IsOneOf(item, named))
            {
                continue;
            }

            var applied = Money.Min(left, item.Open);
            extra.Add(new MatchAllocation(item.Id, customer, applied, zero, zero));
            extraPositions.Add(start + k);
            left -= applied;
        }

        if (extra.Count == 0)
        {
            return (allocations, unapplied, positions, null);
        }

        int[]? all = positions is null ? null : [.. positions, .. extraPositions];
        MatchAllocation[] together = [.. allocations.ToArray(), .. extra];
        return (Allocated.Of(together), left, all, MatchingReasonCodes.OverpaymentApplied.Of(unapplied - left, extra.Count));
    }

    private static OpenItem? OtherFittingItem(MatchContext context, ReadOnlySpan<CustomerId> customers, ReadOnlySpan<OpenItem> referenced)
    {
        var line = context.Line;
        var index = context.Index;
        var amount = line.Amount.Amount;
        var amountUnits = AmountUnits.Of(amount);
        var toleranceUnits = AmountUnits.AtLeast(context.Options.AbsoluteTolerance(line.Amount.Currency));
        foreach (var customer in customers)
        {
            var (start, count) = context.RangeOf(customer);
            var openUnits = index.OpenUnits(start, count);
            var discountUnits = index.DiscountUnits(start, count);
            for (var k = 0; k < count; k++)
            {
                // Settlement.FitsAlone, reading the item itself only when it can fit (AmountUnits.MayFit).
                if (AmountUnits.MayFit(openUnits[k], amountUnits, discountUnits[k], toleranceUnits))
                {
                    var item = index.Item(start + k);
                    if (!IsOneOf(item, referenced) && Settlement.FitsAlone(item, line.Amount, line.ValueDate, context.Options))
                    {
                        return item;
                    }
                }
            }
        }

        return null;
    }

    // The referenced items are index items, and the index holds each item once: identity is enough.
    private static bool IsOneOf(OpenItem item, ReadOnlySpan<OpenItem> items)
    {
        foreach (var other in items)
        {
            if (ReferenceEquals(item, other))
            {
                return true;
            }
        }

        return false;
    }
}

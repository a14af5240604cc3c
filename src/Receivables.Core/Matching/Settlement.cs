namespace Receivables.Matching;

/// <summary>How a line amount settles a given set of items (ordered oldest first): exactly, with discount, with a
/// write-off, partly, or with money left over.</summary>
internal static class Settlement
{
    public static (List<MatchAllocation> Allocations, Money Unapplied, double Weight, string Reason, bool Fits) Evaluate(IReadOnlyList<OpenItem> items, Money amount, DateOnly valueDate, MatchingOptions options)
    {
        var currency = amount.Currency;
        var zero = Money.Zero(currency);
        var total = zero;
        foreach (var item in items)
        {
            total += item.Open;
        }

        var allocations = new List<MatchAllocation>(items.Count);
        var count = items.Count;
        var what = count == 1 ? "open amount" : $"open amounts of {count} items";
        if (amount == total)
        {
            allocations.AddRange(items.Select(i => new MatchAllocation(i.Document, i.Customer, i.Open, zero, zero)));
            return (allocations, zero, Evidence.AmountExact, $"amount equals {what} ({Evidence.Amount(total)})", true);
        }

        if (amount < total)
        {
            var discounts = items.Select(i => BestDiscount(i, valueDate, zero)).ToList();
            var discountTotal = discounts.Aggregate(zero, (s, d) => s + d.Amount);
            if (discountTotal.IsPositive && amount == total - discountTotal)
            {
                for (var i = 0; i < count; i++)
                {
                    allocations.Add(new MatchAllocation(items[i].Document, items[i].Customer, items[i].Open - discounts[i].Amount, discounts[i].Amount, zero));
                }

                var payBy = discounts.Where(d => d.Amount.IsPositive).Min(d => d.PayBy);
                return (allocations, zero, Evidence.AmountDiscount, $"amount equals {what} less early-payment discount {Evidence.Amount(discountTotal)} (value date {Evidence.Date(valueDate)}, pay by {Evidence.Date(payBy)})", true);
            }

            var shortBy = total - amount;
            if (shortBy <= options.Tolerance(total) && shortBy < items[^1].Open)
            {
                for (var i = 0; i < count - 1; i++)
                {
                    allocations.Add(new MatchAllocation(items[i].Document, items[i].Customer, items[i].Open, zero, zero));
                }

                var last = items[^1];
                allocations.Add(new MatchAllocation(last.Document, last.Customer, last.Open - shortBy, zero, shortBy));
                return (allocations, zero, Evidence.AmountWriteOff, $"short payment of {Evidence.Amount(shortBy)} within tolerance (bank fees), proposed as write-off on {last.Document}", true);
            }

            var remaining = amount;
            foreach (var item in items)
            {
                if (!remaining.IsPositive)
                {
                    break;
                }

                var applied = Money.Min(remaining, item.Open);
                allocations.Add(new MatchAllocation(item.Document, item.Customer, applied, zero, zero));
                remaining -= applied;
            }

            return (allocations, zero, Evidence.AmountPartial, $"partial payment: {Evidence.Amount(amount)} of {Evidence.Amount(total)} open", false);
        }

        allocations.AddRange(items.Select(i => new MatchAllocation(i.Document, i.Customer, i.Open, zero, zero)));
        var rest = amount - total;
        return (allocations, rest, Evidence.AmountOverpaid, $"overpayment: {Evidence.Amount(rest)} above {what} left as unapplied cash (an overpayment is never applied automatically)", false);
    }

    /// <summary>True when the amount settles the item exactly, after its discount, or within the write-off tolerance.</summary>
    public static bool FitsAlone(OpenItem item, Money amount, DateOnly valueDate, MatchingOptions options)
    {
        if (item.Open == amount)
        {
            return true;
        }

        var discount = BestDiscount(item, valueDate, Money.Zero(amount.Currency)).Amount;
        return (discount.IsPositive && item.Open - discount == amount)
            || (item.Open > amount && item.Open - amount <= options.Tolerance(item.Open));
    }

    public static (Money Amount, DateOnly PayBy) BestDiscount(OpenItem item, DateOnly valueDate, Money zero)
    {
        var best = (zero, DateOnly.MinValue);
        foreach (var offer in item.Discounts)
        {
            if (offer.PayBy >= valueDate && offer.Discount > best.Item1)
            {
                best = (offer.Discount, offer.PayBy);
            }
        }

        return best;
    }
}

using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>How a line amount settles a given set of items (ordered oldest first): exactly, with discount, with a
/// write-off, partly, or with money left over.</summary>
internal static class Settlement
{
    /// <summary>Settles the items with the amount. <c>Flagged</c> is the deduction rule's kind when a named deduction
    /// may not be applied automatically.</summary>
    public static (Allocated Allocations, Money Unapplied, double Weight, Reason Reason, bool Fits) Evaluate(ReadOnlySpan<OpenItem> items, StatementLine line, MatchingOptions options)
        => Evaluate(items, line, options, out _);

    public static (Allocated Allocations, Money Unapplied, double Weight, Reason Reason, bool Fits) Evaluate(ReadOnlySpan<OpenItem> items, StatementLine line, MatchingOptions options, out DeductionKind? flagged)
    {
        flagged = null;
        var (amount, valueDate) = (line.Amount, line.ValueDate);
        var currency = amount.Currency;
        var zero = Money.Zero(currency);
        var count = items.Length;
        var total = zero;
        for (var i = 0; i < count; i++)
        {
            total += items[i].Open;
        }

        if (amount == total)
        {
            // One item: the total is that item's open amount, the same value and scale (nothing added to it but a
            // plain zero), kept as the item rather than boxed.
            var exact = count == 1 ? MatchingReasonCodes.AmountExact.Of(1, AmountOf.Open(items[0])) : MatchingReasonCodes.AmountExact.Of(count, total);
            return (Whole(items, zero), zero, options.Confidence.AmountExact, exact, true);
        }

        if (amount < total)
        {
            var discountTotal = zero;
            var payBy = DateOnly.MaxValue;
            Money[]? discounts = null;
            for (var i = 0; i < count; i++)
            {
                var (discount, by) = BestDiscount(items[i], valueDate, zero);
                if (discount.IsPositive)
                {
                    discounts ??= new Money[count];
                    discounts[i] = discount;
                    discountTotal += discount;
                    payBy = by < payBy ? by : payBy;
                }
            }

            if (discounts is not null && amount == total - discountTotal)
            {
                var allocations = new Allocated.Builder(count);
                for (var i = 0; i < count; i++)
                {
                    var discount = discounts[i].Currency.IsDefault ? zero : discounts[i];
                    allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open - discount, discount, zero);
                }

                return (allocations.Build(), zero, options.Confidence.AmountDiscount,
                    MatchingReasonCodes.AmountDiscount.Of(count, discountTotal, valueDate, payBy),
                    true);
            }

            var shortBy = total - amount;
            var last = items[count - 1];
            var policy = options.DeductionsFor(last.Customer);
            // An unearned discount is named even within the write-off tolerance: it is the customer's deduction, not a
            // bank fee. Other shortfalls within the tolerance are written off; beyond it they are named by the policy.
            var kind = shortBy < last.Open && Unearned(items, shortBy, total, valueDate, policy, zero) ? DeductionKind.UnearnedDiscount : (DeductionKind?)null;
            if (kind is null && options.WithinTolerance(shortBy.Amount, total) && shortBy < last.Open)
            {
                var allocations = new Allocated.Builder(count);
                for (var i = 0; i < count - 1; i++)
                {
                    allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open, zero, zero);
                }

                allocations[count - 1] = new MatchAllocation(last.Id, last.Customer, last.Open - shortBy, zero, shortBy);
                return (allocations.Build(), zero, options.Confidence.AmountWriteOff,
                    MatchingReasonCodes.AmountWriteOff.Of(shortBy, last.Id),
                    true);
            }

            kind ??= shortBy >= last.Open ? null
                : policy.BankCharges.Covers(shortBy.Amount, total) ? DeductionKind.BankCharges
                : policy.ShortPayment.Covers(shortBy.Amount, total) ? DeductionKind.ShortPayment
                : null;
            if (kind is { } named)
            {
                var rule = policy.Rule(named);
                var allocations = new Allocated.Builder(count);
                for (var i = 0; i < count - 1; i++)
                {
                    allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open, zero, zero);
                }

                var reason = MatchingReasonCodes.Deduction.Of(named.ToString(), shortBy, last.Id, amount, total, rule.Treatment.ToString());
                allocations[count - 1] = new MatchAllocation(last.Id, last.Customer, last.Open - shortBy, zero, rule.Treatment == DeductionTreatment.WriteOff ? shortBy : zero)
                {
                    Deduction = new MatchDeduction(named, shortBy, rule.Treatment, reason),
                };
                flagged = rule.AutoApply ? null : named;
                var settled = rule.Treatment != DeductionTreatment.LeaveOpen;
                return (allocations.Build(), zero, settled ? options.Confidence.AmountWriteOff : options.Confidence.AmountPartial, reason, settled);
            }

            // The items the amount reaches, counted first so the allocations are written at their number.
            var used = 0;
            for (var left = amount; used < count && left.IsPositive; used++)
            {
                left -= Money.Min(left, items[used].Open);
            }

            var partial = new Allocated.Builder(used);
            var remaining = amount;
            for (var i = 0; i < used; i++)
            {
                var item = items[i];
                var applied = Money.Min(remaining, item.Open);
                partial[i] = new MatchAllocation(item.Id, item.Customer, applied, zero, zero);
                remaining -= applied;
            }

            return (partial.Build(), zero, options.Confidence.AmountPartial,
                count == 1 ? MatchingReasonCodes.AmountPartial.Of(AmountOf.Paid(line), AmountOf.Open(items[0])) : MatchingReasonCodes.AmountPartial.Of(AmountOf.Paid(line), total),
                false);
        }

        var rest = amount - total;
        return (Whole(items, zero), rest, options.Confidence.AmountOverpaid,
            MatchingReasonCodes.AmountOverpayment.Of(rest, count),
            false);
    }

    /// <summary>Settles one item alone with the line's amount, as <see cref="Evaluate(ReadOnlySpan{OpenItem}, StatementLine, MatchingOptions, out DeductionKind?)"/>
    /// does; the result is kept for the line, so a later rule that settles the same item alone gets the same result
    /// (the same objects) without computing it again.</summary>
    public static (Allocated Allocations, Money Unapplied, double Weight, Reason Reason, bool Fits) EvaluateOne(MatchContext context, OpenItem item, out DeductionKind? flagged)
    {
        foreach (var (known, result, kind) in context.Settled)
        {
            if (ReferenceEquals(known, item))
            {
                flagged = kind;
                return result;
            }
        }

        var line = context.Line;
        var evaluated = Evaluate(new ReadOnlySpan<OpenItem>(in item), line, context.Options, out flagged);
        context.Settled.Add((item, evaluated, flagged));
        return evaluated;
    }

    /// <summary>Whether a shortfall is an unearned discount under the customer's policy: the expired discount offers
    /// of the items add up to it, or, when none was offered, it is one of the usual rates of the amount due; and it is
    /// within the policy's limits.</summary>
    private static bool Unearned(ReadOnlySpan<OpenItem> items, Money shortBy, Money total, DateOnly valueDate, DeductionPolicy policy, Money zero)
    {
        if (!policy.UnearnedDiscount.Covers(shortBy.Amount, total))
        {
            return false;
        }

        var expired = zero;
        var offered = false;
        foreach (var item in items)
        {
            var best = zero;
            foreach (var offer in item.Discounts)
            {
                offered = true;
                if (offer.PayBy < valueDate && offer.Discount > best)
                {
                    best = offer.Discount;
                }
            }

            expired += best;
        }

        if (offered)
        {
            return expired == shortBy;
        }

        var rates = policy.UnearnedDiscountRates;
        for (var r = 0; r < rates.Count; r++)
        {
            var rate = rates[r];
            if (decimal.Round(total.Amount * rate, total.Currency.MinorUnits, MidpointRounding.AwayFromZero) == shortBy.Amount)
            {
                return true;
            }
        }

        return false;
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
            || (item.Open > amount && options.WithinTolerance(item.Open.Amount - amount.Amount, item.Open));
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

    /// <summary>Oldest first: due date, then document date, then number.</summary>
    internal sealed class Oldest : IComparer<OpenItem>
    {
        public static readonly Oldest Instance = new();

        public int Compare(OpenItem? a, OpenItem? b)
        {
            var c = a!.DueDate.CompareTo(b!.DueDate);
            c = c != 0 ? c : a.DocumentDate.CompareTo(b.DocumentDate);
            return c != 0 ? c : a.Id.CompareTo(b.Id);
        }
    }

    private static Allocated Whole(ReadOnlySpan<OpenItem> items, Money zero)
    {
        var allocations = new Allocated.Builder(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open, zero, zero);
        }

        return allocations.Build();
    }
}

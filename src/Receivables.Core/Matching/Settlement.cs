using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>How a line amount settles a given set of items (ordered oldest first): exactly, with discount, with a
/// write-off, partly, or with money left over.</summary>
internal static class Settlement
{
    public static (ImmutableArray<MatchAllocation> Allocations, Money Unapplied, double Weight, Reason Reason, bool Fits) Evaluate(ReadOnlySpan<OpenItem> items, Money amount, DateOnly valueDate, MatchingOptions options)
    {
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
            return (Whole(items, zero), zero, options.Confidence.AmountExact, MatchingReasonCodes.AmountExact.With(count, total), true);
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
                var allocations = new MatchAllocation[count];
                for (var i = 0; i < count; i++)
                {
                    var discount = discounts[i].Currency.IsDefault ? zero : discounts[i];
                    allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open - discount, discount, zero);
                }

                return (ImmutableCollectionsMarshal.AsImmutableArray(allocations), zero, options.Confidence.AmountDiscount,
                    MatchingReasonCodes.AmountDiscount.With(count, discountTotal, valueDate, payBy),
                    true);
            }

            var shortBy = total - amount;
            var last = items[count - 1];
            if (options.WithinTolerance(shortBy.Amount, total) && shortBy < last.Open)
            {
                var allocations = new MatchAllocation[count];
                for (var i = 0; i < count - 1; i++)
                {
                    allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open, zero, zero);
                }

                allocations[count - 1] = new MatchAllocation(last.Id, last.Customer, last.Open - shortBy, zero, shortBy);
                return (ImmutableCollectionsMarshal.AsImmutableArray(allocations), zero, options.Confidence.AmountWriteOff,
                    MatchingReasonCodes.AmountWriteOff.With(shortBy, last.Id),
                    true);
            }

            var partial = ImmutableArray.CreateBuilder<MatchAllocation>(count);
            var remaining = amount;
            for (var i = 0; i < count && remaining.IsPositive; i++)
            {
                var item = items[i];
                var applied = Money.Min(remaining, item.Open);
                partial.Add(new MatchAllocation(item.Id, item.Customer, applied, zero, zero));
                remaining -= applied;
            }

            return (partial.Count == partial.Capacity ? partial.MoveToImmutable() : partial.ToImmutable(), zero, options.Confidence.AmountPartial,
                MatchingReasonCodes.AmountPartial.With(amount, total),
                false);
        }

        var rest = amount - total;
        return (Whole(items, zero), rest, options.Confidence.AmountOverpaid,
            MatchingReasonCodes.AmountOverpayment.With(rest, count),
            false);
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

    private static ImmutableArray<MatchAllocation> Whole(ReadOnlySpan<OpenItem> items, Money zero)
    {
        var allocations = new MatchAllocation[items.Length];
        for (var i = 0; i < allocations.Length; i++)
        {
            allocations[i] = new MatchAllocation(items[i].Id, items[i].Customer, items[i].Open, zero, zero);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(allocations);
    }
}

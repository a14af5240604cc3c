using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>Within each candidate customer (identified payer, its subsidiaries, owners of referenced items): an item
/// whose open amount equals the line, or equals it after an early-payment discount, or exceeds it by no more than
/// the write-off tolerance. When none fits: the whole account when the line pays more than is open, else a partial
/// payment of the oldest item (a guess, only suggested).</summary>
internal sealed class CustomerAmountRule : KernelRule
{
    private const byte ShortPaid = 1;
    private const byte Discounted = 2;
    private const byte Exact = 3;

    public override void Apply(MatchContext context)
    {
        var line = context.Line;
        var options = context.Options;
        var zero = Money.Zero(line.Amount.Currency);
        var index = context.Index;
        Span<byte> buffer = stackalloc byte[512];
        var amount = line.Amount.Amount;
        var amountUnits = AmountUnits.Of(amount);
        var toleranceUnits = AmountUnits.AtLeast(options.AbsoluteTolerance(line.Amount.Currency));
        foreach (var (customer, weight, reason, start, count) in Candidates(context))
        {
            if (count == 0)
            {
                continue;
            }

            // The items are all in the line's currency, so the amounts compare as plain numbers. The items that fit
            // are those of the best kind found: exactly, else after a discount, else within the tolerance. The scan
            // compares the index's amounts as whole units (AmountUnits) and looks closer (the decimals, and the item
            // itself only when one of its discounts may make up the difference) only at an item that may fit that way.
            var items = index.Items(start, count);
            var openUnits = index.OpenUnits(start, count);
            var discountUnits = index.DiscountUnits(start, count);
            var kinds = count <= buffer.Length ? buffer[..count] : new byte[count];
            var best = (byte)0;
            var fitting = 0;
            for (var k = 0; k < count; k++)
            {
                var units = openUnits[k];
                var kind = AmountUnits.MayFit(units, amountUnits, discountUnits[k], toleranceUnits)
                    ? Kind(items[k], index.OpenAmount(start + k), amount, AmountUnits.MayDiscount(units, amountUnits, discountUnits[k]), best, line.ValueDate, zero, options)
                    : (byte)0;
                kinds[k] = kind;
                if (kind > best)
                {
                    (best, fitting) = (kind, 0);
                }

                fitting += kind == best ? 1 : 0;
            }

            if (best > 0)
            {
                for (var k = 0; k < count; k++)
                {
                    if (kinds[k] != best)
                    {
                        continue;
                    }

                    var (allocations, unapplied, amountWeight, amountReason, _) = Settlement.EvaluateOne(context, items[k], out var flagged);
                    if (AlreadyProposed(context, allocations[0], unapplied, MatchConfidenceWeights.Combine(0d, weight, amountWeight)))
                    {
                        continue;
                    }

                    Reason[] reasons = fitting == 1 ? [reason, amountReason] : [reason, amountReason, MatchingReasonCodes.AmountSeveralFit.Of(fitting)];
                    var confidence = MatchConfidenceWeights.Combine(0d, weight, amountWeight);
                    if (flagged is { } kind)
                    {
                        // The customer's deduction policy flags this kind: at most suggested.
                        reasons = [.. reasons, MatchingReasonCodes.DeductionFlagged.Of(kind.ToString())];
                        confidence = Math.Min(confidence, Math.BitDecrement(options.AutoApplyThreshold));
                    }

                    context.Propose(MatchProposal.Of(allocations, unapplied, OutrankedByExactReference(context, customer, start + k, confidence), reasons), start + k);
                }

                continue;
            }

            if (PaysMoreThanOpen(index, start, count, amount, amountUnits))
            {
                var (allocations, unapplied, amountWeight, amountReason, _) = Settlement.Evaluate(items, line, options);
                context.Propose(MatchProposal.Of(allocations, unapplied, MatchConfidenceWeights.Combine(0d, weight, amountWeight) * 0.5, [reason, amountReason, MatchingReasonCodes.AmountWholeAccount.Of(customer)]), Positions(start, allocations.Length));
            }
            else if (amount < index.OpenAmount(start) && options.GuessPartialPayments)
            {
                var oldest = items[0];
                context.Propose(MatchProposal.Of(
                    Allocated.Of(new MatchAllocation(oldest.Id, customer, line.Amount, zero, zero)),
                    zero,
                    MatchConfidenceWeights.Combine(0d, weight, context.Options.Confidence.Guess) * 0.5,
                    [reason, MatchingReasonCodes.AmountOldestPartial.Of(oldest.Id, line.Amount, oldest.Open)]),
                    start);
            }
        }

        // Whether the line pays more than the customer's items are open for: their units summed (exact, and no
        // decimal made per item) when the line and every item have units, else their amounts.
        static bool PaysMoreThanOpen(MatchIndex index, int start, int count, decimal amount, long amountUnits)
        {
            if (amountUnits != AmountUnits.None)
            {
                Int128 units = 0;
                var exact = true;
                foreach (var open in index.OpenUnits(start, count))
                {
                    exact &= open != AmountUnits.None;
                    units += open;
                }

                if (exact)
                {
                    return amountUnits > units;
                }
            }

            var total = 0m;
            for (var k = 0; k < count; k++)
            {
                total += index.OpenAmount(start + k);
            }

            return amount > total;
        }

        static int[] Positions(int start, int count)
        {
            var positions = new int[count];
            for (var k = 0; k < count; k++)
            {
                positions[k] = start + k;
            }

            return positions;
        }
    }

    /// <summary>How one item fits the amount, from its decimals (Settlement.FitsAlone's three ways); a kind no better
    /// than <paramref name="best"/> is not looked for. The item itself is read only when
    /// <paramref name="mayDiscount"/>: its largest discount may make up the difference.</summary>
    private static byte Kind(OpenItem item, decimal open, decimal amount, bool mayDiscount, byte best, DateOnly valueDate, Money zero, MatchingOptions options)
    {
        if (open == amount)
        {
            return Exact;
        }

        if (best < Exact && open > amount)
        {
            var shortBy = open - amount;
            var discount = mayDiscount ? Settlement.BestDiscount(item, valueDate, zero).Amount.Amount : 0m;
            if (discount > 0m && open - discount == amount)
            {
                return Discounted;
            }

            if (best < Discounted && options.WithinTolerance(shortBy, new Money(open, zero.Currency)))
            {
                return ShortPaid;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether an earlier rule already proposed settling the item alone with the same allocation, with at least the
    /// confidence this rule would give (typically the referenced-items rule for a line that names the item). The
    /// engine keeps only the better of two proposals with the same allocations, and the earlier one when they are
    /// equal, so leaving this one out changes no outcome; it saves proposing and checking it.
    /// </summary>
    private static bool AlreadyProposed(MatchContext context, MatchAllocation allocation, Money unapplied, double confidence)
    {
        foreach (var proposal in context.ProposalList)
        {
            if (proposal.Confidence >= confidence && proposal.Allocated.Length == 1 && proposal.Unapplied == unapplied && proposal.Allocated[0] == allocation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An exact reference to an open item of the customer outranks any amount-only fit of another of its items: such a
    /// proposal is damped by <see cref="MatchConfidenceWeights.OtherItemFitsFactor"/> and kept below the auto-apply
    /// threshold, so it is at most suggested (the referenced item's own proposal is unaffected).
    /// </summary>
    internal static double OutrankedByExactReference(MatchContext context, CustomerId customer, int position, double confidence)
    {
        foreach (var hit in context.HitList)
        {
            if (hit.Kind == ReferenceMatchKind.Exact && hit.Item.Customer == customer && (hit.Position >= 0 ? hit.Position != position : hit.Item != context.Index.Item(position)))
            {
                return Math.Min(confidence * context.Options.Confidence.OtherItemFitsFactor, Math.BitDecrement(context.Options.AutoApplyThreshold));
            }
        }

        return confidence;
    }

    /// <summary>The candidate customers with the payer evidence for each, ordered by customer id.</summary>
    internal static List<CandidateCustomer> Candidates(MatchContext context)
        => context.CandidateCustomers ??= FindCandidates(context);

    private static List<CandidateCustomer> FindCandidates(MatchContext context)
    {
        // A line has few candidates: a list searched linearly and sorted by customer once is cheaper than a tree.
        var result = context.CandidateBuffer;
        result.Clear();
        foreach (var payer in context.PayerList)
        {
            var at = IndexOf(result, payer.Customer);
            if (at < 0)
            {
                var (start, count) = context.RangeOf(payer.Customer);
                result.Add(new CandidateCustomer(payer.Customer, payer.Weight, payer.Reason, start, count));
            }
            else if (payer.Weight > result[at].Weight)
            {
                result[at] = result[at] with { Weight = payer.Weight, Reason = payer.Reason };
            }
        }

        foreach (var hit in context.HitList)
        {
            if (IndexOf(result, hit.Item.Customer) < 0)
            {
                var (start, count) = context.RangeOf(hit.Item.Customer);
                result.Add(new CandidateCustomer(hit.Item.Customer, context.Options.Confidence.CustomerFromReference, MatchingReasonCodes.PayerFromReference.Of(hit.Item.Customer, hit.Item.Id), start, count));
            }
        }

        if (result.Count > 1)
        {
            result.Sort(static (a, b) => a.Customer.CompareTo(b.Customer));
        }

        return result;

        static int IndexOf(List<CandidateCustomer> list, CustomerId customer)
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

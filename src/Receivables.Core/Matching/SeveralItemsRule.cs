using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>One payment for several items: within each candidate customer, subsets of two or more open items whose
/// total equals the line (or exceeds it by no more than the write-off tolerance). Bounded: the oldest items (plus
/// referenced ones), a maximum subset size and a step budget. Referenced items are tried first, then oldest first,
/// so the first subset found is the preferred one; a second subset makes the match shared (not unique). Skipped when
/// an earlier rule already settles the whole line with a confidence that reaches the auto-apply threshold.</summary>
internal sealed class SeveralItemsRule : KernelRule
{
    public override void Apply(MatchContext context)
    {
        var options = context.Options;
        if (options.MaxSubsetItems < 2)
        {
            return;
        }

        foreach (var proposal in context.ProposalList)
        {
            if (proposal.Confidence >= options.AutoApplyThreshold && proposal.Unapplied.IsZero)
            {
                return;
            }
        }

        var line = context.Line;
        var currency = line.Amount.Currency;
        var unit = currency.MinorUnit;
        if (line.Amount.Amount / unit > 1e15m)
        {
            return;
        }

        var target = (long)(line.Amount.Amount / unit);
        var hits = context.HitList;
        var lineTolerance = options.Tolerance(line.Amount);
        var most = (line.Amount + lineTolerance).Amount;
        var tolerance = (long)(lineTolerance.Amount / unit);
        var index = context.Index;
        Span<long> scratch = stackalloc long[256];
        foreach (var (_, weight, reason, start, count) in CustomerAmountRule.Candidates(context))
        {
            if (count < 2)
            {
                continue;
            }

            // The pool: the referenced items, then the oldest others (at most MaxSubsetItems of them), each no more
            // than the line amount plus the tolerance. Read from the index's amounts, by position.
            var pool = context.SubsetPool;
            var others = context.SubsetOthers;
            pool.Clear();
            others.Clear();
            for (var k = 0; k < count; k++)
            {
                if (HeaviestHit(hits, index, start + k) >= 0d)
                {
                    if (index.OpenAmount(start + k) <= most)
                    {
                        pool.Add(start + k);
                    }
                }
                else if (others.Count < options.MaxSubsetItems)
                {
                    others.Add(start + k);
                }
            }

            foreach (var position in others)
            {
                if (index.OpenAmount(position) <= most)
                {
                    pool.Add(position);
                }
            }

            if (pool.Count < 2)
            {
                continue;
            }

            var values = pool.Count <= scratch.Length ? scratch[..pool.Count] : new long[pool.Count];
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = (long)(index.OpenAmount(pool[k]) / unit);
            }

            var solutions = Search(values, target, target, options);
            if (solutions.Count == 0 && tolerance > 0)
            {
                solutions = Search(values, target + 1, target + tolerance, options);
            }

            foreach (var solution in solutions)
            {
                // The items of the solution oldest first (due date, document date, number) with their positions.
                var positions = new int[solution.Length];
                var items = new OpenItem[solution.Length];
                for (var k = 0; k < items.Length; k++)
                {
                    positions[k] = pool[solution[k]];
                    items[k] = index.Item(positions[k]);
                }

                Array.Sort(items, positions, Settlement.Oldest.Instance);
                var (allocations, unapplied, _, amountReason, _) = Settlement.Evaluate(items, line, options);
                var subsetWeight = solutions.Count == 1 ? context.Options.Confidence.SubsetUnique : context.Options.Confidence.SubsetShared;
                var referencedCount = 0;
                var referenceWeight = double.MaxValue;
                foreach (var position in positions)
                {
                    var heaviest = HeaviestHit(hits, index, position);
                    if (heaviest >= 0d)
                    {
                        referencedCount++;
                        referenceWeight = Math.Min(referenceWeight, heaviest);
                    }
                }

                referenceWeight = referencedCount == items.Length ? referenceWeight : 0d;
                var only = (solutions.Count == 1 ? MatchingReasonCodes.SubsetUnique : MatchingReasonCodes.SubsetShared).Of();
                Reason[] reasons = referencedCount > 0
                    ? [reason, amountReason, only, MatchingReasonCodes.SubsetReferenced.Of(referencedCount, items.Length)]
                    : [reason, amountReason, only];
                var confidence = MatchConfidenceWeights.Combine(referenceWeight, weight, subsetWeight);
                if (referencedCount < items.Length)
                {
                    // Not every item is referenced: an exact reference to another item of the customer outranks it.
                    foreach (var position in positions)
                    {
                        confidence = Math.Min(confidence, CustomerAmountRule.OutrankedByExactReference(context, items[0].Customer, position, confidence));
                    }
                }

                context.Propose(MatchProposal.Of(allocations, unapplied, confidence, reasons), positions[..allocations.Length]);
            }
        }

        // The largest weight among the hits on the item at the position; −1 when none points to it (the built-in
        // lookup tells the position, other hits are compared by document).
        static double HeaviestHit(List<HitRow> hits, MatchIndex index, int position)
        {
            var heaviest = -1d;
            foreach (var hit in hits)
            {
                if (hit.Position >= 0 ? hit.Position == position : hit.Item.Id == index.Item(position).Id)
                {
                    heaviest = Math.Max(heaviest, hit.Weight);
                }
            }

            return heaviest;
        }
    }

    /// <summary>What <see cref="Search"/> returns when it finds nothing (shared: never modified).</summary>
    private static readonly List<int[]> NoSolutions = [];

    /// <summary>The subsets of two or more values (at most <see cref="MatchingOptions.MaxSubsetSize"/>) whose sum is
    /// between <paramref name="low"/> and <paramref name="high"/>, as positions in ascending order: the first two a
    /// depth-first search finds, including a value before excluding it, within
    /// <see cref="MatchingOptions.MaxSubsetSteps"/> nodes of that search (each node visited counts one step).</summary>
    /// <remarks>The search is the recursion "include the value at i, then exclude it", with the exclusion (the
    /// recursion's last call) followed as a loop and the inclusions kept in <c>chosen</c>: a node that ends returns to
    /// the latest value included, which is then excluded. It visits the recursion's nodes in its order, so it finds the
    /// same subsets and stops at the same node (decision 373; the recursion is kept in the tests as the reference).</remarks>
    internal static List<int[]> Search(ReadOnlySpan<long> values, long low, long high, MatchingOptions options)
    {
        var n = values.Length;
        Span<long> suffix = n < 256 ? stackalloc long[n + 1] : new long[n + 1];
        suffix[n] = 0L;
        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + values[i];
        }

        // A subset never holds more than MaxSubsetSize (at most 64) items.
        Span<int> chosen = stackalloc int[64];
        var (maxSize, steps) = (options.MaxSubsetSize, options.MaxSubsetSteps);
        List<int[]>? solutions = null;
        var (at, sum, count) = (0, 0L, 0);
        while (steps-- > 0)
        {
            // The node (at, sum) with the values chosen so far.
            if (sum >= low && count >= 2)
            {
                if (sum <= high)
                {
                    (solutions ??= []).Add(chosen[..count].ToArray());
                    if (solutions.Count == 2)
                    {
                        break;
                    }
                }
            }
            else if (at < n && count < maxSize && sum + suffix[at] >= low)
            {
                if (sum + values[at] <= high)
                {
                    chosen[count++] = at;
                    sum += values[at];
                }

                at++;
                continue;
            }

            // The node ends: the latest value included is excluded (its node's other child), or the search is over.
            if (count == 0)
            {
                break;
            }

            at = chosen[--count];
            sum -= values[at];
            at++;
        }

        return solutions ?? NoSolutions;
    }
}

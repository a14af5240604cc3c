namespace Receivables.Matching;

/// <summary>One payment for several items: within each candidate customer, subsets of two or more open items whose
/// total equals the line (or exceeds it by no more than the write-off tolerance). Bounded: the oldest items (plus
/// referenced ones), a maximum subset size and a step budget. Referenced items are tried first, then oldest first,
/// so the first subset found is the preferred one; a second subset makes the match shared (not unique). Skipped when
/// an earlier rule already settles the whole line with a confidence that reaches the auto-apply threshold.</summary>
internal sealed class SeveralItemsRule : IMatchRule
{
    public void Apply(MatchContext context)
    {
        var options = context.Options;
        if (options.MaxSubsetItems < 2)
        {
            return;
        }

        if (context.Proposals.Any(p => p.Confidence >= options.AutoApplyThreshold && p.Unapplied.IsZero))
        {
            return;
        }

        var line = context.Line;
        var currency = line.Amount.Currency;
        var unit = currency.MinorUnit;
        if (line.Amount.Amount / unit > 1e15m)
        {
            return;
        }

        var target = (long)(line.Amount.Amount / unit);
        var referenced = context.Hits.Select(h => h.Item.Document).ToHashSet();
        foreach (var (customer, weight, reason) in CustomerAmountRule.Candidates(context))
        {
            var all = context.Index.ItemsOf(customer, currency);
            if (all.Count < 2)
            {
                continue;
            }

            var pool = all.Where(i => referenced.Contains(i.Document))
                .Concat(all.Where(i => !referenced.Contains(i.Document)).Take(options.MaxSubsetItems))
                .Where(i => i.Open <= line.Amount + options.Tolerance(line.Amount))
                .ToList();
            if (pool.Count < 2)
            {
                continue;
            }

            var values = pool.Select(i => (long)(i.Open.Amount / unit)).ToArray();
            var tolerance = (long)(options.Tolerance(line.Amount).Amount / unit);
            var solutions = Search(values, target, target, options);
            if (solutions.Count == 0 && tolerance > 0)
            {
                solutions = Search(values, target + 1, target + tolerance, options);
            }

            foreach (var solution in solutions)
            {
                var items = solution.Select(k => pool[k]).OrderBy(i => i.DueDate).ThenBy(i => i.DocumentDate).ThenBy(i => i.Document).ToList();
                var (allocations, unapplied, _, amountReason, _) = Settlement.Evaluate(items, line.Amount, line.ValueDate, options);
                var subsetWeight = solutions.Count == 1 ? Evidence.SubsetUnique : Evidence.SubsetShared;
                var referencedCount = items.Count(i => referenced.Contains(i.Document));
                var referenceWeight = referencedCount == items.Count
                    ? context.Hits.Where(h => items.Contains(h.Item)).GroupBy(h => h.Item.Document).Min(g => g.Max(h => h.Weight))
                    : 0d;
                var only = solutions.Count == 1 ? "the only combination of open items found for this amount" : "another combination of open items gives the same amount";
                object[] reasons = referencedCount > 0
                    ? [reason, amountReason, only, Because.Of((referencedCount, items.Count), static s => $"{s.referencedCount} of {s.Count} items referenced in the text")]
                    : [reason, amountReason, only];
                context.Propose(MatchProposal.Of(allocations, unapplied, Evidence.Combine(referenceWeight, weight, subsetWeight), reasons));
            }
        }
    }

    private static List<int[]> Search(long[] values, long low, long high, MatchingOptions options)
    {
        var n = values.Length;
        var suffix = new long[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + values[i];
        }

        var solutions = new List<int[]>();
        var chosen = new List<int>();
        var steps = 0;
        Dfs(0, 0L);
        return solutions;

        void Dfs(int i, long sum)
        {
            if (solutions.Count >= 2 || ++steps > options.MaxSubsetSteps)
            {
                return;
            }

            if (sum >= low && chosen.Count >= 2)
            {
                if (sum <= high)
                {
                    solutions.Add([.. chosen]);
                }

                return;
            }

            if (i == n || chosen.Count == options.MaxSubsetSize || sum + suffix[i] < low)
            {
                return;
            }

            if (sum + values[i] <= high)
            {
                chosen.Add(i);
                Dfs(i + 1, sum + values[i]);
                chosen.RemoveAt(chosen.Count - 1);
            }

            Dfs(i + 1, sum);
        }
    }
}

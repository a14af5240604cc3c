using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>The built-in conflict policies: lines served one after another in an order, each taking its best-ranked
/// proposal that still fits. The engine runs the same algorithm on index positions (<see cref="MatchingEngine"/>);
/// <see cref="Resolve"/> is the plain form over document numbers, for a policy called alone or by a custom one.</summary>
internal sealed class GreedyConflictPolicy(GreedyConflictPolicy.Ordering ordering, bool holdForReview) : IMatchConflictPolicy
{
    internal enum Ordering
    {
        HighestConfidence,
        EarliestLine,
    }

    /// <summary>Whether a line that took an item another line needed is held for review.</summary>
    internal bool HoldForReview => holdForReview;

    public IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments)
    {
        var lines = arguments.Lines;
        var order = new int[lines.Count];
        var best = new double[lines.Count];
        var statementLines = new StatementLine[lines.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            best[i] = lines[i].BestConfidence;
            statementLines[i] = lines[i].Line;
        }

        Sort(order, statementLines, best);
        var used = new Dictionary<DocumentId, decimal>();
        var takenBy = new Dictionary<DocumentId, int>();
        var chosen = new int[lines.Count];
        var blocked = new List<Reason>?[lines.Count];
        var review = new Reason?[lines.Count];
        foreach (var i in order)
        {
            chosen[i] = -1;
            var proposals = lines[i].Proposals;
            for (var p = 0; p < proposals.Length && chosen[i] < 0; p++)
            {
                Reason? conflict = null;
                foreach (var allocation in proposals[p].Allocated)
                {
                    var open = arguments.OpenAmount(allocation.Item);
                    var taken = used.GetValueOrDefault(allocation.Item);
                    if (taken + allocation.Claimed > open.Amount)
                    {
                        conflict = MatchingReasonCodes.ItemTaken.Of(allocation.Item, open - new Money(taken, open.Currency));
                        if (holdForReview && takenBy.TryGetValue(allocation.Item, out var taker))
                        {
                            review[taker] ??= MatchingReasonCodes.ConflictReview.Of(lines[i].Line.Id, allocation.Item);
                        }

                        break;
                    }
                }

                if (conflict is null)
                {
                    chosen[i] = p;
                    foreach (var allocation in proposals[p].Allocated)
                    {
                        used[allocation.Item] = used.GetValueOrDefault(allocation.Item) + allocation.Claimed;
                        takenBy.TryAdd(allocation.Item, i);
                    }
                }
                else
                {
                    (blocked[i] ??= []).Add(conflict);
                }
            }
        }

        var choices = new MatchConflictChoice[lines.Count];
        for (var i = 0; i < choices.Length; i++)
        {
            choices[i] = new MatchConflictChoice(chosen[i], blocked[i], chosen[i] >= 0 ? review[i] : null);
        }

        return choices;
    }

    /// <summary>Sorts line numbers into the order they are served. Ids are unique, so the order is total and the
    /// (unstable) sort is deterministic.</summary>
    internal void Sort(int[] order, IReadOnlyList<StatementLine> lines, double[] best)
    {
        if (ordering == Ordering.HighestConfidence)
        {
            Array.Sort(order, (a, b) =>
            {
                var c = best[b].CompareTo(best[a]);
                return c != 0 ? c : string.CompareOrdinal(lines[a].Id, lines[b].Id);
            });
        }
        else
        {
            Array.Sort(order, (a, b) =>
            {
                var c = lines[a].ValueDate.CompareTo(lines[b].ValueDate);
                c = c != 0 ? c : lines[a].BookingDate.CompareTo(lines[b].BookingDate);
                return c != 0 ? c : string.CompareOrdinal(lines[a].Id, lines[b].Id);
            });
        }
    }
}

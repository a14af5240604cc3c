using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>Applies the amount to each identified payer's oldest items in the line's currency until it is used up
/// (the last item partly); money left over stays unapplied. Only suggested: the weight of a partial payment.</summary>
internal sealed class OldestFirstRule : KernelRule
{
    public override void Apply(MatchContext context)
    {
        var line = context.Line;
        var zero = Money.Zero(line.Amount.Currency);
        var weights = context.Options.Confidence;
        foreach (var (customer, weight, reason, start, count) in CustomerAmountRule.Candidates(context))
        {
            if (count == 0 || context.PayerWeight(customer) <= 0d)
            {
                continue;
            }

            var items = context.Index.Items(start, count);
            var allocations = ImmutableArray.CreateBuilder<MatchAllocation>();
            var positions = new List<int>();
            var left = line.Amount;
            for (var k = 0; k < count && left.IsPositive; k++)
            {
                var applied = Money.Min(left, items[k].Open);
                allocations.Add(new MatchAllocation(items[k].Id, customer, applied, zero, zero));
                positions.Add(start + k);
                left -= applied;
            }

            context.Propose(MatchProposal.Of(
                Allocated.Of(allocations.ToArray()),
                left,
                MatchConfidenceWeights.Combine(0d, weight, weights.AmountPartial),
                [reason, MatchingReasonCodes.AmountOldestFirst.Of(line.Amount - left, allocations.Count)]),
                [.. positions]);
        }
    }
}

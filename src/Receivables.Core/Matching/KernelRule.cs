using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>A built-in rule that works on the engine's working state directly (positions in the index, spans of
/// amounts, no copies). Its public <see cref="IMatchRule.Propose"/> runs the same code: on the engine's state when the
/// engine made the arguments, else on a small index of the arguments' items.</summary>
internal abstract class KernelRule : IMatchRule
{
    /// <summary>Adds the rule's proposals to the context.</summary>
    public abstract void Apply(MatchContext context);

    public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
    {
        if (arguments.Kernel is { } kernel)
        {
            var before = kernel.Proposals.Count;
            Apply(kernel);
            return kernel.TakeProposals(before);
        }

        // Alone: an index of the candidate and referenced items, the findings copied in (the hits without positions:
        // they are of another index, if any).
        var items = new Dictionary<DocumentId, OpenItem>();
        foreach (var item in arguments.CandidateItems)
        {
            items.TryAdd(item.Id, item);
        }

        foreach (var hit in arguments.Hits)
        {
            items.TryAdd(hit.Item.Id, hit.Item);
        }

        var options = arguments.Options;
        var index = new MatchIndex(items.Values, [], new MatchText.NameForms(options.LegalForms));
        var context = new MatchContext(arguments.Line, index, options);
        foreach (var payer in arguments.Payers)
        {
            context.AddPayer(payer);
        }

        foreach (var hit in arguments.Hits)
        {
            context.AddReference(ReferenceRow.Of(hit.Reference));
            context.AddHit(new ReferenceHit(hit.Item, hit.Reference, hit.Kind, hit.Weight, hit.Reason));
        }

        foreach (var proposal in arguments.EarlierProposals)
        {
            context.Propose(proposal);
        }

        var earlier = context.Proposals.Count;
        Apply(context);
        return context.TakeProposals(earlier);
    }
}

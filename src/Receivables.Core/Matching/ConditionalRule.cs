using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>Runs a rule only for lines that meet a condition.</summary>
internal sealed class ConditionalRule(MatchRuleCondition condition, IMatchRule rule) : IMatchRule
{
    private readonly MatchRuleCondition _condition = Guard.NotNull(condition);
    private readonly IMatchRule _rule = Guard.NotNull(rule);

    public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        => _condition.IsMetBy(arguments) ? _rule.Propose(arguments) : [];
}

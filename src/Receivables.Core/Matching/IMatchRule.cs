namespace Receivables.Matching;

/// <summary>
/// A rule that proposes ways to settle a statement line. For each line the engine first identifies the payer and the
/// referenced items (from <see cref="MatchingOptions"/>: accounts, names, mappings, reference patterns and the index of
/// open-item numbers), then runs the rules of <see cref="MatchingOptions.Rules"/> in order; each sees what was found
/// and the proposals of the rules before it. Built-in rules are in <see cref="MatchRules"/>.
/// </summary>
/// <remarks>
/// <para>The engine checks every proposal (also a custom rule's) for exact accounting before it uses it: the
/// allocations are items of the index in the line's currency, no more than open, and applied plus unapplied is the
/// line amount; a proposal that fails throws <see cref="InvalidOperationException"/>.</para>
/// <para>Implementations must be thread-safe and deterministic: the engine promises results that do not depend on
/// input order, and it evaluates the lines of a run in an order of its own (grouped by the customer their payer account
/// names), so a rule must not rely on seeing them in input order. A rule can be unit-tested alone by constructing
/// <see cref="MatchRuleArguments"/>.</para>
/// </remarks>
public interface IMatchRule
{
    /// <summary>Proposes ways to settle the line.</summary>
    /// <param name="arguments">The line, what was found about it, the earlier proposals and the options.</param>
    /// <returns>The proposals (may be empty, never null).</returns>
    IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments);
}

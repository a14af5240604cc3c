using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>The built-in proposal rules, for <see cref="MatchingOptions.Rules"/>. Leave one out to disable it,
/// reorder them, or insert your own <see cref="IMatchRule"/> anywhere. Payers and references are found before the
/// rules run (see <see cref="IMatchRule"/>).</summary>
/// <remarks>The rules are stateless and thread-safe; each can be run alone with a constructed
/// <see cref="MatchRuleArguments"/>.</remarks>
public static class MatchRules
{
    /// <summary>Gets the referenced-items rule: settles the referenced items with the line amount (exact, discount
    /// taken, write-off within tolerance, partial, overpayment).</summary>
    public static IMatchRule ReferencedItems { get; } = new ReferencedItemsRule();

    /// <summary>Gets the amount rule within candidate customers: exact unique open amount, discount taken, short
    /// payment within tolerance; else overpayment of the whole account or (unless
    /// <see cref="MatchingOptions.GuessPartialPayments"/> is off) a partial payment of the oldest item.</summary>
    public static IMatchRule AmountWithinCustomer { get; } = new CustomerAmountRule();

    /// <summary>Gets the several-items rule: a bounded subset-sum search among the candidate customer's open items.</summary>
    public static IMatchRule SeveralItems { get; } = new SeveralItemsRule();

    /// <summary>Gets the oldest-first rule (a convention of several ERPs, not in the default pipeline): the amount is
    /// applied to the identified payer's oldest items until it is used up, the rest of the last item left open.</summary>
    public static IMatchRule OldestFirst { get; } = new OldestFirstRule();

    /// <summary>Creates a rule that runs another only for lines that meet a condition (amount range, text contains or
    /// matches, payer).</summary>
    /// <param name="rule">The rule to run.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The conditional rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IMatchRule When(MatchRuleCondition condition, IMatchRule rule) => new ConditionalRule(condition, rule);

    /// <summary>Gets the default pipeline, in order: referenced items, amounts within the customer, several items.</summary>
    public static ImmutableArray<IMatchRule> Default { get; } = [ReferencedItems, AmountWithinCustomer, SeveralItems];
}

namespace Receivables.Matching;

/// <summary>The built-in conflict policies, for <see cref="MatchingOptions.ConflictPolicy"/>.</summary>
/// <remarks>
/// <para>All three are greedy: lines are served one after another in the policy's order, and each takes its
/// best-ranked proposal whose items still have enough left open; better proposals it had to pass over are named
/// (<see cref="MatchingReasonCodes.ItemTaken"/>) and the line is only suggested. They differ in the order, and in what
/// happens to the line that took the item.</para>
/// <para>None depends on the order the lines are given in (ties are broken by line id, ordinal). The policies are
/// stateless and thread-safe.</para>
/// </remarks>
public static class MatchConflictPolicies
{
    /// <summary>Gets the default policy: the most certain line first. Lines are served by the confidence of their best
    /// proposal (highest first), ties by line id; "a more certain line took this invoice first".</summary>
    public static IMatchConflictPolicy HighestConfidenceFirst { get; } = new GreedyConflictPolicy(GreedyConflictPolicy.Ordering.HighestConfidence, holdForReview: false);

    /// <summary>Gets the first-come policy: the oldest line first. Lines are served by value date, then booking date,
    /// then line id; the payment that arrived first takes the item, as a clerk working down the statement would.</summary>
    public static IMatchConflictPolicy EarliestLineFirst { get; } = new GreedyConflictPolicy(GreedyConflictPolicy.Ordering.EarliestLine, holdForReview: false);

    /// <summary>Gets the review policy: served as <see cref="HighestConfidenceFirst"/>, but when a line had to pass over
    /// a proposal because another line took its item, that other line is held for review too
    /// (<see cref="MatchingReasonCodes.ConflictReview"/>): neither is applied automatically, both are suggested
    /// (duplicate payments, a mistyped reference that names another line's invoice).</summary>
    public static IMatchConflictPolicy HoldConflictsForReview { get; } = new GreedyConflictPolicy(GreedyConflictPolicy.Ordering.HighestConfidence, holdForReview: true);

    /// <summary>Gets the default policy, <see cref="HighestConfidenceFirst"/>.</summary>
    public static IMatchConflictPolicy Default => HighestConfidenceFirst;
}

namespace Receivables.Credit.Checks;

/// <summary>The result of an order-time credit check: the decision and every reason for it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Outcome">The decision: the strictest of the customer's and the group's.</param>
/// <param name="Reasons">The reasons (codes <c>CHECK-…</c>), strictest first; empty when approved without remark.</param>
/// <param name="ExposureAfter">The customer's exposure including this order.</param>
/// <param name="GroupExposureAfter">The group's exposure including this order, or null without a group.</param>
public sealed record CreditCheckResult(CreditCheckOutcome Outcome, IReadOnlyList<CreditReason> Reasons, Money ExposureAfter, Money? GroupExposureAfter);

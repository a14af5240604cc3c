using Receivables.Internal;
namespace Receivables.Credit.Checks;

/// <summary>The result of an order-time credit check: the decision and every finding behind it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Outcome">The decision: the strictest finding's, for the customer and the group alike.</param>
/// <param name="Findings">The findings (<c>credit.check.…</c> codes), strictest first; empty when approved without remark.</param>
/// <param name="ExposureAfter">The customer's exposure including this order.</param>
/// <param name="GroupExposureAfter">The group's exposure including this order, or null without a group.</param>
public sealed record CreditCheckResult(CreditCheckOutcome Outcome, IReadOnlyList<CreditCheckFinding> Findings, Money ExposureAfter, Money? GroupExposureAfter)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditCheckResult), PrintMembers);

    /// <summary>Gets the reasons of the findings, strictest first.</summary>
    public IReadOnlyList<Reason> Reasons => [.. Findings.Select(f => f.Reason)];
}

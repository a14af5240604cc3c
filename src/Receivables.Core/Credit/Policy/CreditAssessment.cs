using Receivables.Internal;
using Receivables.Credit.Scoring;

namespace Receivables.Credit.Policy;

/// <summary>The credit decision for one customer: grade, limit, payment terms, deposit and when to look again.</summary>
/// <remarks>Immutable and thread-safe. Produced by an <see cref="ICreditPolicy"/>.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Score">The score it rests on.</param>
/// <param name="Grade">The grade, or null when unrated.</param>
/// <param name="IsNewCustomer">Whether the conservative new-customer terms were applied.</param>
/// <param name="Limit">The credit limit and its basis.</param>
/// <param name="PaymentTerms">The payment terms in compact notation (<c>"NET 30"</c>, <c>"PREPAYMENT"</c>).</param>
/// <param name="DepositShare">The share of each order to be paid in advance, 0 to 1.</param>
/// <param name="NextReview">The date of the next review: <paramref name="AsOf"/> when a trigger fired, else after the grade's interval.</param>
/// <param name="ReviewTriggers">Why the review is brought forward (<see cref="CreditReasonCodes.ReviewPaymentIndex"/>,
/// <see cref="CreditReasonCodes.ReviewLimit"/>, <see cref="CreditReasonCodes.ReviewDispute"/>); empty when none.</param>
/// <param name="Reasons">Why the terms are what they are: the grade's terms or the new-customer terms
/// (<see cref="CreditReasonCodes.PolicyGrade"/>, <see cref="CreditReasonCodes.PolicyNewCustomer"/>,
/// <see cref="CreditReasonCodes.PolicyUnrated"/>), the limit's basis, and any adjustment such as
/// <see cref="CreditReasonCodes.PolicyReward"/> or <see cref="CreditReasonCodes.PolicyRelapse"/>.</param>
public sealed record CreditAssessment(
    CustomerId Customer,
    DateOnly AsOf,
    CreditScore Score,
    string? Grade,
    bool IsNewCustomer,
    CreditLimit Limit,
    string PaymentTerms,
    decimal DepositShare,
    DateOnly NextReview,
    IReadOnlyList<Reason> ReviewTriggers,
    IReadOnlyList<Reason> Reasons)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CreditAssessment), PrintMembers);
}

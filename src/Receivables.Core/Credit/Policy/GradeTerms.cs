using Receivables.Internal;
namespace Receivables.Credit.Policy;

/// <summary>What a grade earns: a credit limit rule, payment terms, a deposit share and a review interval.</summary>
/// <remarks>
/// <para>Payment terms are the compact notation of the payment-terms module, as text: <c>"NET 60"</c>,
/// <c>"2/10 NET 30"</c>, <c>"EOM+15"</c>, or <c>"PREPAYMENT"</c> (<see cref="CreditPolicies.Prepayment"/>) for cash in
/// advance. The credit module does not parse them; hand the text to the terms module to build schedules.</para>
/// <para>Immutable and thread-safe when the rule is. Checked when the policy is built.</para>
/// </remarks>
/// <param name="Grade">The grade, as on the grade scale.</param>
/// <param name="Limit">How the limit is set.</param>
/// <param name="PaymentTerms">The payment terms in compact notation.</param>
/// <param name="DepositShare">The share of each order to be paid in advance, 0 to 1 (1 = full prepayment).</param>
/// <param name="ReviewMonths">The months until the next scheduled review, 1 to 36.</param>
public sealed record GradeTerms(string Grade, ICreditLimitRule Limit, string PaymentTerms, decimal DepositShare, int ReviewMonths)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(GradeTerms), PrintMembers);
}

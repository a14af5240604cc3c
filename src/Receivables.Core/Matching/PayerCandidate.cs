using Receivables.Internal;
namespace Receivables.Matching;

/// <summary>A customer that may have sent a statement line, with the strength of that evidence.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Weight">The strength of the evidence in [0, 1].</param>
/// <param name="Reason">The evidence, such as a <see cref="MatchingReasonCodes.PayerAccount"/> reason; its text is
/// written when first read.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PayerCandidate(CustomerId Customer, double Weight, Reason Reason)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PayerCandidate), PrintMembers);
}

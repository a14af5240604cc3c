using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>What one factor contributed to a <see cref="CreditScore"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Result">The factor's result.</param>
/// <param name="Weight">The weight configured in the scorecard.</param>
/// <param name="EffectiveWeight">The weight after spreading the weights of unavailable factors over the available ones
/// in proportion to their own weights: <c>Weight / (sum of available weights)</c>; 0 when the factor is not available.</param>
/// <param name="Points">The points added to the score: <c>EffectiveWeight × SubScore</c> (0 when not available).</param>
public sealed record FactorContribution(CreditFactorResult Result, double Weight, double EffectiveWeight, double Points)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(FactorContribution), PrintMembers);
}

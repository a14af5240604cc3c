using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>A factor with its weight in a scorecard.</summary>
/// <remarks>Immutable and thread-safe when the factor is.</remarks>
/// <param name="Factor">The factor.</param>
/// <param name="Weight">The weight, greater than 0; a scorecard's weights sum to 1.</param>
public sealed record WeightedFactor(ICreditFactor Factor, double Weight)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(WeightedFactor), PrintMembers);
}

namespace Receivables.Credit.Scoring;

/// <summary>The configuration of a <see cref="Scorecard"/>: weighted factors, grade bands and how many reasons to give.</summary>
/// <remarks>Validated once by <see cref="Scorecard.Create"/>, which copies it; later changes have no effect on a built
/// scorecard. Not thread-safe while being filled in.</remarks>
public sealed class ScorecardOptions
{
    /// <summary>Gets the factors with their weights; the weights must be positive and sum to 1 (within 1e-9).</summary>
    /// <value>The default value is empty.</value>
    public IList<WeightedFactor> Factors { get; } = [];

    /// <summary>Gets or sets the grade bands.</summary>
    /// <value>The default value is <see cref="GradeScale.Default"/> (AAA … C).</value>
    public GradeScale Grades { get; set; } = GradeScale.Default;

    /// <summary>Gets or sets how many top reasons a score carries.</summary>
    /// <value>The default value is 3.</value>
    public int TopReasons { get; set; } = 3;

    /// <summary>Adds a factor with its weight.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>These options, for chaining.</returns>
    public ScorecardOptions Add(ICreditFactor factor, double weight)
    {
        Factors.Add(new WeightedFactor(factor, weight));
        return this;
    }
}

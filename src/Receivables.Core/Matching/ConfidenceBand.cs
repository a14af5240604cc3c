namespace Receivables.Matching;

/// <summary>A coarse label for a confidence, for work lists and reports.</summary>
public enum ConfidenceBand
{
    /// <summary>No proposal (confidence 0).</summary>
    None = 0,

    /// <summary>Below <see cref="MatchingOptions.MediumConfidence"/>: a guess worth a look.</summary>
    Low = 1,

    /// <summary>From <see cref="MatchingOptions.MediumConfidence"/> up to the auto-apply threshold.</summary>
    Medium = 2,

    /// <summary>At or above <see cref="MatchingOptions.AutoApplyThreshold"/>.</summary>
    High = 3,
}

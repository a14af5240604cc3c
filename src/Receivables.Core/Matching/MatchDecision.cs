namespace Receivables.Matching;

/// <summary>What to do with a statement line.</summary>
public enum MatchDecision
{
    /// <summary>Nothing fits well enough, or the line is not a receipt (zero or negative amount); a person looks at it.</summary>
    Unmatched = 0,

    /// <summary>A proposal is shown to a person, who confirms or changes it.</summary>
    Suggest = 1,

    /// <summary>The proposal is certain enough to post without review.</summary>
    AutoApply = 2,
}

namespace Receivables.Credit.Scoring;

/// <summary>Altman's zones of discrimination for a Z-score.</summary>
public enum AltmanZone
{
    /// <summary>Below the lower cut-off: the profile of firms that failed.</summary>
    Distress = 0,

    /// <summary>Between the cut-offs: the "zone of ignorance", where the model misclassifies most often.</summary>
    Grey = 1,

    /// <summary>Above the upper cut-off: the profile of firms that did not fail.</summary>
    Safe = 2,
}

namespace Receivables.Credit;

/// <summary>Which figure measures a customer's business scale.</summary>
public enum ScaleMeasure
{
    /// <summary>Annual revenue (营业收入), in the profile's currency.</summary>
    Revenue = 0,

    /// <summary>Headcount (从业人员), whole employees.</summary>
    Headcount = 1,
}

namespace Receivables.Credit.Scoring;

/// <summary>Which coefficient of sales / total assets (X5) the original Z-score uses: both are in print.</summary>
/// <remarks>Only <see cref="AltmanModel.PublicManufacturer"/> is affected: Z′ keeps its 0.998, Z″ and the EMS have no X5.
/// The two agree to two decimals for ordinary ratios (X5 below 5).</remarks>
public enum AltmanConvention
{
    /// <summary>0.999 X5, as in Altman (1968), whose other coefficients (.012, .014, .033, .006) apply to ratios in per
    /// cent and X5 alone to a plain ratio. The default.</summary>
    Original = 0,

    /// <summary>1.0 X5, as most textbooks and calculators print it (Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5).</summary>
    Printed = 1,
}

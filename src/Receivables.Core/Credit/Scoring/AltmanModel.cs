namespace Receivables.Credit.Scoring;

/// <summary>Which of Altman's Z-score models to use; the caller chooses by the kind of company.</summary>
public enum AltmanModel
{
    /// <summary>The original Z-score (Altman 1968) for publicly traded manufacturers: uses market value of equity.</summary>
    PublicManufacturer = 0,

    /// <summary>Z′ (Altman 1983/2000) for private manufacturers: book value of equity instead of market value.</summary>
    PrivateFirm = 1,

    /// <summary>Z″ (Altman 1995/2000) for non-manufacturers and emerging markets: four ratios, no asset turnover.</summary>
    NonManufacturer = 2,
}

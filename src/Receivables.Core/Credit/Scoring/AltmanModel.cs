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

    /// <summary>The emerging-market score EMS (Altman, Hartzell and Peck 1995; Altman 2005): Z″ plus the constant 3.25,
    /// EMS = 3.25 + 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4 (book equity), so that a score of 0 lines up with a bond
    /// rating of D; see <see cref="AltmanZScore.BondRatingEquivalent"/>.</summary>
    EmergingMarket = 3,
}

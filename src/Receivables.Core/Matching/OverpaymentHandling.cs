namespace Receivables.Matching;

/// <summary>What the engine does with a line that pays more than the items it names (see
/// <see cref="MatchingOptions.Overpayments"/>).</summary>
public enum OverpaymentHandling
{
    /// <summary>The items in full, the rest unapplied cash; the proposal is damped
    /// (<see cref="MatchConfidenceWeights.OverpaymentFactor"/>) so it is suggested, never applied automatically (the
    /// default).</summary>
    Suggest = 0,

    /// <summary>The items in full, the rest kept as unapplied cash on the customer; not damped, so a line whose
    /// reference and payer are certain is applied automatically.</summary>
    ApplyKeepUnapplied = 1,

    /// <summary>The items in full, the excess applied to the customer's oldest other open items in the line's currency
    /// (oldest due first, the last one partly) and what is still left kept as unapplied cash; not damped.</summary>
    ApplyToOldestItems = 2,
}

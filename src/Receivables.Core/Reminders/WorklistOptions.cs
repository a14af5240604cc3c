namespace Receivables.Reminders;

/// <summary>How a <see cref="CollectorWorklist"/> is built (options; validated once by
/// <see cref="CollectorWorklist.Build"/>, all errors together).</summary>
/// <remarks>A mutable options object: not thread-safe while being filled in.</remarks>
public sealed class WorklistOptions
{
    /// <summary>Gets or sets the scorer.</summary>
    /// <value>The default value is <see cref="WorklistScorePolicies.ExpectedBenefit"/>.</value>
    public IWorklistScorePolicy Scorer { get; set; } = WorklistScorePolicies.ExpectedBenefit;

    /// <summary>Gets or sets the ISO 4217 code of the currency amounts are ranked in.</summary>
    /// <value>The default value is <c>CNY</c>.</value>
    public string Currency { get; set; } = "CNY";

    /// <summary>Gets the conversion rates into <see cref="Currency"/> (units of it per unit of the key currency); every
    /// other currency in the plan needs one.</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, decimal> Rates { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Gets the collector per segment (used when the customer has no collector of its own).</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, string> CollectorsBySegment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the collector per territory (used after the segment).</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, string> CollectorsByTerritory { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

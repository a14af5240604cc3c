using Receivables.Aging;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>
/// The settings of the engines registered by <c>AddReceivables</c>, in a shape that binds from configuration (the
/// <c>Receivables</c> section of <c>appsettings.json</c> by default). Every default is the library's own.
/// </summary>
/// <remarks>
/// The options are validated once, when the host starts (<c>ValidateOnStart</c>): every error is reported together,
/// each naming its configuration key, such as <c>Receivables:Aging:Bounds[1]</c>. The engines are built from them once;
/// later changes to the configuration do not change a running engine. Not thread-safe while being configured; read-only
/// afterwards.
/// </remarks>
public sealed class ReceivablesOptions
{
    /// <summary>The default configuration section name, <c>Receivables</c>.</summary>
    public const string SectionName = "Receivables";

    /// <summary>Gets the aging settings.</summary>
    public AgingSettings Aging { get; } = new();

    /// <summary>Gets the matching settings.</summary>
    public MatchingSettings Matching { get; } = new();

    /// <summary>Gets the credit settings.</summary>
    public CreditSettings Credit { get; } = new();

    /// <summary>Gets the named calendar files: name → path of a calendar file (see <c>CalendarFile</c>). The built-in
    /// names <c>CN</c> (China mainland) and <c>WEEKEND</c> (Saturday and Sunday) are always available.</summary>
    public Dictionary<string, string> CalendarFiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the named payment terms: name → compact notation such as <c>2/10 NET 30</c>.</summary>
    public Dictionary<string, string> PaymentTerms { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Aging settings (see <see cref="AgingScheme"/> and <see cref="AgingOptions"/>).</summary>
public sealed class AgingSettings
{
    /// <summary>Gets or sets the bucket bounds in days, ascending. The default value is <see langword="null"/>,
    /// meaning 30, 60, 90 (current, 1-30, 31-60, 61-90, over 90). (A list with defaults would be appended to by the
    /// configuration binder, not replaced.)</summary>
    public IReadOnlyList<int>? Bounds { get; set; }

    /// <summary>Gets or sets what is counted. The default value is <see cref="AgingBasis.DaysPastDue"/>.</summary>
    public AgingBasis Basis { get; set; } = AgingBasis.DaysPastDue;

    /// <summary>Gets or sets the splits of the not-yet-due amount in days until due. The default value is
    /// <see langword="null"/> (none).</summary>
    public IReadOnlyList<int>? NotYetDueSplits { get; set; }

    /// <summary>Gets or sets the bucket labels. The default value is <see langword="null"/> (generated labels).</summary>
    public IReadOnlyList<string>? Labels { get; set; }

    /// <summary>Gets or sets the degree of parallelism. The default value is 1 (single-threaded).</summary>
    public int DegreeOfParallelism { get; set; } = 1;
}

/// <summary>Matching settings: the thresholds of <c>MatchingOptions</c> that a finance team tunes.</summary>
public sealed class MatchingSettings
{
    /// <summary>Gets or sets the confidence from which a proposal is applied automatically. The default value is 0.9.</summary>
    public double AutoApplyThreshold { get; set; } = 0.9;

    /// <summary>Gets or sets the confidence from which a proposal is suggested. The default value is 0.2.</summary>
    public double SuggestionThreshold { get; set; } = 0.2;

    /// <summary>Gets or sets the absolute write-off tolerance for short payments (bank fees), in the line's currency
    /// units. The default value is 25.</summary>
    public decimal WriteOffToleranceAmount { get; set; } = 25m;

    /// <summary>Gets or sets the relative write-off tolerance (0.02 = 2 %). The default value is 0.02.</summary>
    public decimal WriteOffTolerancePercent { get; set; } = 0.02m;
}

/// <summary>Credit settings: scorecard weights and order-check thresholds.</summary>
public sealed class CreditSettings
{
    /// <summary>Gets the scorecard weights by factor name (such as <c>payment-index</c>), replacing the default
    /// scorecard's weights for the factors named; factors not named keep their default weight, then all weights are
    /// scaled to sum to 1. A weight of 0 leaves a factor out. Empty by default.</summary>
    public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the utilisation of the credit limit from which an order is approved with a warning
    /// (0.9 = 90 %). The default value is 0.9.</summary>
    public decimal WarningUtilisation { get; set; } = 0.9m;

    /// <summary>Gets or sets the days overdue from which an order is held. The default value is 30.</summary>
    public int OverdueHoldDays { get; set; } = 30;
}

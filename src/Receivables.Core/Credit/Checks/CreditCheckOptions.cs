namespace Receivables.Credit.Checks;

/// <summary>Thresholds of the order-time credit check (<see cref="CreditChecker"/>): on amounts and days, never counts.</summary>
/// <remarks>Validated once by <see cref="CreditChecker.Create"/>, which copies them. Not thread-safe while being filled in.</remarks>
public sealed class CreditCheckOptions
{
    /// <summary>Gets or sets the share of the limit that exposure after the order may reach before a warning.</summary>
    /// <value>The default value is 0.9 (90%).</value>
    public decimal WarningUtilisation { get; set; } = 0.9m;

    /// <summary>Gets or sets the overdue amount ignored altogether (small differences, bank charges), in the exposure's currency.</summary>
    /// <value>The default value is 0.</value>
    public decimal OverdueTolerance { get; set; }

    /// <summary>Gets or sets the age of the oldest overdue item (above the tolerance) from which the order gets a warning.</summary>
    /// <value>The default value is 1 day.</value>
    public int OverdueWarningDays { get; set; } = 1;

    /// <summary>Gets or sets the age of the oldest overdue item from which the order is held.</summary>
    /// <value>The default value is 30 days.</value>
    public int OverdueHoldDays { get; set; } = 30;

    /// <summary>Gets or sets the overdue amount above which the order is held whatever its age; null for no amount threshold.</summary>
    /// <value>The default value is null.</value>
    public decimal? OverdueHoldAmount { get; set; }

    /// <summary>Gets or sets the age of the oldest overdue item from which only prepayment is accepted.</summary>
    /// <value>The default value is 90 days.</value>
    public int OverduePrepaymentDays { get; set; } = 90;
}

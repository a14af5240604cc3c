namespace Receivables.Reminders;

/// <summary>
/// The fee of a reminder level (options; validated once by <see cref="ReminderPolicy.Create"/>): a fixed amount per
/// currency, plus a percentage of the overdue amount, plus the flat fee of the highest tier the overdue amount
/// reaches, limited by a cap per currency. Currency codes are ISO 4217 codes.
/// </summary>
/// <remarks>A mutable options object: not thread-safe while being filled in; the policy copies it.</remarks>
public sealed class ReminderFeeOptions
{
    /// <summary>Gets the fixed fee per currency code (major units).</summary>
    /// <value>The default value is empty: no fixed fee.</value>
    public IDictionary<string, decimal> Fixed { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Gets or sets the percentage of the overdue amount charged, from 0 to 100.</summary>
    /// <value>The default value is 0.</value>
    public decimal Percent { get; set; }

    /// <summary>Gets the tiers: per currency, the flat fee of the highest band whose <see cref="ReminderFeeTier.From"/>
    /// the overdue amount reaches.</summary>
    /// <value>The default value is empty: no tiered fee.</value>
    public IList<ReminderFeeTier> Tiers { get; init; } = [];

    /// <summary>Gets the cap per currency code (major units): the fee never exceeds it.</summary>
    /// <value>The default value is empty: no cap.</value>
    public IDictionary<string, decimal> Cap { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);
}

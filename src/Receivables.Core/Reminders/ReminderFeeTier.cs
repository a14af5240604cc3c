namespace Receivables.Reminders;

/// <summary>One band of a tiered reminder fee: from an overdue amount upwards, a flat fee (options; validated by
/// <see cref="ReminderPolicy.Create"/>).</summary>
/// <remarks>A mutable options object: not thread-safe while being filled in; the policy copies it.</remarks>
public sealed class ReminderFeeTier
{
    /// <summary>Gets or sets the ISO 4217 currency code of the band.</summary>
    /// <value>The default value is empty, which validation refuses.</value>
    public string Currency { get; set; } = string.Empty;

    /// <summary>Gets or sets the overdue amount (major units) from which the band applies, inclusive.</summary>
    /// <value>The default value is 0.</value>
    public decimal From { get; set; }

    /// <summary>Gets or sets the flat fee (major units) of the band.</summary>
    /// <value>The default value is 0.</value>
    public decimal Fee { get; set; }
}

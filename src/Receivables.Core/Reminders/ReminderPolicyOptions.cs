namespace Receivables.Reminders;

/// <summary>A reminder policy: an ordered schedule of levels (options; validated once by
/// <see cref="ReminderPolicy.Create"/>, which reports all errors together).</summary>
/// <remarks>A mutable options object: not thread-safe while being filled in; the policy copies it, so later changes
/// have no effect.</remarks>
public sealed class ReminderPolicyOptions
{
    /// <summary>Gets or sets the policy's name, recorded with every reminder it issues (levels are counted per policy).</summary>
    /// <value>The default value is <c>standard</c>.</value>
    public string Name { get; set; } = "standard";

    /// <summary>Gets or sets what the policy chases.</summary>
    /// <value>The default value is <see cref="ReminderSubject.Payment"/>.</value>
    public ReminderSubject Subject { get; set; } = ReminderSubject.Payment;

    /// <summary>Gets the levels in schedule order; at least one.</summary>
    /// <value>The default value is empty, which validation refuses.</value>
    public IList<ReminderLevelOptions> Levels { get; init; } = [];

    /// <summary>Gets or sets whether every item gets its own communication instead of one per customer and level.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool PerItem { get; set; }

    /// <summary>Gets or sets the days after a promised date during which the promise still holds; not negative.</summary>
    /// <value>The default value is 3.</value>
    public int PromiseGraceDays { get; set; } = 3;
}

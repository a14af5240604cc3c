namespace Receivables.Reminders;

/// <summary>
/// What an <see cref="IReminderActionPolicy"/> decides for one item: the level to issue and the date it is due (on or
/// before the as-of date: issue now; later: wait), or no level at all, with the reason.
/// </summary>
/// <remarks>An immutable value; thread-safe. The default value is "no step" without a reason.</remarks>
public readonly struct ReminderStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="level">The level number (from 1), or 0 for none.</param>
    /// <param name="date">The date the level is due; ignored when <paramref name="level"/> is 0. Use
    /// <see cref="DateOnly.MaxValue"/> when the level waits for something other than a date (an outcome).</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public ReminderStep(int level, DateOnly date, Reason reason)
    {
        Level = Internal.Guard.NotNegative(level);
        Date = date;
        Reason = Internal.Guard.NotNull(reason);
    }

    /// <summary>Gets the level number, or 0 when there is no next level.</summary>
    public int Level { get; }

    /// <summary>Gets the date the level is due.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets why (never null except for the default value).</summary>
    public Reason Reason { get; }

    /// <summary>Gets whether there is no next level.</summary>
    public bool IsNone => Level == 0;

    /// <summary>Creates the step "no further level".</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The step.</returns>
    public static ReminderStep None(Reason reason) => new(0, DateOnly.MinValue, reason);

    /// <summary>Tells whether the step is due on a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>True when a level is due on or before <paramref name="asOf"/>.</returns>
    public bool IsDueOn(DateOnly asOf) => Level > 0 && Date <= asOf;
}

namespace Receivables.Reminders;

/// <summary>What an <see cref="IReminderActionPolicy"/> is asked about: one item (or owed document) of a customer, its
/// policy and its reminder history.</summary>
/// <remarks>A read-only struct (fields may be added later without breaking policies); thread-safe.</remarks>
public readonly struct ReminderActionArguments
{
    /// <summary>Creates the arguments (so a custom policy can be tested alone).</summary>
    /// <param name="asOf">The planning date.</param>
    /// <param name="policy">The item's policy.</param>
    /// <param name="item">The item or document id.</param>
    /// <param name="dueDate">The item's due date.</param>
    /// <param name="lastLevel">The last level issued for the item under this policy, 0 when none.</param>
    /// <param name="timesAtLastLevel">How many times <paramref name="lastLevel"/> was issued for it.</param>
    /// <param name="lastIssuedOn">When the last reminder for the item was issued, or <see langword="null"/>.</param>
    /// <param name="lastOutcome">The outcome of the customer's last contact, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level or count is out of range.</exception>
    public ReminderActionArguments(DateOnly asOf, ReminderPolicy policy, DocumentId item, DateOnly dueDate, int lastLevel, int timesAtLastLevel, DateOnly? lastIssuedOn, ContactOutcome? lastOutcome)
    {
        Policy = Internal.Guard.NotNull(policy);
        AsOf = asOf;
        Item = item;
        DueDate = dueDate;
        LastLevel = Internal.Guard.InRange(lastLevel, 0, policy.Levels.Length);
        TimesAtLastLevel = Internal.Guard.NotNegative(timesAtLastLevel);
        LastIssuedOn = lastIssuedOn;
        LastOutcome = lastOutcome;
    }

    /// <summary>Gets the planning date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the item's policy.</summary>
    public ReminderPolicy Policy { get; }

    /// <summary>Gets the item or document id.</summary>
    public DocumentId Item { get; }

    /// <summary>Gets the due date.</summary>
    public DateOnly DueDate { get; }

    /// <summary>Gets the last level issued (0: none).</summary>
    public int LastLevel { get; }

    /// <summary>Gets how many times the last level was issued.</summary>
    public int TimesAtLastLevel { get; }

    /// <summary>Gets the date of the last reminder for the item, or <see langword="null"/>.</summary>
    public DateOnly? LastIssuedOn { get; }

    /// <summary>Gets the outcome of the customer's last contact, or <see langword="null"/>.</summary>
    public ContactOutcome? LastOutcome { get; }

    /// <summary>Gets the days past due on <see cref="AsOf"/> (negative before the due date).</summary>
    public int DaysPastDue => AsOf.DayNumber - DueDate.DayNumber;
}

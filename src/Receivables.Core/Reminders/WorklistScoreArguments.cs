namespace Receivables.Reminders;

/// <summary>What an <see cref="IWorklistScorePolicy"/> scores: one customer of a plan with actions to take.</summary>
/// <remarks>A read-only struct (fields may be added later without breaking scorers); thread-safe.</remarks>
public readonly struct WorklistScoreArguments
{
    /// <summary>Creates the arguments (so a custom scorer can be tested alone).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="info">What the host knows about the customer, or <see langword="null"/>.</param>
    /// <param name="overdue">The customer's amount in the plan's proposals, converted into the worklist currency; not negative.</param>
    /// <param name="oldestDaysPastDue">The most days past due of an item in the proposals.</param>
    /// <param name="highestLevel">The highest level proposed.</param>
    /// <param name="brokenPromises">The number of proposals triggered by a broken promise; not negative.</param>
    /// <param name="asOf">The plan's date.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overdue"/> or <paramref name="brokenPromises"/> is negative.</exception>
    public WorklistScoreArguments(CustomerId customer, ReminderCustomer? info, decimal overdue, int oldestDaysPastDue, int highestLevel, int brokenPromises, DateOnly asOf)
    {
        Customer = customer;
        Info = info;
        Overdue = Internal.Guard.NotNegative(overdue);
        OldestDaysPastDue = oldestDaysPastDue;
        HighestLevel = highestLevel;
        BrokenPromises = Internal.Guard.NotNegative(brokenPromises);
        AsOf = asOf;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets what the host knows about the customer, or <see langword="null"/>.</summary>
    public ReminderCustomer? Info { get; }

    /// <summary>Gets the overdue amount in the worklist currency (major units).</summary>
    public decimal Overdue { get; }

    /// <summary>Gets the most days past due of an item proposed.</summary>
    public int OldestDaysPastDue { get; }

    /// <summary>Gets the highest level proposed.</summary>
    public int HighestLevel { get; }

    /// <summary>Gets the number of proposals triggered by a broken promise.</summary>
    public int BrokenPromises { get; }

    /// <summary>Gets the plan's date.</summary>
    public DateOnly AsOf { get; }
}

namespace Receivables.Reminders;

/// <summary>A customer's behaviour as the ladder selector of a <see cref="ReminderStrategy"/> sees it.</summary>
/// <remarks>A read-only struct (fields may be added later without breaking selectors); thread-safe.</remarks>
public readonly struct ReminderBehaviour
{
    /// <summary>Creates the behaviour.</summary>
    /// <param name="customer">What the host knows about the customer, or <see langword="null"/>.</param>
    /// <param name="brokenPromises">The promises to pay the customer broke: those the history escalated for, plus
    /// those broken now; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="brokenPromises"/> is negative.</exception>
    public ReminderBehaviour(ReminderCustomer? customer, int brokenPromises)
    {
        Customer = customer;
        BrokenPromises = Internal.Guard.NotNegative(brokenPromises);
    }

    /// <summary>Gets what the host knows about the customer, or <see langword="null"/>.</summary>
    public ReminderCustomer? Customer { get; }

    /// <summary>Gets the number of promises to pay the customer broke.</summary>
    public int BrokenPromises { get; }
}

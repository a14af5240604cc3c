namespace Receivables.Reminders;

/// <summary>A period, both days inclusive, in which a customer must not be contacted.</summary>
/// <remarks>An immutable value; thread-safe. <see cref="ReminderCustomers.Create"/> refuses a period that ends before
/// it starts.</remarks>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public readonly record struct DoNotContactPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Tells whether a date is in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <paramref name="date"/> is from <see cref="From"/> to <see cref="To"/>.</returns>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

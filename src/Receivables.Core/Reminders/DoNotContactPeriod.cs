using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>A period, both days inclusive, in which a customer must not be contacted.</summary>
/// <remarks>An immutable value; thread-safe. <see cref="ReminderCustomers.Create"/> refuses a period that ends before
/// it starts.</remarks>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public readonly record struct DoNotContactPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DoNotContactPeriod), PrintMembers);

    /// <summary>Tells whether a date is in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <paramref name="date"/> is from <see cref="From"/> to <see cref="To"/>.</returns>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

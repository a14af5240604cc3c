using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>An item (or a whole customer, or a deferred communication) the plan did not remind, with the reason:
/// a dispute, a promise, a block, a minimum, a quiet day, the contact cap, or a level not yet due.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item, or <see langword="null"/> when the skip concerns the customer or a communication.</param>
/// <param name="Reason">Why (a <see cref="ReminderReasonCodes"/> code).</param>
/// <param name="RetryOn">The next date something may happen, or <see langword="null"/> when unknown or never.</param>
public sealed record ReminderSkip(DocumentId? Item, Reason Reason, DateOnly? RetryOn)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderSkip), PrintMembers);
}

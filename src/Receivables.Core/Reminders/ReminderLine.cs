using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>One item (or owed document) of a proposed reminder.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The item or document id.</param>
/// <param name="Subject">What is chased.</param>
/// <param name="DueDate">The due date.</param>
/// <param name="DaysPastDue">Days past due on the plan's date (negative before the due date).</param>
/// <param name="Open">The open (overdue) amount, or <see langword="null"/> for a document.</param>
/// <param name="Interest">The interest on the item by the level's late-charge policy, or <see langword="null"/>.</param>
public sealed record ReminderLine(DocumentId Item, ReminderSubject Subject, DateOnly DueDate, int DaysPastDue, Money? Open, Money? Interest)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderLine), PrintMembers);
}

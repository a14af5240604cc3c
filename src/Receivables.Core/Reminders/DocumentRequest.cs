using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>A document the customer (or a supplier) owes us and that reminders chase: a missing invoice or fapiao
/// (催收发票), a signed delivery note, a statement confirmation (对账单). The strategy's policy for its subject
/// (<see cref="ReminderStrategy.WithDocuments"/>) schedules the reminders; there is no amount, fee or interest.</summary>
/// <remarks>Immutable and thread-safe. The planner refuses a request with default ids or the subject
/// <see cref="ReminderSubject.Payment"/>.</remarks>
/// <param name="Id">The id of what is owed (the invoice it concerns, the delivery note, the statement).</param>
/// <param name="Customer">Who owes it.</param>
/// <param name="Subject">What is owed.</param>
/// <param name="DueDate">When it was due.</param>
/// <param name="Note">An optional note for the message.</param>
public sealed record DocumentRequest(DocumentId Id, CustomerId Customer, ReminderSubject Subject, DateOnly DueDate, string? Note = null)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(DocumentRequest), PrintMembers);
}

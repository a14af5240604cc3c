namespace Receivables.Credit;

/// <summary>An open debit item as credit scoring sees it: what is still owed, when it was issued and when it is due.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The document.</param>
/// <param name="Open">The open amount, greater than zero.</param>
/// <param name="Original">The document's full amount.</param>
/// <param name="DocumentDate">The document date.</param>
/// <param name="DueDate">The due date.</param>
/// <param name="IsDisputed">Whether the item is disputed.</param>
public readonly record struct OpenReceivable(DocumentId Item, Money Open, Money Original, DateOnly DocumentDate, DateOnly DueDate, bool IsDisputed)
{
    /// <summary>Gets the days overdue on a date: 0 until the day after the due date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Days past the due date, never negative.</returns>
    public int DaysOverdue(DateOnly asOf) => Math.Max(0, asOf.DayNumber - DueDate.DayNumber);
}

namespace Receivables.Reminders;

/// <summary>What a reminder chases: money, or a document the customer owes us.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderSubject
{
    /// <summary>An overdue payment (open items).</summary>
    Payment = 1,

    /// <summary>A missing invoice or fapiao (催收发票) the customer or supplier owes us.</summary>
    MissingInvoice,

    /// <summary>A signed delivery note not returned.</summary>
    SignedDeliveryNote,

    /// <summary>An unanswered statement confirmation (对账单).</summary>
    StatementConfirmation,
}

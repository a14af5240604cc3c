namespace Receivables.Reminders;

/// <summary>How <see cref="ReminderRecorder"/> books the fees and interest of an issued reminder.</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ReminderFeePosting
{
    /// <summary>Only in the <c>reminders.issued</c> annotation (a memo); the balance does not change.</summary>
    MemoOnly = 1,

    /// <summary>Also as debit notes due on the reminder's date, one per currency for the fee and one for the
    /// interest, with ids <c>RF-…</c> and <c>RI-…</c>.</summary>
    DebitNotes,
}

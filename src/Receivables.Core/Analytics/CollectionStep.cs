namespace Receivables.Analytics;

/// <summary>
/// A step of the collection cycle, between two milestones of an item: the invoice (document date), the first
/// reminder, the first promise to pay, and the payment (the date the item was settled).
/// </summary>
/// <remarks>An item may skip milestones (paid before any reminder): it then counts only in the steps whose two
/// milestones it reached, in order. See <see cref="CycleTimeAccumulator"/> for items still open.</remarks>
public enum CollectionStep
{
    /// <summary>From the document date to the first reminder.</summary>
    InvoiceToReminder = 0,

    /// <summary>From the first reminder to the first promise to pay recorded on or after it.</summary>
    ReminderToPromise = 1,

    /// <summary>From the first promise to pay to the payment.</summary>
    PromiseToPayment = 2,

    /// <summary>From the first reminder to the payment (with or without a promise between).</summary>
    ReminderToPayment = 3,

    /// <summary>From the document date to the payment: the whole cycle.</summary>
    InvoiceToPayment = 4,
}

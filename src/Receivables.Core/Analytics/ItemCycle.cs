using System.Globalization;
using Receivables.Internal;

namespace Receivables.Analytics;

/// <summary>
/// The milestones of one debit item in its collection cycle, as known on an as-of date: document date, first
/// reminder, first promise to pay, payment; and whether the item is still open.
/// </summary>
/// <remarks>Read from a ledger by <see cref="ProcessAnalytics.Cycles"/>, or built by a host from its own records.
/// Immutable and thread-safe.</remarks>
public sealed record ItemCycle
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ItemCycle), PrintMembers);

    /// <summary>Creates the record.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="item">The item (invoice or debit note).</param>
    /// <param name="key">The group the item falls into, such as its customer's segment.</param>
    /// <param name="invoiced">The document date.</param>
    /// <param name="firstReminder">The date of the first reminder covering the item, or <see langword="null"/>.</param>
    /// <param name="firstPromise">The date the first promise to pay was recorded on the item, or <see langword="null"/>.</param>
    /// <param name="paid">The date the item was settled, when it was settled and at least partly by a payment; else
    /// <see langword="null"/>.</param>
    /// <param name="isOpen">Whether the item is still open (not fully settled) on the as-of date.</param>
    /// <exception cref="ArgumentException">An id is default, the key is blank, a milestone is before the document
    /// date, or the item is open and paid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ItemCycle(CustomerId customer, DocumentId item, string key, DateOnly invoiced, DateOnly? firstReminder, DateOnly? firstPromise, DateOnly? paid, bool isOpen)
    {
        if (customer.IsDefault || item.IsDefault)
        {
            throw new ArgumentException("The customer and item ids are required.", customer.IsDefault ? nameof(customer) : nameof(item));
        }

        Key = Guard.NotBlank(key);
        foreach (var (date, name) in new[] { (firstReminder, nameof(firstReminder)), (firstPromise, nameof(firstPromise)), (paid, nameof(paid)) })
        {
            if (date < invoiced)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} ({date:yyyy-MM-dd}) is before the document date ({invoiced:yyyy-MM-dd})."), name);
            }
        }

        if (isOpen && paid is not null)
        {
            throw new ArgumentException("An open item has no payment date.", nameof(paid));
        }

        Customer = customer;
        Item = item;
        Invoiced = invoiced;
        FirstReminder = firstReminder;
        FirstPromise = firstPromise;
        Paid = paid;
        IsOpen = isOpen;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the item.</summary>
    public DocumentId Item { get; }

    /// <summary>Gets the group.</summary>
    public string Key { get; }

    /// <summary>Gets the document date.</summary>
    public DateOnly Invoiced { get; }

    /// <summary>Gets the date of the first reminder, if any.</summary>
    public DateOnly? FirstReminder { get; }

    /// <summary>Gets the date of the first promise to pay, if any.</summary>
    public DateOnly? FirstPromise { get; }

    /// <summary>Gets the date the item was settled by payment, if it was.</summary>
    public DateOnly? Paid { get; }

    /// <summary>Gets whether the item is still open on the as-of date.</summary>
    public bool IsOpen { get; }

    /// <summary>Gets the milestones that start and end a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The start (null when the item never reached it) and the end (null when not reached).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not defined.</exception>
    public (DateOnly? Start, DateOnly? End) Milestones(CollectionStep step) => Guard.Defined(step) switch
    {
        CollectionStep.InvoiceToReminder => (Invoiced, FirstReminder),
        CollectionStep.ReminderToPromise => (FirstReminder, FirstPromise),
        CollectionStep.PromiseToPayment => (FirstPromise, Paid),
        CollectionStep.ReminderToPayment => (FirstReminder, Paid),
        _ => (Invoiced, Paid),
    };
}

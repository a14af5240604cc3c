using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Reminders;

/// <summary>
/// Records reminders issued and contacts made in the ledger, as annotations of the customer's account (and, by
/// option, fees and interest as debit notes; a promise or a dispute from a contact on its items), so the reminder
/// history replays with the ledger. Each call is atomic: it applies whole or throws and leaves the ledger as it was.
/// </summary>
/// <remarks>Static and thread-safe (the ledger is immutable).</remarks>
public static class ReminderRecorder
{
    /// <summary>Records one issued reminder.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="issued">The record.</param>
    /// <param name="posting">How fees and interest are booked. The default value is <see cref="ReminderFeePosting.MemoOnly"/>.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LedgerException">A fee document id is already used (the same reminder recorded twice with
    /// <see cref="ReminderFeePosting.DebitNotes"/>).</exception>
    public static ReceivablesLedger Record(ReceivablesLedger ledger, ReminderIssued issued, ReminderFeePosting posting = ReminderFeePosting.MemoOnly)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(issued);
        Guard.Defined(posting);
        return ledger.Update(issued.Customer, account =>
        {
            var a = account.Annotate(issued.ToAnnotation());
            if (posting == ReminderFeePosting.DebitNotes)
            {
                foreach (var fee in issued.Fees.Where(f => f.IsPositive))
                {
                    a = a.Post(Document.DebitNote(new DocumentId(Id("RF", issued, fee.Currency)), issued.Customer, fee, issued.Date, issued.Date, reference: string.Create(CultureInfo.InvariantCulture, $"Reminder fee, level {issued.Level}")));
                }

                foreach (var interest in issued.Interest.Where(f => f.IsPositive))
                {
                    a = a.Post(Document.DebitNote(new DocumentId(Id("RI", issued, interest.Currency)), issued.Customer, interest, issued.Date, issued.Date, reference: string.Create(CultureInfo.InvariantCulture, $"Interest, reminder level {issued.Level}")));
                }
            }

            return a;
        });
    }

    /// <summary>Records every proposal of a plan as issued, in one step.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="posting">How fees and interest are booked. The default value is <see cref="ReminderFeePosting.MemoOnly"/>.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LedgerException">A fee document id is already used.</exception>
    public static ReceivablesLedger Record(ReceivablesLedger ledger, ReminderPlan plan, ReminderFeePosting posting = ReminderFeePosting.MemoOnly)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(plan);
        foreach (var issued in plan.ToIssued())
        {
            ledger = Record(ledger, issued, posting);
        }

        return ledger;
    }

    /// <summary>Records a contact: the annotation, and on each item a promise to pay (the item's open amount, by the
    /// promised date) when the outcome is <see cref="ContactOutcome.Promised"/>, or a dispute when it is
    /// <see cref="ContactOutcome.Disputed"/>.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="contact">The record.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LedgerException">An item is unknown, settled or already disputed.</exception>
    public static ReceivablesLedger Record(ReceivablesLedger ledger, ReminderContact contact)
    {
        Guard.NotNull(ledger);
        Guard.NotNull(contact);
        return ledger.Update(contact.Customer, account =>
        {
            var a = account.Annotate(contact.ToAnnotation());
            foreach (var item in contact.Items)
            {
                if (contact.Outcome == ContactOutcome.Promised)
                {
                    a = a.RecordPromise(item, contact.Date, contact.PromisedDate!.Value, a.GetItem(item).Open, contact.Note);
                }
                else if (contact.Outcome == ContactOutcome.Disputed)
                {
                    a = a.OpenDispute(item, contact.Date, contact.Note ?? "disputed on contact");
                }
            }

            return a;
        });
    }

    private static string Id(string prefix, ReminderIssued issued, Currency currency)
        => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{issued.Customer}-{issued.Date:yyyyMMdd}-{issued.Policy}-L{issued.Level}-{issued.Items[0]}-{currency.Code}");
}

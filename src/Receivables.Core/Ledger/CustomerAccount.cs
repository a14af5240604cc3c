using System.Globalization;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// One customer's receivables account (应收款台账 for one customer): the fold of its ordered event history. Every
/// change returns a new account and records an event; a refused change throws <see cref="LedgerException"/> and,
/// since the account is immutable, leaves nothing half-applied.
/// </summary>
/// <remarks>
/// <para>Invariants, checked by property tests: no item or credit is ever allocated more than its amount; the balance
/// per currency equals debits minus credits posted; replaying <see cref="History"/> gives an equal account; applying
/// then reversing restores every open amount.</para>
/// <para>This type is immutable and thread-safe. A change copies the account's state (plain arrays and hash maps, a
/// few microseconds for a typical account of a hundred documents) and never touches the account it was called on; for
/// bulk posting use <see cref="LedgerBuilder"/>, which changes one state in place and freezes it at the end
/// (decision 009).</para>
/// </remarks>
public sealed class CustomerAccount
{
    private readonly AccountState _state;
    private readonly DateOnly? _asOf;

    internal CustomerAccount(AccountState state, DateOnly? asOf)
    {
        _state = state;
        _asOf = asOf;
        Customer = state.Customer;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets every event, in the order recorded (recording order). Nothing is ever removed.</summary>
    /// <value>A read-only list; the same instance on every call. A posting is kept as its document and read as a new
    /// <see cref="DocumentPosted"/> each time (equal to the one recorded, with the same <see cref="Document"/> object);
    /// an application is kept as its number and read as a new <see cref="CreditApplied"/> each time, equal to the one
    /// recorded (its allocations come from the credit's settlements; a reversed one is kept whole); every other event
    /// is the object recorded. Compare events by value.</value>
    public IReadOnlyList<LedgerEvent> History => _state.Events;

    /// <summary>
    /// Gets the recording sequence number of each event in <see cref="History"/> (same index), strictly increasing:
    /// the knowledge time of the event (see <see cref="AsKnownAt(long)"/>). An account on its own numbers its events
    /// 1, 2, 3, …; an account inside a <see cref="ReceivablesLedger"/> carries the ledger-wide numbers
    /// (<see cref="ReceivablesLedger.Sequence"/>), so events of different customers are ordered too.
    /// </summary>
    public IReadOnlyList<long> Sequences => _state.Sequences;

    /// <summary>Gets every item (debits and credits), in posting order.</summary>
    /// <value>The account keeps its items as rows; each item read is a new <see cref="LedgerItem"/>, equal to any other
    /// read of the same item (decision 032). Compare items by value.</value>
    public IEnumerable<LedgerItem> Items => _state.Items;

    /// <summary>Gets the number of items: one per document posted, one per installment of a document due in
    /// installments, one per installment of a payment plan.</summary>
    public int ItemCount => _state.Items.Count;

    /// <summary>Gets the payment plans agreed in the account (<see cref="AgreePaymentPlan"/>), in recording order, as
    /// they stand (cancelled or not).</summary>
    public IReadOnlyList<PaymentPlan> PaymentPlans => _state.Plans;

    /// <summary>
    /// Gets the items of the installments of a document due in installments, or of a payment plan, in installment
    /// order: <c>INV-1/1</c>, <c>INV-1/2</c>, … for <c>INV-1</c>. Empty when <paramref name="id"/> has no installments
    /// (or is not posted).
    /// </summary>
    /// <param name="id">The document or plan id.</param>
    /// <returns>The items.</returns>
    public IReadOnlyList<LedgerItem> InstallmentsOf(DocumentId id)
        => [.. _state.InstallmentIds(id).Select(i => _state.Find(i, nameof(id)))];

    /// <summary>Gets the open debit items (what the customer owes), oldest due first, then by document date and id.</summary>
    public IEnumerable<OpenItem> OpenItems => _state.OpenDebits(currency: null, mayCompact: false).Select(i => OpenItem.From(i));

    /// <summary>Gets the credits with an amount not yet applied (unapplied cash, open credit notes), in posting order.</summary>
    public IEnumerable<LedgerItem> UnappliedCredits => Items.Where(i => i.Document.IsCredit && i.IsOpen);

    /// <summary>
    /// Gets the balance per currency: open debits minus unapplied credits, which always equals all debits posted minus
    /// all credits posted. A negative balance means the customer has paid in advance. Currencies are ordered by code;
    /// a currency appears once anything in it was posted.
    /// </summary>
    public IReadOnlyList<Money> Balances => _state.BalancesView();

    /// <summary>
    /// Gets one record per payment applied to a debit item (not reversed), in posting order of the items: the input
    /// for payment-behaviour figures such as <see cref="PaymentBehaviour"/>. Credit notes, write-offs and credit
    /// adjustments are not payments and give no record.
    /// </summary>
    /// <returns>The records.</returns>
    public IEnumerable<PaymentRecord> PaymentRecords()
        => Items
            .Where(i => i.Document.IsDebit)
            .SelectMany(i => i.Settlements
                .Where(s => _state.KindOf(s.Counterpart) == DocumentKind.Payment)
                .Select(s => new PaymentRecord(Customer, i.Id, s.Counterpart, s.Amount, i.Document.DocumentDate, i.Document.DueDate, s.Date)));

    /// <summary>Gets the number of applications recorded, reversed ones included.</summary>
    public int ApplicationCount => _state.ApplicationCount;

    /// <summary>Creates an empty account.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>An account with no history.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default.</exception>
    public static CustomerAccount Create(CustomerId customer)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("A customer id is required.", nameof(customer));
        }

        return new CustomerAccount(new AccountState(customer), null);
    }

    /// <summary>Rebuilds an account by applying <paramref name="history"/> in order, checking every event again.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="history">The events, such as another account's <see cref="History"/>.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="LedgerException">An event breaks a rule; the message says which.</exception>
    public static CustomerAccount Replay(CustomerId customer, IEnumerable<LedgerEvent> history)
    {
        Guard.NotNull(history);
        var state = Create(customer)._state;
        foreach (var e in history)
        {
            state.Append(Guard.NotNull(e, nameof(history)), state.LastSequence + 1, view: false);
        }

        return new CustomerAccount(state, null);
    }

    /// <summary>Gets the date of the view when this account is a view on a date (<see cref="AsOf(DateOnly)"/>), or
    /// <see langword="null"/> for the account as recorded.</summary>
    public DateOnly? ViewDate => _asOf;

    /// <summary>
    /// The account as it stood on a date: the state made of the events effective on or before it, in recording order.
    /// Documents dated later are absent, applications, reversals and write-offs dated later are undone, disputes and
    /// promises are as they stood.
    /// </summary>
    /// <remarks>
    /// Application numbers keep their recorded values, so a view may skip numbers of applications dated later; new
    /// applications on a view continue after the highest number it holds. A view of a view takes the earlier date.
    /// </remarks>
    /// <param name="date">The date of the view: events effective on or before it are included.</param>
    /// <returns>The account on that date.</returns>
    public CustomerAccount AsOf(DateOnly date)
    {
        var until = _asOf is { } earlier && earlier < date ? earlier : date;
        if (_state.AllDatedOnOrBefore(until))
        {
            // Nothing dated later: the view shares this (frozen) state.
            return new CustomerAccount(_state, until);
        }

        if (_state.TryViewByPrefix(until) is { } prefix)
        {
            // The usual history (dated events recorded in date order, postings and applications after the date): the
            // state after the prefix, rebuilt from this one without replaying, unchanged items shared.
            return new CustomerAccount(prefix, until);
        }

        var state = new AccountState(Customer);
        var events = _state.Events;
        var sequences = _state.Sequences;
        for (var i = 0; i < events.Count; i++)
        {
            // The date from the event's mark: postings and applications are recreated only when replayed.
            if (_state.EventDate(i) <= until)
            {
                state.Append(events[i], sequences[i], view: true);
            }
        }

        return new CustomerAccount(state, until);
    }

    /// <summary>
    /// The account as it was known at a point of the recording order: only the events recorded with a sequence number
    /// (<see cref="Sequences"/>) at or below <paramref name="sequence"/>, whatever their dates. Combine with
    /// <see cref="AsOf(DateOnly)"/> to reproduce a report "as of a date, as known then", even after back-dated postings:
    /// <c>account.AsKnownAt(s).AsOf(d)</c>.
    /// </summary>
    /// <param name="sequence">The recording point; 0 or less gives an empty account, the last number or more the whole
    /// account.</param>
    /// <returns>The account as known then (a view on a date stays a view on that date).</returns>
    public CustomerAccount AsKnownAt(long sequence)
    {
        var sequences = _state.Sequences;
        if (sequences.Count == 0 || sequences[^1] <= sequence)
        {
            return this;
        }

        // Sequence numbers grow in recording order: the events known then are the first k.
        var k = 0;
        while (k < sequences.Count && sequences[k] <= sequence)
        {
            k++;
        }

        if (_state.TryViewOfFirst(k) is { } prefix)
        {
            // The usual history (postings and applications recorded since, nothing reversed): rebuilt, not replayed.
            return new CustomerAccount(prefix, _asOf);
        }

        var state = new AccountState(Customer);
        var events = _state.Events;
        for (var i = 0; i < k; i++)
        {
            state.Append(events[i], sequences[i], view: _asOf is not null);
        }

        return new CustomerAccount(state, _asOf);
    }

    /// <summary>Gets the balance in one currency (zero if nothing was posted in it).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The balance.</returns>
    public Money BalanceIn(Currency currency)
        => _state.TryGetBalance(currency.Code, out var balance) && balance.Currency == currency ? balance : Money.Zero(currency);

    /// <summary>Looks up an item.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="item">The item when found: a new snapshot, equal to any other read of it.</param>
    /// <returns>True when posted in this account.</returns>
    public bool TryGetItem(DocumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerItem? item)
        => _state.TryGetItem(id, out item);

    /// <summary>Gets an item.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The item: a new snapshot, equal to any other read of it.</returns>
    /// <exception cref="LedgerException">No such document in this account.</exception>
    public LedgerItem GetItem(DocumentId id) => Find(id, nameof(id));

    /// <summary>Gets an application by number.</summary>
    /// <param name="applicationNumber">The number from <see cref="ApplicationResult.ApplicationNumber"/>.</param>
    /// <returns>An event equal to the one that recorded it (a new object on each call, see <see cref="History"/>).</returns>
    /// <exception cref="LedgerException">No such application.</exception>
    public CreditApplied GetApplication(int applicationNumber)
        => _state.TryGetApplication(applicationNumber, out var a)
            ? a!
            : throw new LedgerException(LedgerError.UnknownApplication, nameof(applicationNumber), string.Create(CultureInfo.InvariantCulture, $"Application {applicationNumber} does not exist in account {Customer}."));

    /// <summary>Tells whether an application was reversed.</summary>
    /// <param name="applicationNumber">The application.</param>
    /// <returns>True when reversed.</returns>
    public bool IsReversed(int applicationNumber) => _state.IsReversed(applicationNumber);

    /// <summary>Posts a document.</summary>
    /// <param name="document">The document; its customer must be this account's.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="LedgerException">The id is already posted, or the document belongs to another customer.</exception>
    public CustomerAccount Post(Document document) => Append(new DocumentPosted(Guard.NotNull(document)));

    /// <summary>
    /// Applies a credit to open items as <paramref name="policy"/> decides. What is not applied stays open on the
    /// credit (unapplied cash). The whole application is checked before anything is recorded.
    /// </summary>
    /// <param name="credit">The payment, credit note, credit adjustment or write-off to apply.</param>
    /// <param name="policy">The allocation policy, such as <see cref="AllocationPolicies.OldestDueFirst"/>.</param>
    /// <param name="date">The application date, on or after the credit's and each item's document date.</param>
    /// <returns>The result; with no allocations when there was nothing to apply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="LedgerException">The credit is unknown or a debit; or an allocation names an unknown, settled or
    /// credit item, is not positive, is in another currency, or exceeds what is open.</exception>
    public ApplicationResult Apply(DocumentId credit, IAllocationPolicy policy, DateOnly date) => ApplyAt(credit, policy, date, 0);

    /// <summary>Applies a credit, recording the event with <paramref name="sequence"/> (0: the next number of this account).</summary>
    internal ApplicationResult ApplyAt(DocumentId credit, IAllocationPolicy policy, DateOnly date, long sequence)
    {
        Guard.NotNull(policy);
        var position = _state.LocateCredit(credit, nameof(credit));
        var creditRow = _state.RowAt(position);
        var allocations = creditRow.IsOpen ? _state.Propose(policy, position, date, mayCompact: false) : [];
        if (allocations is null || allocations.Count == 0)
        {
            return new ApplicationResult(this, null, [], Money.Zero(creditRow.Document.Currency), creditRow.Open);
        }

        var number = _state.NextApplication;
        var next = AppendAt(new CreditApplied(number, credit, date, allocations), sequence);
        var applied = allocations.Aggregate(Money.Zero(creditRow.Document.Currency), (sum, a) => sum + a.Amount);
        next.TryGetItem(credit, out var after);
        return new ApplicationResult(next, number, allocations, applied, after!.Open);
    }

    /// <summary>Reverses an application: every amount it applied is open again, on the items and on the credit.</summary>
    /// <param name="applicationNumber">The application to reverse.</param>
    /// <param name="date">The reversal date, on or after the application date.</param>
    /// <param name="reason">An optional reason, kept in the history.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">The application does not exist or was already reversed.</exception>
    public CustomerAccount Reverse(int applicationNumber, DateOnly date, string? reason = null)
        => Append(new ApplicationReversed(applicationNumber, date, reason));

    /// <summary>Writes off what is open on an item (坏账核销), or part of it: posts a write-off document and applies it to
    /// the item in one step.</summary>
    /// <param name="item">The debit item to write off.</param>
    /// <param name="writeOffId">The id of the write-off document to create.</param>
    /// <param name="date">The write-off date.</param>
    /// <param name="amount">The amount to write off; the default value (null) is everything open on the item.</param>
    /// <param name="reason">An optional reason.</param>
    /// <returns>The result of applying the write-off.</returns>
    /// <exception cref="LedgerException">The item is unknown, settled or a credit; the id is taken; or the amount exceeds what is open.</exception>
    public ApplicationResult WriteOff(DocumentId item, DocumentId writeOffId, DateOnly date, Money? amount = null, string? reason = null)
    {
        var target = Find(item, nameof(item));
        if (!target.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, nameof(item), string.Create(CultureInfo.InvariantCulture, $"{item} is a credit; only debits can be written off."));
        }

        if (!target.IsOpen)
        {
            throw new LedgerException(LedgerError.ItemSettled, nameof(item), string.Create(CultureInfo.InvariantCulture, $"{item} is already settled."));
        }

        var value = amount ?? target.Open;
        if (!value.IsPositive || value.Currency != target.Open.Currency || value > target.Open)
        {
            throw new LedgerException(LedgerError.OverAllocation, nameof(amount), string.Create(CultureInfo.InvariantCulture, $"The write-off amount {value} must be positive, in {target.Open.Currency.Code} and at most the {target.Open} open on {item}."));
        }

        var posted = Post(Document.WriteOff(writeOffId, Customer, value, date, reason));
        return posted.Apply(writeOffId, AllocationPolicies.Specified(new Allocation(item, value)), date);
    }

    /// <summary>
    /// Posts a received payment and everything it settles in one atomic call: the payment; one application of the cash
    /// of all lines; per line an early-payment discount document (<see cref="DocumentKind.Discount"/>, id
    /// <c>{payment}/DISC/{item}</c>; with a tax rate, its tax share as a second one, <c>{payment}/DISC-TAX/{item}</c>,
    /// business type <c>discount.tax</c>) applied to the item; a write-off (<c>{payment}/WO/{item}</c>, its reference
    /// the reason code) applied to the item; and a deduction left open on the item and disputed, the note holding the
    /// reason code and amount. What the lines do not apply stays unapplied on the payment. All dated the payment's date.
    /// </summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The new account; on any refusal nothing is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is null.</exception>
    /// <exception cref="LedgerException">An id is taken; a line's item is unknown, a credit or settled; a line settles
    /// or holds more than is open on its item (field <c>lines[i]</c>); an item with a deduction is already disputed.</exception>
    public CustomerAccount PostReceipt(Receipt receipt)
    {
        Guard.NotNull(receipt);
        var payment = receipt.Payment;
        var date = payment.DocumentDate;
        for (var i = 0; i < receipt.Lines.Length; i++)
        {
            var line = receipt.Lines[i];
            var field = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"lines[{i}]");
            if (!_state.TryGetItem(line.Item, out var target))
            {
                throw new LedgerException(LedgerError.UnknownDocument, field + ".Item", string.Create(CultureInfo.InvariantCulture, $"Document '{line.Item}' is not posted in account {Customer}."));
            }

            if (!target.Document.IsDebit)
            {
                throw new LedgerException(LedgerError.WrongDirection, field + ".Item", string.Create(CultureInfo.InvariantCulture, $"{line.Item} is a credit; a receipt settles debits."));
            }

            if (target.Document.Currency != payment.Currency || line.Total > target.Open)
            {
                throw new LedgerException(LedgerError.OverAllocation, field, string.Create(CultureInfo.InvariantCulture, $"The line settles or holds {line.Total} on {line.Item}, which has {target.Open} open."));
            }
        }

        var state = _state.Clone();
        var view = _asOf is not null;
        void Record(LedgerEvent e) => state.Append(e, state.LastSequence + 1, view);
        void PostAndApply(Document document, DocumentId item)
        {
            Record(new DocumentPosted(document));
            Record(new CreditApplied(state.NextApplication, document.Id, date, [new Allocation(item, document.Amount)]));
        }

        Record(new DocumentPosted(payment));
        var cash = receipt.Lines.Where(l => l.Cash.IsPositive).Select(l => new Allocation(l.Item, l.Cash)).ToList();
        if (cash.Count > 0)
        {
            Record(new CreditApplied(state.NextApplication, payment.Id, date, cash));
        }

        foreach (var line in receipt.Lines)
        {
            if (line.Discount.IsPositive)
            {
                var tax = line.DiscountTaxRate is { } rate && rate > 0m
                    ? line.Discount - (line.Discount / (1m + rate)).Round()
                    : Money.Zero(line.Discount.Currency);
                var net = line.Discount - tax;
                if (net.IsPositive)
                {
                    PostAndApply(Document.Discount(new(string.Create(CultureInfo.InvariantCulture, $"{payment.Id}/DISC/{line.Item}")), Customer, net, date, line.Item.Value), line.Item);
                }

                if (tax.IsPositive)
                {
                    PostAndApply(Document.Discount(new(string.Create(CultureInfo.InvariantCulture, $"{payment.Id}/DISC-TAX/{line.Item}")), Customer, tax, date, line.Item.Value, "discount.tax"), line.Item);
                }
            }

            if (line.WriteOff.IsPositive)
            {
                PostAndApply(Document.WriteOff(new(string.Create(CultureInfo.InvariantCulture, $"{payment.Id}/WO/{line.Item}")), Customer, line.WriteOff, date, line.WriteOffReason!.Code), line.Item);
            }

            if (line.Deduction.IsPositive)
            {
                Record(new DisputeOpened(line.Item, date, string.Create(CultureInfo.InvariantCulture, $"{line.DeductionReason!.Code}: {line.Deduction} deducted by {payment.Id} ({line.DeductionReason.Text})")));
            }
        }

        return new CustomerAccount(state, _asOf);
    }

    /// <summary>Marks an item as disputed (有争议).</summary>
    /// <param name="item">The debit item.</param>
    /// <param name="date">The date the dispute was raised.</param>
    /// <param name="note">What is disputed; not empty.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    /// <exception cref="LedgerException">The item is unknown, a credit, or already disputed.</exception>
    public CustomerAccount OpenDispute(DocumentId item, DateOnly date, string note)
        => Append(new DisputeOpened(item, date, Guard.NotBlank(note)));

    /// <summary>Resolves the dispute on an item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">The item is unknown or not disputed.</exception>
    public CustomerAccount ResolveDispute(DocumentId item, DateOnly date, string? note = null)
        => Append(new DisputeResolved(item, date, note));

    /// <summary>Records a promise to pay (承诺付款) an item by a date, replacing any earlier promise on it.</summary>
    /// <param name="item">The open debit item.</param>
    /// <param name="date">The date the promise was made.</param>
    /// <param name="promisedDate">The date payment was promised by, on or after <paramref name="date"/>.</param>
    /// <param name="amount">The amount promised, positive and at most what is open.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">The item is unknown, settled or a credit; the amount or dates are wrong.</exception>
    public CustomerAccount RecordPromise(DocumentId item, DateOnly date, DateOnly promisedDate, Money amount, string? note = null)
        => Append(new PromiseToPayRecorded(item, date, promisedDate, amount, note));

    /// <summary>Keeps a host's or a module's own record in the history (see <see cref="LedgerAnnotation"/>).</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The account with the annotation appended; balances and items are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotation"/> is null.</exception>
    /// <exception cref="LedgerException">The annotation names a document that is not posted in this account.</exception>
    public CustomerAccount Annotate(LedgerAnnotation annotation) => Append(Guard.NotNull(annotation));

    /// <summary>
    /// How the last promise to pay on an item stands on a date: kept, partly kept (a promise of 500 paid 300 by the
    /// promised date is partly kept, not broken), broken, pending or cleared. Paid counts the payments applied to the
    /// item from the day of the promise to the promised date, as they stand in this account (reversed ones excluded).
    /// A promise is still found after the item is settled (settling clears <see cref="LedgerItem.Promise"/>).
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <returns>The status, or <see langword="null"/> when no promise on the item was recorded on or before the date.</returns>
    /// <exception cref="LedgerException">The item is not posted in this account.</exception>
    public PromiseStatus? PromiseStatus(DocumentId item, DateOnly asOf)
    {
        var target = Find(item, nameof(item));
        PromiseToPayRecorded? last = null;
        var cleared = false;
        foreach (var e in _state.Events)
        {
            if (e.Date > asOf)
            {
                continue;
            }

            if (e is PromiseToPayRecorded recorded && recorded.Item == item)
            {
                last = recorded;
                cleared = false;
            }
            else if (e is PromiseToPayCleared clear && clear.Item == item && last is not null)
            {
                cleared = true;
            }
        }

        if (last is null)
        {
            return null;
        }

        var promise = new PromiseToPay(last.RecordedOn, last.PromisedDate, last.Amount, last.Note);
        var until = asOf < last.PromisedDate ? asOf : last.PromisedDate;
        var paid = Money.Zero(last.Amount.Currency);
        foreach (var settlement in target.Settlements)
        {
            if (settlement.Date >= last.RecordedOn && settlement.Date <= until
                && _state.KindOf(settlement.Counterpart) == DocumentKind.Payment)
            {
                paid += settlement.Amount;
            }
        }

        var state = paid >= last.Amount ? PromiseState.Kept
            : cleared ? PromiseState.Cleared
            : asOf <= last.PromisedDate ? PromiseState.Pending
            : paid.IsPositive ? PromiseState.PartlyKept
            : PromiseState.Broken;
        return new PromiseStatus(item, promise, paid, state);
    }

    /// <summary>
    /// Extends the due date of an open item (延期): from <paramref name="date"/> on it is due on
    /// <paramref name="newDueDate"/>; aging, reminders and oldest-due-first allocation follow the new date, views on
    /// earlier dates keep the old one, and <see cref="LedgerItem.OriginalDueDate"/> keeps the date posted.
    /// </summary>
    /// <param name="item">The open debit item; for a document due in installments, one installment (<c>INV-1/2</c>).</param>
    /// <param name="newDueDate">The new due date, after the item's current due date.</param>
    /// <param name="date">The date the extension was granted, on or after the item's document date.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">The item is unknown (field <c>item</c>), a credit or settled; the new due date
    /// is not after the current one (field <c>newDueDate</c>); the date is before the document (field <c>date</c>).</exception>
    public CustomerAccount ExtendDueDate(DocumentId item, DateOnly newDueDate, DateOnly date, string? note = null)
        => Append(new DueDateExtended(item, newDueDate, date, note));

    /// <summary>
    /// Agrees a payment plan: everything open on <paramref name="items"/> is restructured into
    /// <paramref name="installments"/>, which must add up to it exactly. The items are closed by the plan; the
    /// installments become open items <c>{plan}/1</c>, <c>{plan}/2</c>, … dated <paramref name="date"/>, each due on its
    /// own date, with the plan id as reference and the items' ids as further references (so a payment quoting an old
    /// invoice number still finds them). See <see cref="PaymentPlanAgreed"/> and decision 016.
    /// </summary>
    /// <param name="plan">The plan's id, unused in the ledger.</param>
    /// <param name="date">The agreement date: on or after every item's document date and every application or reversal
    /// already recorded on them.</param>
    /// <param name="items">The open debit items, in one currency.</param>
    /// <param name="installments">The new installments, due on or after <paramref name="date"/>, ascending.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="installments"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="PaymentPlanAgreed"/>'s constructor: the installments do not
    /// add up to what is open, an installment is malformed (field <c>installments[i].…</c>) …</exception>
    /// <exception cref="LedgerException">An item is unknown, a credit or settled (field <c>items[i].Item</c>); the plan
    /// id is taken (field <c>plan</c>); the date is too early (field <c>date</c>).</exception>
    public CustomerAccount AgreePaymentPlan(DocumentId plan, DateOnly date, IEnumerable<DocumentId> items, IEnumerable<Installment> installments, string? note = null)
    {
        Guard.NotNull(items);
        var closed = items.Select((id, i) => new Allocation(id, _state.Find(id, string.Create(CultureInfo.InvariantCulture, $"items[{i}].Item")).Open)).ToList();
        return Append(new PaymentPlanAgreed(plan, date, closed, Guard.NotNull(installments), note));
    }

    /// <summary>
    /// Cancels a payment plan, or records it as broken. Its installments stay open items; with
    /// <paramref name="accelerate"/> every open installment due later becomes due on <paramref name="date"/>. The items
    /// the plan closed stay closed.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="date">The date, on or after the agreement.</param>
    /// <param name="accelerate">Whether the open installments fall due on <paramref name="date"/>; the default value is
    /// <see langword="false"/> (each stays due on its own date).</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">No such plan (field <c>plan</c>, <see cref="LedgerError.UnknownDocument"/>), it
    /// is already cancelled (<see cref="LedgerError.PlanState"/>), or the date is before the agreement.</exception>
    public CustomerAccount CancelPaymentPlan(DocumentId plan, DateOnly date, bool accelerate = false, string? note = null)
        => Append(new PaymentPlanCancelled(plan, date, accelerate, note));

    /// <summary>Clears the promise to pay on an item (withdrawn or broken).</summary>
    /// <param name="item">The item.</param>
    /// <param name="date">The date.</param>
    /// <param name="note">An optional note, such as "broken".</param>
    /// <returns>The new account.</returns>
    /// <exception cref="LedgerException">The item is unknown or has no promise.</exception>
    public CustomerAccount ClearPromise(DocumentId item, DateOnly date, string? note = null)
        => Append(new PromiseToPayCleared(item, date, note));

    /// <summary>
    /// Applies one event after checking it against the current state: the single mechanism behind every change and
    /// behind <see cref="Replay"/>.
    /// </summary>
    /// <param name="ledgerEvent">The event.</param>
    /// <returns>The new account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerEvent"/> is null.</exception>
    /// <exception cref="LedgerException">The event breaks a rule.</exception>
    public CustomerAccount Append(LedgerEvent ledgerEvent)
    {
        Guard.NotNull(ledgerEvent);
        return AppendAt(ledgerEvent, 0);
    }

    /// <summary>Appends an event recorded with <paramref name="sequence"/> (0: the next number of this account).</summary>
    internal CustomerAccount AppendAt(LedgerEvent ledgerEvent, long sequence)
    {
        var state = _state.Clone();
        state.Append(ledgerEvent, sequence > 0 ? sequence : state.LastSequence + 1, view: _asOf is not null);
        return new CustomerAccount(state, _asOf);
    }

    /// <summary>Gives the events from <paramref name="from"/> on the ledger's sequence numbers from <paramref name="first"/>.</summary>
    internal CustomerAccount Restamped(int from, long first)
    {
        if (from >= _state.Events.Count)
        {
            return this;
        }

        var state = _state.Clone();
        state.Restamp(from, first);
        return new CustomerAccount(state, _asOf);
    }

    /// <summary>Tells whether this account is <paramref name="before"/> with zero or more events appended.</summary>
    internal bool Extends(CustomerAccount before)
    {
        if (ReferenceEquals(_state, before._state))
        {
            return _asOf == before._asOf;
        }

        var mine = _state.Events;
        var theirs = before._state.Events;
        if (_asOf != before._asOf || Customer != before.Customer || mine.Count < theirs.Count)
        {
            return false;
        }

        for (var i = 0; i < theirs.Count; i++)
        {
            if (!_state.SameEvent(i, before._state))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The views on each of <paramref name="dates"/> (ascending), as <see cref="AsOf"/> makes them: shared when nothing is
    /// dated later, rebuilt from the prefix in the usual history, and otherwise replayed, all such dates in one pass over
    /// the history.
    /// </summary>
    internal CustomerAccount[] SnapshotViews(DateOnly[] dates)
    {
        var events = _state.Events;
        var sequences = _state.Sequences;
        var views = new CustomerAccount[dates.Length];
        var until = new DateOnly[dates.Length];
        var states = new AccountState?[dates.Length];
        var replays = 0;
        for (var j = 0; j < dates.Length; j++)
        {
            until[j] = _asOf is { } earlier && earlier < dates[j] ? earlier : dates[j];
            if (_state.AllDatedOnOrBefore(until[j]))
            {
                views[j] = new CustomerAccount(_state, until[j]);
            }
            else if (_state.TryViewByPrefix(until[j]) is { } prefix)
            {
                views[j] = new CustomerAccount(prefix, until[j]);
            }
            else
            {
                states[j] = new AccountState(Customer);
                replays++;
            }
        }

        for (var i = 0; replays > 0 && i < events.Count; i++)
        {
            var date = _state.EventDate(i);
            if (until[^1] < date)
            {
                continue;
            }

            // Read once: a posting or an application is recreated on each read.
            var e = events[i];
            for (var j = dates.Length - 1; j >= 0 && until[j] >= date; j--)
            {
                states[j]?.Append(e, sequences[i], view: true);
            }
        }

        for (var j = 0; j < dates.Length; j++)
        {
            if (states[j] is { } state)
            {
                views[j] = new CustomerAccount(state, until[j]);
            }
        }

        return views;
    }

    /// <summary>Gets the state (frozen: never mutate it) for the ledger and its builder.</summary>
    internal AccountState State => _state;

    private LedgerItem Find(DocumentId id, string field) => _state.Find(id, field);
}

using System.Collections.Immutable;
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
/// <para>This type is immutable and thread-safe. Changes cost O(log n) in the number of items.</para>
/// </remarks>
public sealed class CustomerAccount
{
    private readonly ImmutableDictionary<DocumentId, LedgerItem> _items;
    private readonly ImmutableList<DocumentId> _postingOrder;
    private readonly ImmutableDictionary<int, CreditApplied> _applications;
    private readonly ImmutableHashSet<int> _reversed;
    private readonly ImmutableSortedDictionary<string, Money> _balances;
    private readonly int _nextApplication;
    private readonly DateOnly? _asOf;

    private CustomerAccount(
        CustomerId customer,
        ImmutableList<LedgerEvent> history,
        ImmutableDictionary<DocumentId, LedgerItem> items,
        ImmutableList<DocumentId> postingOrder,
        ImmutableDictionary<int, CreditApplied> applications,
        ImmutableHashSet<int> reversed,
        ImmutableSortedDictionary<string, Money> balances,
        int nextApplication,
        DateOnly? asOf)
    {
        Customer = customer;
        History = history;
        _items = items;
        _postingOrder = postingOrder;
        _applications = applications;
        _reversed = reversed;
        _balances = balances;
        _nextApplication = nextApplication;
        _asOf = asOf;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets every event, in the order applied. Nothing is ever removed.</summary>
    public ImmutableList<LedgerEvent> History { get; }

    /// <summary>Gets every item (debits and credits), in posting order.</summary>
    public IEnumerable<LedgerItem> Items => _postingOrder.Select(id => _items[id]);

    /// <summary>Gets the open debit items (what the customer owes), oldest due first, then by document date and id.</summary>
    public IEnumerable<OpenItem> OpenItems => OpenDebits(currency: null).Select(i => OpenItem.From(i));

    /// <summary>Gets the credits with an amount not yet applied (unapplied cash, open credit notes), in posting order.</summary>
    public IEnumerable<LedgerItem> UnappliedCredits => Items.Where(i => i.Document.IsCredit && i.IsOpen);

    /// <summary>
    /// Gets the balance per currency: open debits minus unapplied credits, which always equals all debits posted minus
    /// all credits posted. A negative balance means the customer has paid in advance. Currencies are ordered by code;
    /// a currency appears once anything in it was posted.
    /// </summary>
    public IReadOnlyList<Money> Balances => [.. _balances.Values];

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
                .Where(s => _items[s.Counterpart].Document.Kind == DocumentKind.Payment)
                .Select(s => new PaymentRecord(Customer, i.Id, s.Counterpart, s.Amount, i.Document.DocumentDate, i.Document.DueDate, s.Date)));

    /// <summary>Gets the number of applications recorded, reversed ones included.</summary>
    public int ApplicationCount => _applications.Count;

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

        return new CustomerAccount(
            customer,
            [],
            ImmutableDictionary<DocumentId, LedgerItem>.Empty,
            [],
            ImmutableDictionary<int, CreditApplied>.Empty,
            [],
            ImmutableSortedDictionary.Create<string, Money>(StringComparer.Ordinal),
            1,
            null);
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
        var account = Create(customer);
        foreach (var e in history)
        {
            account = account.Append(e);
        }

        return account;
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
        var account = new CustomerAccount(
            Customer,
            [],
            ImmutableDictionary<DocumentId, LedgerItem>.Empty,
            [],
            ImmutableDictionary<int, CreditApplied>.Empty,
            [],
            ImmutableSortedDictionary.Create<string, Money>(StringComparer.Ordinal),
            1,
            until);
        foreach (var e in History)
        {
            if (e.Date <= until)
            {
                account = account.Append(e);
            }
        }

        return account;
    }

    /// <summary>Gets the balance in one currency (zero if nothing was posted in it).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The balance.</returns>
    public Money BalanceIn(Currency currency)
        => _balances.TryGetValue(currency.Code, out var balance) && balance.Currency == currency ? balance : Money.Zero(currency);

    /// <summary>Looks up an item.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="item">The item when found.</param>
    /// <returns>True when posted in this account.</returns>
    public bool TryGetItem(DocumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerItem? item)
        => _items.TryGetValue(id, out item);

    /// <summary>Gets an item.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="LedgerException">No such document in this account.</exception>
    public LedgerItem GetItem(DocumentId id) => Find(id, nameof(id));

    /// <summary>Gets an application by number.</summary>
    /// <param name="applicationNumber">The number from <see cref="ApplicationResult.ApplicationNumber"/>.</param>
    /// <returns>The event that recorded it.</returns>
    /// <exception cref="LedgerException">No such application.</exception>
    public CreditApplied GetApplication(int applicationNumber)
        => _applications.TryGetValue(applicationNumber, out var a)
            ? a
            : throw new LedgerException(LedgerError.UnknownApplication, nameof(applicationNumber), $"Application {applicationNumber} does not exist in account {Customer}.");

    /// <summary>Tells whether an application was reversed.</summary>
    /// <param name="applicationNumber">The application.</param>
    /// <returns>True when reversed.</returns>
    public bool IsReversed(int applicationNumber) => _reversed.Contains(applicationNumber);

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
    public ApplicationResult Apply(DocumentId credit, IAllocationPolicy policy, DateOnly date)
    {
        Guard.NotNull(policy);
        var creditItem = Find(credit, nameof(credit));
        if (creditItem.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, nameof(credit), $"{credit} is a debit ({creditItem.Document.Kind}); only credits can be applied.");
        }

        var candidates = OpenDebits(creditItem.Document.Currency).ToList();
        var allocations = creditItem.IsOpen ? policy.Allocate(new AllocationArguments(creditItem, candidates, date)) : [];
        if (allocations is null || allocations.Count == 0)
        {
            return new ApplicationResult(this, null, [], Money.Zero(creditItem.Document.Currency), creditItem.Open);
        }

        var number = _nextApplication;
        var next = Append(new CreditApplied(number, credit, date, allocations));
        var applied = allocations.Aggregate(Money.Zero(creditItem.Document.Currency), (sum, a) => sum + a.Amount);
        return new ApplicationResult(next, number, allocations, applied, next._items[credit].Open);
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
            throw new LedgerException(LedgerError.WrongDirection, nameof(item), $"{item} is a credit; only debits can be written off.");
        }

        if (!target.IsOpen)
        {
            throw new LedgerException(LedgerError.ItemSettled, nameof(item), $"{item} is already settled.");
        }

        var value = amount ?? target.Open;
        if (!value.IsPositive || value.Currency != target.Open.Currency || value > target.Open)
        {
            throw new LedgerException(LedgerError.OverAllocation, nameof(amount), $"The write-off amount {value} must be positive, in {target.Open.Currency.Code} and at most the {target.Open} open on {item}.");
        }

        var posted = Post(Document.WriteOff(writeOffId, Customer, value, date, reason));
        return posted.Apply(writeOffId, AllocationPolicies.Specified(new Allocation(item, value)), date);
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
        return ledgerEvent switch
        {
            DocumentPosted e => WhenPosted(e),
            CreditApplied e => WhenApplied(e),
            ApplicationReversed e => WhenReversed(e),
            DisputeOpened e => WithItem(e, e.Item, DisputeOpen(e)),
            DisputeResolved e => WithItem(e, e.Item, DisputeClose(e)),
            PromiseToPayRecorded e => WithItem(e, e.Item, PromiseRecord(e)),
            PromiseToPayCleared e => WithItem(e, e.Item, PromiseClear(e)),
            LedgerAnnotation e => WhenAnnotated(e),
            _ => throw new ArgumentException($"Unknown event type {ledgerEvent.GetType().Name}.", nameof(ledgerEvent)),
        };
    }

    private IEnumerable<LedgerItem> OpenDebits(Currency? currency)
        => _items.Values
            .Where(i => i.Document.IsDebit && i.IsOpen && (currency is null || i.Document.Currency == currency.Value))
            .OrderBy(i => i.Document.DueDate)
            .ThenBy(i => i.Document.DocumentDate)
            .ThenBy(i => i.Id);

    private LedgerItem Find(DocumentId id, string field)
        => _items.TryGetValue(id, out var item)
            ? item
            : throw new LedgerException(LedgerError.UnknownDocument, field, $"Document '{id}' is not posted in account {Customer}.");

    private CustomerAccount With(LedgerEvent e, ImmutableDictionary<DocumentId, LedgerItem>? items = null, ImmutableList<DocumentId>? order = null, ImmutableDictionary<int, CreditApplied>? applications = null, ImmutableHashSet<int>? reversed = null, ImmutableSortedDictionary<string, Money>? balances = null)
        => new(Customer, History.Add(e), items ?? _items, order ?? _postingOrder, applications ?? _applications, reversed ?? _reversed, balances ?? _balances, e is CreditApplied a ? a.ApplicationNumber + 1 : _nextApplication, _asOf);

    private CustomerAccount WhenPosted(DocumentPosted e)
    {
        var document = e.Document;
        if (document.Customer != Customer)
        {
            throw new LedgerException(LedgerError.CustomerMismatch, "document.Customer", $"Document {document.Id} belongs to customer {document.Customer}, not {Customer}.");
        }

        if (_items.ContainsKey(document.Id))
        {
            throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", $"Document id '{document.Id}' is already posted in account {Customer}.");
        }

        var code = document.Currency.Code;
        if (_balances.TryGetValue(code, out var existing) && existing.Currency != document.Currency)
        {
            throw new LedgerException(LedgerError.CurrencyMismatch, "document.Amount", $"Currency {code} was already used with {existing.Currency.MinorUnits} minor units.");
        }

        var balance = (_balances.TryGetValue(code, out var b) ? b : Money.Zero(document.Currency)) + document.SignedAmount;
        var item = new LedgerItem(document, document.Amount, null, null, null, []);
        return With(e, items: _items.Add(document.Id, item), order: _postingOrder.Add(document.Id), balances: _balances.SetItem(code, balance));
    }

    private CustomerAccount WhenApplied(CreditApplied e)
    {
        if (_asOf is null ? e.ApplicationNumber != _nextApplication : e.ApplicationNumber < _nextApplication)
        {
            throw new LedgerException(LedgerError.UnknownApplication, "ApplicationNumber", $"The next application in account {Customer} is number {_nextApplication}, not {e.ApplicationNumber}.");
        }

        var credit = Find(e.Credit, "credit");
        if (credit.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, "credit", $"{e.Credit} is a debit; only credits can be applied.");
        }

        if (e.Date < credit.Document.DocumentDate)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", $"Application date {e.Date:yyyy-MM-dd} is before {e.Credit}'s date {credit.Document.DocumentDate:yyyy-MM-dd}.");
        }

        if (e.Allocations.IsDefaultOrEmpty)
        {
            throw new LedgerException(LedgerError.InvalidAmount, "allocations", "An application needs at least one allocation.");
        }

        var currency = credit.Document.Currency;
        var items = _items.ToBuilder();
        var total = Money.Zero(currency);
        for (var i = 0; i < e.Allocations.Length; i++)
        {
            var allocation = e.Allocations[i];
            var field = $"allocations[{i}]";
            if (!items.TryGetValue(allocation.Item, out var target))
            {
                throw new LedgerException(LedgerError.UnknownDocument, field + ".Item", $"Document '{allocation.Item}' is not posted in account {Customer}.");
            }

            if (!target.Document.IsDebit)
            {
                throw new LedgerException(LedgerError.WrongDirection, field + ".Item", $"{allocation.Item} is a credit; credits are applied to debits only.");
            }

            if (allocation.Amount.Currency != currency)
            {
                throw new LedgerException(LedgerError.CurrencyMismatch, field + ".Amount", $"{allocation.Amount} is not in {currency.Code}, the currency of {e.Credit}.");
            }

            if (target.Document.Currency != currency)
            {
                throw new LedgerException(LedgerError.CurrencyMismatch, field + ".Item", $"{allocation.Item} is in {target.Document.Currency.Code}; {e.Credit} is in {currency.Code}.");
            }

            if (!allocation.Amount.IsPositive || !allocation.Amount.IsRounded)
            {
                throw new LedgerException(LedgerError.InvalidAmount, field + ".Amount", $"Allocation amount {allocation.Amount} must be positive and in whole minor units.");
            }

            if (!target.IsOpen)
            {
                throw new LedgerException(LedgerError.ItemSettled, field + ".Item", $"{allocation.Item} is already settled.");
            }

            if (allocation.Amount > target.Open)
            {
                throw new LedgerException(LedgerError.OverAllocation, field + ".Amount", $"{allocation.Amount} exceeds the {target.Open} open on {allocation.Item}.");
            }

            if (e.Date < target.Document.DocumentDate)
            {
                throw new LedgerException(LedgerError.InvalidDate, "date", $"Application date {e.Date:yyyy-MM-dd} is before {allocation.Item}'s date {target.Document.DocumentDate:yyyy-MM-dd}.");
            }

            var open = target.Open - allocation.Amount;
            items[allocation.Item] = target.With(
                open: open,
                settledOn: open.IsZero ? e.Date : null,
                clearPromise: open.IsZero,
                settlements: target.Settlements.Add(new ItemSettlement(e.ApplicationNumber, e.Credit, allocation.Amount, e.Date)));
            total += allocation.Amount;
        }

        if (total > credit.Open)
        {
            throw new LedgerException(LedgerError.OverAllocation, "allocations", $"The allocations add up to {total}, more than the {credit.Open} open on {e.Credit}.");
        }

        var creditOpen = credit.Open - total;
        var creditSettlements = credit.Settlements.AddRange(e.Allocations.Select(a => new ItemSettlement(e.ApplicationNumber, a.Item, a.Amount, e.Date)));
        items[e.Credit] = credit.With(open: creditOpen, settledOn: creditOpen.IsZero ? e.Date : null, settlements: creditSettlements);
        return With(e, items: items.ToImmutable(), applications: _applications.Add(e.ApplicationNumber, e));
    }

    private CustomerAccount WhenAnnotated(LedgerAnnotation e)
    {
        if (e.Item is { } item)
        {
            Find(item, "item");
        }

        return With(e);
    }

    private CustomerAccount WhenReversed(ApplicationReversed e)
    {
        var application = GetApplication(e.ApplicationNumber);
        if (_reversed.Contains(e.ApplicationNumber))
        {
            throw new LedgerException(LedgerError.AlreadyReversed, "applicationNumber", $"Application {e.ApplicationNumber} was already reversed.");
        }

        if (e.ReversedOn < application.Date)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", $"Reversal date {e.ReversedOn:yyyy-MM-dd} is before the application date {application.Date:yyyy-MM-dd}.");
        }

        var items = _items.ToBuilder();
        var total = Money.Zero(items[application.Credit].Document.Currency);
        foreach (var allocation in application.Allocations)
        {
            var target = items[allocation.Item];
            items[allocation.Item] = target.With(
                open: target.Open + allocation.Amount,
                clearSettled: true,
                settlements: target.Settlements.RemoveAll(s => s.ApplicationNumber == e.ApplicationNumber));
            total += allocation.Amount;
        }

        var credit = items[application.Credit];
        items[application.Credit] = credit.With(
            open: credit.Open + total,
            clearSettled: true,
            settlements: credit.Settlements.RemoveAll(s => s.ApplicationNumber == e.ApplicationNumber));
        return With(e, items: items.ToImmutable(), reversed: _reversed.Add(e.ApplicationNumber));
    }

    private CustomerAccount WithItem(LedgerEvent e, DocumentId id, Func<LedgerItem, LedgerItem> change)
    {
        var item = Find(id, "item");
        if (!item.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, "item", $"{id} is a credit; disputes and promises concern debit items.");
        }

        return With(e, items: _items.SetItem(id, change(item)));
    }

    private static Func<LedgerItem, LedgerItem> DisputeOpen(DisputeOpened e) => item => item.IsDisputed
        ? throw new LedgerException(LedgerError.DisputeState, "item", $"{e.Item} is already disputed since {item.Dispute!.OpenedOn:yyyy-MM-dd}.")
        : item.With(dispute: new ItemDispute(e.OpenedOn, e.Note));

    private static Func<LedgerItem, LedgerItem> DisputeClose(DisputeResolved e) => item => item.IsDisputed
        ? item.With(clearDispute: true)
        : throw new LedgerException(LedgerError.DisputeState, "item", $"{e.Item} is not disputed.");

    private static Func<LedgerItem, LedgerItem> PromiseRecord(PromiseToPayRecorded e) => item =>
    {
        if (!item.IsOpen)
        {
            throw new LedgerException(LedgerError.ItemSettled, "item", $"{e.Item} is already settled.");
        }

        if (e.PromisedDate < e.RecordedOn)
        {
            throw new LedgerException(LedgerError.InvalidDate, "promisedDate", $"The promised date {e.PromisedDate:yyyy-MM-dd} is before the date of the promise {e.RecordedOn:yyyy-MM-dd}.");
        }

        if (e.Amount.Currency != item.Open.Currency || !e.Amount.IsPositive || e.Amount > item.Open)
        {
            throw new LedgerException(LedgerError.InvalidAmount, "amount", $"The promised amount {e.Amount} must be positive, in {item.Open.Currency.Code} and at most the {item.Open} open on {e.Item}.");
        }

        return item.With(promise: new PromiseToPay(e.RecordedOn, e.PromisedDate, e.Amount, e.Note));
    };

    private static Func<LedgerItem, LedgerItem> PromiseClear(PromiseToPayCleared e) => item => item.Promise is null
        ? throw new LedgerException(LedgerError.NoPromise, "item", $"{e.Item} has no promise to pay to clear.")
        : item.With(clearPromise: true);
}

using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
namespace Receivables.Ledger;

/// <summary>
/// The mutable fold behind <see cref="CustomerAccount"/> and <see cref="LedgerBuilder"/>: one customer's items, events,
/// applications and balances in plain lists and hash maps, and per currency the open debits ordered oldest due first.
/// </summary>
/// <remarks>
/// <para>Ownership rule: a state is mutated only by its single owner (a builder, or an operation working on a fresh
/// <see cref="Clone"/>); once a <see cref="CustomerAccount"/> wraps it, it is never mutated again, so accounts stay
/// immutable and thread-safe. <see cref="Append"/> checks the whole event before it changes anything, so a refused
/// event leaves the state exactly as it was.</para>
/// <para>Items and settlements are rows (<see cref="ItemRow"/>, <see cref="SettlementRow"/>): structs in per-account
/// lists, so a built ledger holds no object per item or settlement (decision 032); a <see cref="LedgerItem"/> is made
/// when an item is read. Beside them, compact marks (plain structs in parallel lists) hold what views and the open
/// lists read most: per event its day, kind and the item count after it; per item its open and listed flags and the
/// number of its last settlement's application, and (never changing once posted) its currency, whether it is a debit
/// and, for a document's first item, the signed amount posted. They let <see cref="TryViewByPrefix"/> and the open
/// lists work without touching the events and documents (which, spread over the heap, cost a cache miss each). Events,
/// their marks and the unchanging item facts are append-only, so a view shares its parent's arrays
/// (<see cref="PrefixList{T}"/>).</para>
/// <para>The open-debit lists keep positions sorted by (due date, document date, id). Settled items stay in the list
/// (lazy deletion) until a collecting pass finds more dead entries than live ones and compacts it; an item reopened by
/// a reversal is inserted again when it is no longer listed.</para>
/// </remarks>
internal sealed class AccountState
{
    private const byte Listed = 1;
    private const byte Debit = 2;
    private const byte Open = 4;
    private const byte PostedFirst = 8;

    private const byte OtherEvent = 0;
    private const byte PostedEvent = 1;
    private const byte PostedInParts = 2;
    private const byte AppliedEvent = 3;
    private const byte PromiseEvent = 4;
    private const byte PlanEvent = 5;

    /// <summary>The highest application number an account holds (an event mark keeps it in 28 bits).</summary>
    private const int MaxApplication = (1 << 28) - 1;

    // What the marks cannot give back: a posting is read from its item's document (decision 030) and an application
    // from its number and its credit's settlements (decision 031), both recreated when read (EventList), equal to the
    // ones appended. Only a document posted in installments (kept as the document) and every other event are kept
    // here, the mark holding the index; so an account keeps no reference per posting or application (decision 032).
    private readonly PrefixList<object> _kept;
    private readonly EventList _eventList;
    private readonly PrefixList<long> _sequences;
    private readonly PrefixList<ItemRow> _items;
    private readonly ItemList _itemList;
    /// <summary>Every item's settlements, as chains (one row per allocation, in its debit's chain and its credit's): an
    /// item's last is at <see cref="ItemRow.LastSettlement"/> - 1, each
    /// links to the one before it (decision 032). Appended in recording order; a reversal unlinks its own.</summary>
    private readonly PrefixList<SettlementRow> _settlements;
    private readonly PrefixList<ItemMark> _marks;
    private readonly PrefixList<ItemFacts> _facts;
    private readonly PrefixList<EventMark> _eventMarks;
    private readonly List<Currency> _currencies;
    /// <summary>Id to position; a view made by <see cref="TryViewByPrefix"/> shares its parent's (positions at or past
    /// the view's item count are not in the view: read it through <see cref="TryPosition"/> only).</summary>
    private readonly PositionIndex _index;
    private readonly bool _indexShared;
    /// <summary>Application n at index n - 1 (numbers only grow; a view may skip some, left empty): where its credit is,
    /// and the event itself once reversed (its settlements are gone then).</summary>
    private readonly PrefixList<ApplicationEntry> _applications;
    private readonly Dictionary<int, DateOnly> _reversed;
    private readonly List<Money> _balances;
    private readonly List<OpenList> _open;
    private readonly Dictionary<DocumentId, DocumentId[]> _groups;
    private readonly List<PaymentPlan> _plans;

    /// <summary>An empty account with room for <paramref name="room"/> (none by default) before its lists grow.</summary>
    public AccountState(CustomerId customer, AccountSize room = default)
    {
        Customer = customer;
        _kept = new();
        _eventList = new(this);
        _sequences = new(room.Events);
        _items = new(room.Items);
        _itemList = new(this);
        _settlements = new(room.Settlements);
        _marks = new(room.Items);
        _facts = new(room.Items);
        _eventMarks = new(room.Events);
        _currencies = [];
        _index = new(room.Items);
        _applications = new();
        _reversed = [];
        _balances = [];
        _open = [];
        _groups = [];
        _plans = [];
        NextApplication = 1;
    }

    /// <summary>
    /// A view's state over the first <paramref name="events"/> events, <paramref name="items"/> items and
    /// <paramref name="applications"/> application numbers of a frozen <paramref name="parent"/> (see
    /// <see cref="TryViewByPrefix"/>): what is append-only or the same in the view is shared, not copied. The parent has
    /// no reversals, and every plan and plan change is in the prefix.
    /// </summary>
    private AccountState(AccountState parent, int events, int kept, int items, int applications)
    {
        Customer = parent.Customer;
        _kept = parent._kept.Prefix(kept);
        _eventList = new(this);
        _sequences = parent._sequences.Prefix(events);
        _eventMarks = parent._eventMarks.Prefix(events);
        _facts = parent._facts.Prefix(items);
        _applications = parent._applications.Prefix(applications);
        _index = parent._index;
        _indexShared = true;
        _currencies = parent._currencies;
        _reversed = parent._reversed;
        _plans = parent._plans;
        _groups = parent._groups.Count == 0 ? parent._groups : [];
        _items = parent._items.Prefix(items);
        _itemList = new(this);
        // Read only: rows trimmed to the view keep chains that end earlier in the same list.
        _settlements = parent._settlements.Prefix(parent._settlements.Count);
        _marks = parent._marks.Prefix(items);
        _balances = new List<Money>(parent._balances.Count);
        _open = new List<OpenList>(parent._open.Count);
        NextApplication = 1;
    }

    private AccountState(AccountState other)
    {
        Customer = other.Customer;
        _kept = other._kept.Copy(4);
        _eventList = new(this);
        _sequences = other._sequences.Copy(4);
        _items = other._items.Copy(2);
        _itemList = new(this);
        _settlements = other._settlements.Copy(4);
        _marks = other._marks.Copy(2);
        _facts = other._facts.Copy(2);
        _eventMarks = other._eventMarks.Copy(4);
        _currencies = [.. other._currencies];
        // The positions below the item count are the clone's (a view shares its parent's index, which has more).
        _index = other._index.CopyBelow(other._items.Count);

        _applications = other._applications.Copy(4);
        ApplicationCount = other.ApplicationCount;
        _reversed = new Dictionary<int, DateOnly>(other._reversed);
        _balances = [.. other._balances];
        _open = new List<OpenList>(other._open.Count);
        var marks = _marks.AsWritableSpan();
        foreach (ref var mark in marks)
        {
            // A view does not keep the listed bits (they are its parent's); the clone sets them from its lists.
            mark.Flags &= unchecked((byte)~Listed);
        }

        foreach (var list in other._open)
        {
            // Cloning compacts: settled items leave the open lists (and are listed again if a reversal reopens them).
            var live = new List<int>(list.Positions.Count);
            foreach (var position in list.Positions)
            {
                if ((marks[position].Flags & Open) != 0)
                {
                    live.Add(position);
                    marks[position].Flags |= Listed;
                }
            }

            _open.Add(new OpenList(list.Currency, live));
        }

        _groups = new Dictionary<DocumentId, DocumentId[]>(other._groups);
        _plans = [.. other._plans];
        DocumentCount = other.DocumentCount;
        NextApplication = other.NextApplication;
    }

    /// <summary>Gets how many items, events and settlements the account holds.</summary>
    public AccountSize Size => new(_items.Count, _eventMarks.Count, _settlements.Count);

    /// <summary>Gets the number of documents posted (a document due in installments counts once).</summary>
    public int DocumentCount { get; private set; }

    public IReadOnlyList<PaymentPlan> Plans => _plans;

    /// <summary>Whether an id is taken in this account: an item's, or a document's or plan's that has installments.</summary>
    public bool HasId(DocumentId id) => HasId(id, id.GetHashCode());

    /// <summary><see cref="HasId(DocumentId)"/> with the id's hash code already computed, for a caller that also adds it.</summary>
    private bool HasId(DocumentId id, int hash) => _index.TryGet(id, hash, _items, _items.Count, out _) || _groups.ContainsKey(id);

    /// <summary>The position of an item by id (the only way <c>_index</c> is read: a view shares its parent's map).</summary>
    private bool TryPosition(DocumentId id, out int position) => _index.TryGet(id, _items, _items.Count, out position);

    private int PositionOf(DocumentId id) => TryPosition(id, out var position) ? position : throw new KeyNotFoundException(id.Value);

    /// <summary>The ids an event takes in the ledger: a document's (and its installments'), a payment plan's (and its
    /// installments'); none for other events.</summary>
    public static IEnumerable<DocumentId> IdsTakenBy(LedgerEvent e)
    {
        var (id, count) = e switch
        {
            DocumentPosted p => (p.Document.Id, p.Document.Installments.IsDefault ? 0 : p.Document.Installments.Length),
            PaymentPlanAgreed a => (a.Plan, a.Installments.Length),
            _ => (default(DocumentId), 0),
        };
        if (id.IsDefault)
        {
            yield break;
        }

        yield return id;
        for (var k = 1; k <= count; k++)
        {
            yield return Installment.IdOf(id, k);
        }
    }

    /// <summary>The ids of the installments of a document or plan; empty when it has none.</summary>
    public DocumentId[] InstallmentIds(DocumentId id) => _groups.TryGetValue(id, out var ids) ? ids : [];

    public CustomerId Customer { get; }

    public int NextApplication { get; private set; }

    public IReadOnlyList<LedgerEvent> Events => _eventList;

    /// <summary>Gets the date of event <paramref name="i"/> from its mark, without reading (or recreating) the event.</summary>
    public DateOnly EventDate(int i) => DateOnly.FromDayNumber(_eventMarks[i].Day);

    public IReadOnlyList<long> Sequences => _sequences;

    /// <summary>Gets the items, each read as a new snapshot (<see cref="ItemAt"/>).</summary>
    public IReadOnlyList<LedgerItem> Items => _itemList;

    /// <summary>Gets the snapshot of the item at <paramref name="position"/>: its row with its settlements read out.</summary>
    public LedgerItem ItemAt(int position)
    {
        var row = _items[position];
        return row.ToItem(SettlementsOf(row));
    }

    /// <summary>Gets the kind of a posted item's document without making its snapshot, or null when the id is not an
    /// item here (a payment plan's, for instance).</summary>
    public DocumentKind? KindOf(DocumentId id) => TryPosition(id, out var position) ? _items[position].Document.Kind : null;

    /// <summary>Gets the row of the item at <paramref name="position"/> (<see cref="Locate"/>).</summary>
    public ItemRow RowAt(int position) => _items[position];

    /// <summary>The settlements of an item, oldest first, read from its chain.</summary>
    private ImmutableArray<ItemSettlement> SettlementsOf(in ItemRow row)
    {
        var count = 0;
        var debit = row.Document.IsDebit;
        for (var at = row.LastSettlement; at != 0; at = _settlements[at - 1].Previous(debit))
        {
            count++;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new ItemSettlement[count];
        var currency = row.Document.Currency;
        for (var at = row.LastSettlement; at != 0;)
        {
            var settlement = _settlements[at - 1];
            result[--count] = new ItemSettlement(settlement.Application, CounterpartOf(settlement, debit), new Money(settlement.Amount, currency), DateOnly.FromDayNumber(settlement.Day));
            at = settlement.Previous(debit);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>The other side of a settlement, seen from its debit or its credit: the credit's id (the plan's for a
    /// plan's settlement, application 0), or the debit's.</summary>
    private DocumentId CounterpartOf(in SettlementRow settlement, bool debit)
        => !debit ? _items[settlement.Debit].Id : settlement.Application == 0 ? _plans[settlement.Credit].Id : _items[settlement.Credit].Id;

    /// <summary>Appends a settlement to the debit's chain that ends at <paramref name="debitLast"/> and the credit's that
    /// ends at <paramref name="creditLast"/> (<see cref="ItemRow.LastSettlement"/>s; a plan's settlement is in its debit's
    /// chain only, <paramref name="credit"/> the plan's index). Returns the new end of both.</summary>
    private int AddSettlement(int debitLast, int creditLast, int application, int debit, int credit, Money amount, DateOnly date)
    {
        _settlements.Add(new SettlementRow(debitLast, creditLast, application, debit, credit, amount.Amount, date.DayNumber));
        return _settlements.Count;
    }

    /// <summary>Unlinks the settlements of <paramref name="application"/> from the chain of <paramref name="row"/>;
    /// returns the row's new <see cref="ItemRow.LastSettlement"/>.</summary>
    private int RemoveSettlements(in ItemRow row, int application)
    {
        var debit = row.Document.IsDebit;
        var last = row.LastSettlement;
        var newer = 0;
        for (var at = last; at != 0;)
        {
            var settlement = _settlements[at - 1];
            if (settlement.Application == application)
            {
                var previous = settlement.Previous(debit);
                if (newer == 0)
                {
                    last = previous;
                }
                else
                {
                    var link = _settlements[newer - 1];
                    _settlements.Set(newer - 1, debit ? link with { DebitPrevious = previous } : link with { CreditPrevious = previous });
                }
            }
            else
            {
                newer = at;
            }

            at = settlement.Previous(debit);
        }

        return last;
    }

    public IReadOnlyList<Money> Balances => _balances;

    public System.Collections.ObjectModel.ReadOnlyCollection<Money> BalancesView() => _balances.AsReadOnly();

    public int ApplicationCount { get; private set; }

    public long LastSequence => _sequences.Count == 0 ? 0 : _sequences[^1];

    public AccountState Clone() => new(this);

    /// <summary>Whether every event is dated on or before <paramref name="until"/> (read from the marks).</summary>
    public bool AllDatedOnOrBefore(DateOnly until)
    {
        var day = until.DayNumber;
        foreach (var mark in _eventMarks.AsSpan())
        {
            if (mark.Day > day)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The view on <paramref name="until"/> without replaying, when the history allows it: the events dated on or before
    /// the date come first (recording order), and everything after them is a posting or an application, none of it
    /// reversed, no promise recorded. The view is then the state after that prefix, which this frozen state still holds:
    /// the items posted later are dropped, the items touched later lose the later settlements (their open amount back,
    /// not settled), balances, applications, groups and open lists are rebuilt from the prefix. The item and settlement
    /// lists are shared (rows touched later are replaced beside them). Returns null when the history does not allow it;
    /// the caller then replays.
    /// </summary>
    public AccountState? TryViewByPrefix(DateOnly until)
    {
        // Only the marks are read to decide (no event object is touched but the first later application, for its number).
        var eventMarks = _eventMarks.AsSpan();
        var untilDay = until.DayNumber;
        var k = 0;
        while (k < eventMarks.Length && eventMarks[k].Day <= untilDay)
        {
            k++;
        }

        for (var i = k; i < eventMarks.Length; i++)
        {
            if (eventMarks[i].Day <= untilDay)
            {
                return null;
            }
        }

        return TryViewOfFirst(k);
    }

    /// <summary>
    /// The state after the first <paramref name="k"/> events in recording order, rebuilt from this frozen state without
    /// replaying (see <see cref="TryViewByPrefix"/>), when the history allows it: everything after them is a posting or
    /// an application, nothing is reversed and no promise is among them. Returns null otherwise; the caller then replays.
    /// </summary>
    public AccountState? TryViewOfFirst(int k)
    {
        if (_reversed.Count > 0)
        {
            return null;
        }

        var eventMarks = _eventMarks.AsSpan();
        for (var i = 0; i < k; i++)
        {
            if (eventMarks[i].Kind == PromiseEvent)
            {
                return null;
            }
        }

        var firstLater = int.MaxValue;
        for (var i = k; i < eventMarks.Length; i++)
        {
            var mark = eventMarks[i];
            if (mark.Kind is not (PostedEvent or PostedInParts or AppliedEvent))
            {
                return null;
            }

            if (mark.Kind == AppliedEvent && firstLater == int.MaxValue)
            {
                // Application numbers grow in recording order: the first later one is the lowest.
                firstLater = mark.Application;
            }
        }

        var lastApplied = -1;
        var documents = 0;
        var kept = 0;
        for (var i = 0; i < k; i++)
        {
            var kind = eventMarks[i].Kind;
            documents += kind is PostedEvent or PostedInParts ? 1 : 0;
            kept += IsKept(kind) ? 1 : 0;
            lastApplied = kind == AppliedEvent ? i : lastApplied;
        }

        // Application n sits at n - 1; the prefix's applications are the list up to its last one.
        var applications = lastApplied < 0 ? 0 : eventMarks[lastApplied].Application;
        var count = k == 0 ? 0 : eventMarks[k - 1].ItemsAfter;
        var view = new AccountState(this, k, kept, count, applications)
        {
            DocumentCount = documents,
            NextApplication = applications + 1,
        };
        foreach (var application in view._applications.AsSpan())
        {
            view.ApplicationCount += application.IsPresent ? 1 : 0;
        }

        if (_groups.Count > 0)
        {
            for (var i = 0; i < k; i++)
            {
                var id = eventMarks[i].Kind switch
                {
                    PostedInParts => ((Document)EntryAt(i)).Id,
                    PlanEvent => ((PaymentPlanAgreed)EntryAt(i)).Plan,
                    _ => default,
                };
                if (!id.IsDefault)
                {
                    view._groups.Add(id, _groups[id]);
                }
            }
        }

        // The view's items and marks are this state's, shared: only the items that later applications touched are
        // replaced (kept beside the shared arrays). A view keeps no listed bits: Clone sets them from the lists.
        var facts = view._facts.AsSpan();
        Span<decimal> sums = _currencies.Count <= 8 ? stackalloc decimal[_currencies.Count] : new decimal[_currencies.Count];
        Span<bool> seen = _currencies.Count <= 8 ? stackalloc bool[_currencies.Count] : new bool[_currencies.Count];
        var reopened = false;
        for (var position = 0; position < count; position++)
        {
            var fact = facts[position];
            if ((fact.Kind & PostedFirst) != 0)
            {
                sums[fact.Currency] += fact.Posted;
                seen[fact.Currency] = true;
            }

            if (_marks[position].LastApplication >= firstLater)
            {
                // Later applications appended their settlements last (nothing is reversed), and found the item open.
                var item = _items[position];
                var last = item.LastSettlement;
                var open = item.Open.Amount;
                var debit = item.Document.IsDebit;
                while (last != 0 && _settlements[last - 1].Application >= firstLater)
                {
                    open += _settlements[last - 1].Amount;
                    last = _settlements[last - 1].Previous(debit);
                }

                reopened |= !item.IsOpen && item.Document.IsDebit;
                view.SetItem(position, item.With(open: new Money(open, item.Document.Currency), clearSettled: true, lastSettlement: last));
            }
        }

        for (var slot = 0; slot < seen.Length; slot++)
        {
            if (seen[slot])
            {
                view.AddToBalance(new Money(sums[slot], _currencies[slot]), view.BalanceIndex(_currencies[slot].Code));
            }
        }

        // The open lists: this state's lists keep their order; the view keeps the entries open in it.
        Span<bool> listed = !reopened ? [] : count <= 1024 ? stackalloc bool[count] : new bool[count];
        foreach (var list in _open)
        {
            var live = 0;
            foreach (var position in list.Positions)
            {
                live += position < count && (view._marks[position].Flags & Open) != 0 ? 1 : 0;
            }

            var positions = new List<int>(live);
            foreach (var position in list.Positions)
            {
                if (position < count && (view._marks[position].Flags & Open) != 0)
                {
                    positions.Add(position);
                    if (reopened)
                    {
                        listed[position] = true;
                    }
                }
            }

            view._open.Add(new OpenList(list.Currency, positions));
        }

        if (reopened)
        {
            // Debits settled here but open in the view that the lists had already dropped go back in their place.
            for (var position = 0; position < count; position++)
            {
                if (!listed[position] && (facts[position].Kind & Debit) != 0 && (view._marks[position].Flags & Open) != 0)
                {
                    view.List(_currencies[facts[position].Currency]).Insert(position, view._items, view._marks);
                }
            }
        }

        return view;
    }

    /// <summary>Moves every event's sequence number up by <paramref name="offset"/> (a builder taking over another's accounts).</summary>
    public void ShiftSequences(long offset)
    {
        foreach (ref var sequence in _sequences.AsWritableSpan())
        {
            sequence += offset;
        }
    }

    /// <summary>Gives the events from <paramref name="from"/> on the sequence numbers <paramref name="first"/>, +1, ….</summary>
    public void Restamp(int from, long first)
    {
        for (var i = from; i < _sequences.Count; i++)
        {
            _sequences.Set(i, first + (i - from));
        }
    }

    public bool TryGetItem(DocumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerItem? item)
    {
        if (TryPosition(id, out var position))
        {
            item = ItemAt(position);
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>Gets application <paramref name="number"/>: a new event equal to the one appended (recreated from the
    /// credit's settlements), or the one kept when it was reversed.</summary>
    public bool TryGetApplication(int number, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CreditApplied? application)
    {
        application = number >= 1 && number <= _applications.Count && _applications[number - 1].IsPresent ? ApplicationAt(number) : null;
        return application is not null;
    }

    /// <summary>Recreates application <paramref name="number"/> (present): its allocations are the credit's settlements
    /// with its number, written in allocation order when it was applied and removed only by its reversal, which keeps the
    /// event instead.</summary>
    private CreditApplied ApplicationAt(int number)
    {
        var entry = _applications[number - 1];
        if (entry.Kept is { } kept)
        {
            return kept;
        }

        // The credit's chain holds the application's settlements next to each other, the last allocation first.
        var credit = _items[entry.Credit - 1];
        var last = credit.LastSettlement;
        while (_settlements[last - 1].Application != number)
        {
            last = _settlements[last - 1].CreditPrevious;
        }

        var count = 0;
        for (var at = last; at != 0 && _settlements[at - 1].Application == number; at = _settlements[at - 1].CreditPrevious)
        {
            count++;
        }

        var allocations = new Allocation[count];
        var currency = credit.Document.Currency;
        var day = 0;
        for (var at = last; count > 0; at = _settlements[at - 1].CreditPrevious)
        {
            var settlement = _settlements[at - 1];
            allocations[--count] = new Allocation(_items[settlement.Debit].Id, new Money(settlement.Amount, currency));
            day = settlement.Day;
        }

        return new CreditApplied(number, credit.Id, DateOnly.FromDayNumber(day), ImmutableCollectionsMarshal.AsImmutableArray(allocations));
    }

    private IEnumerable<CreditApplied> Applications()
    {
        for (var number = 1; number <= _applications.Count; number++)
        {
            if (_applications[number - 1].IsPresent)
            {
                yield return ApplicationAt(number);
            }
        }
    }

    private void AddApplication(int number, int creditPosition)
    {
        while (_applications.Count < number - 1)
        {
            _applications.Add(default);
        }

        _applications.Add(new ApplicationEntry(creditPosition + 1, null));
        ApplicationCount++;
    }

    public bool IsReversed(int number) => _reversed.ContainsKey(number);

    public bool TryGetBalance(string code, out Money balance)
    {
        foreach (var b in _balances)
        {
            if (string.Equals(b.Currency.Code, code, StringComparison.Ordinal))
            {
                balance = b;
                return true;
            }
        }

        balance = default;
        return false;
    }

    /// <summary>What <paramref name="policy"/> proposes for the open credit at <paramref name="creditPosition"/>: a built-in
    /// policy reads the rows of the open debits in the credit's currency (<see cref="IRowPolicy"/>), any other is given
    /// them as snapshots. Compacts the open lists when allowed.</summary>
    public IReadOnlyList<Allocation>? Propose(IAllocationPolicy policy, int creditPosition, DateOnly date, bool mayCompact)
    {
        var credit = _items[creditPosition];
        var currency = credit.Document.Currency;
        return policy is IRowPolicy rows
            ? rows.Allocate(OpenDebitRows(currency, mayCompact), credit.Open, credit.Document.Reference)
            : policy.Allocate(new AllocationArguments(ItemAt(creditPosition), OpenDebits(currency, mayCompact), date));
    }

    /// <summary>The open debits in one currency (or all), oldest due first, as snapshots in a fresh array of exactly
    /// their number; compacts the lists when allowed.</summary>
    public LedgerItem[] OpenDebits(Currency? currency, bool mayCompact)
    {
        var positions = Array.Empty<int>();
        var count = CollectOpen(currency, mayCompact, ref positions);
        var result = count == 0 ? [] : new LedgerItem[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = ItemAt(positions[i]);
        }

        return result;
    }

    [ThreadStatic]
    private static int[]? t_open;

    /// <summary>The open debits in one currency, oldest due first, as the rows a built-in policy reads
    /// (<see cref="IRowPolicy"/>) without making item objects; compacts the lists when allowed. Valid until the next call
    /// on the same thread (the positions are in the thread's scratch array) and while this state does not change.</summary>
    private OpenRows OpenDebitRows(Currency currency, bool mayCompact)
    {
        var positions = t_open ?? [];
        var count = CollectOpen(currency, mayCompact, ref positions);
        t_open = positions;
        return new OpenRows(this, positions, count);
    }

    /// <summary>Puts the positions of the open debits in one currency (or all, sorted oldest due first) into
    /// <paramref name="positions"/> (replaced by a larger array when too small); returns their number.</summary>
    private int CollectOpen(Currency? currency, bool mayCompact, ref int[] positions)
    {
        // One pass per list: the live positions are copied out while they are counted.
        var count = 0;
        foreach (var list in _open)
        {
            if (currency is { } c && list.Currency != c)
            {
                continue;
            }

            var listed = CollectionsMarshal.AsSpan(list.Positions);
            if (positions.Length < count + listed.Length)
            {
                Array.Resize(ref positions, Math.Max(count + listed.Length, positions.Length * 2));
            }

            var live = 0;
            foreach (var position in listed)
            {
                if ((_marks[position].Flags & Open) != 0)
                {
                    positions[count + live++] = position;
                }
            }

            var dead = listed.Length - live;
            if (mayCompact && dead > 8 && dead > live)
            {
                list.Compact(_marks);
            }

            count += live;
        }

        if (currency is null && _open.Count > 1)
        {
            Array.Sort(positions, 0, count, Comparer<int>.Create((x, y) => ItemRow.CompareOldestDueFirst(_items[x], _items[y])));
        }

        return count;
    }

    /// <summary>Checks <paramref name="ledgerEvent"/> against the state and applies it, or throws and changes nothing.</summary>
    public void Append(LedgerEvent ledgerEvent, long sequence, bool view)
    {
        var e = ledgerEvent;
        switch (e)
        {
            case DocumentPosted p:
                Post(p.Document, sequence);
                return;
            case CreditApplied a:
                WhenApplied(a, view);
                break;
            case ApplicationReversed r:
                WhenReversed(r);
                break;
            case DisputeOpened d:
                {
                    var at = ItemFor(d.Item, d.OpenedOn, view);
                    var item = _items[at];
                    if (item.IsDisputed && !view)
                    {
                        throw new LedgerException(LedgerError.DisputeState, "item", string.Create(CultureInfo.InvariantCulture, $"{d.Item} is already disputed since {item.Dispute!.OpenedOn:yyyy-MM-dd}."));
                    }

                    SetItem(at, item.With(dispute: new ItemDispute(d.OpenedOn, d.Note)));
                    break;
                }

            case DisputeResolved d:
                {
                    var at = ItemFor(d.Item, d.ResolvedOn, view);
                    var item = _items[at];
                    if (!item.IsDisputed)
                    {
                        if (!view)
                        {
                            throw new LedgerException(LedgerError.DisputeState, "item", string.Create(CultureInfo.InvariantCulture, $"{d.Item} is not disputed."));
                        }

                        break;
                    }

                    if (d.ResolvedOn < item.Dispute!.OpenedOn && !view)
                    {
                        throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"The dispute on {d.Item} cannot be resolved on {d.ResolvedOn:yyyy-MM-dd}, before it was opened ({item.Dispute.OpenedOn:yyyy-MM-dd})."));
                    }

                    SetItem(at, item.With(clearDispute: true));
                    break;
                }

            case PromiseToPayRecorded p:
                {
                    var at = ItemFor(p.Item, p.RecordedOn, view);
                    var item = _items[at];
                    SetItem(at, view ? item.With(promise: new PromiseToPay(p.RecordedOn, p.PromisedDate, p.Amount, p.Note)) : PromiseRecord(p, item));
                    break;
                }

            case PromiseToPayCleared p:
                {
                    var at = ItemFor(p.Item, p.ClearedOn, view);
                    var item = _items[at];
                    if (item.Promise is null)
                    {
                        if (!view)
                        {
                            throw new LedgerException(LedgerError.NoPromise, "item", string.Create(CultureInfo.InvariantCulture, $"{p.Item} has no promise to pay to clear."));
                        }

                        break;
                    }

                    if (p.ClearedOn < item.Promise.RecordedOn && !view)
                    {
                        throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"The promise on {p.Item} cannot be cleared on {p.ClearedOn:yyyy-MM-dd}, before it was made ({item.Promise.RecordedOn:yyyy-MM-dd})."));
                    }

                    SetItem(at, item.With(clearPromise: true));
                    break;
                }

            case DueDateExtended x:
                WhenExtended(x, view);
                break;
            case PaymentPlanAgreed plan:
                WhenPlanAgreed(plan, view);
                break;
            case PaymentPlanCancelled cancel:
                WhenPlanCancelled(cancel, view);
                break;
            case LedgerAnnotation n:
                if (n.Item is { } annotated)
                {
                    var target = _items[Locate(annotated, "item")];
                    if (!view && n.Date < target.Document.DocumentDate)
                    {
                        throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"The annotation on {annotated} is dated {n.Date:yyyy-MM-dd}, before the document ({target.Document.DocumentDate:yyyy-MM-dd})."));
                    }
                }

                break;
            default:
                throw new ArgumentException($"Unknown event type {e.GetType().Name}.", nameof(ledgerEvent));
        }

        if (e is CreditApplied applied)
        {
            // Kept as its number only: the credit's settlements hold the rest (ApplicationAt).
            Record(null, e.Date, sequence, AppliedEvent, applied.ApplicationNumber);
            return;
        }

        var kind = e switch
        {
            PromiseToPayRecorded => PromiseEvent,
            PaymentPlanAgreed => PlanEvent,
            _ => OtherEvent,
        };
        Record(e, e.Date, sequence, kind);
    }

    /// <summary>Checks and posts <paramref name="document"/>, as <see cref="Append"/> does a <see cref="DocumentPosted"/>,
    /// without an event object: the account keeps the document (decision 030), so the builder makes none.</summary>
    public void Post(Document document, long sequence)
    {
        WhenPosted(document);
        Record(document, document.DocumentDate, sequence, document.Installments.IsDefaultOrEmpty ? PostedEvent : PostedInParts);
    }

    /// <summary>Keeps an applied event: its mark (with an application's number, or the index of what is kept of it), its
    /// sequence number, and the event itself (or a posting in installments' document) unless the marks give it back.</summary>
    private void Record(object? entry, DateOnly date, long sequence, byte kind, int application = 0)
    {
        if (IsKept(kind))
        {
            application = _kept.Count;
            _kept.Add(entry!);
        }

        _sequences.Add(sequence);
        _eventMarks.Add(new EventMark(date.DayNumber, _items.Count, kind, application));
    }

    /// <summary>Whether an event of this kind is kept in <see cref="_kept"/> (all but postings of one item and applications).</summary>
    private static bool IsKept(byte kind) => kind is not (PostedEvent or AppliedEvent);

    /// <summary>Gets event <paramref name="i"/> as kept: the document of a posting (its item's, or the one kept for a
    /// posting in installments), the object of any other event but an application, which is recreated.</summary>
    private object EntryAt(int i)
    {
        var mark = _eventMarks[i];
        return mark.Kind switch
        {
            PostedEvent => _items[mark.ItemsAfter - 1].Document,
            AppliedEvent => ApplicationAt(mark.Application),
            _ => _kept[mark.Application],
        };
    }

    /// <summary>Tells whether event <paramref name="i"/> here equals event <paramref name="i"/> of <paramref name="other"/>
    /// (the same object, or equal values), without recreating postings.</summary>
    public bool SameEvent(int i, AccountState other)
    {
        var mine = EntryAt(i);
        var theirs = other.EntryAt(i);
        return ReferenceEquals(mine, theirs) || mine.Equals(theirs);
    }

    public LedgerItem Find(DocumentId id, string field) => ItemAt(Locate(id, field));

    /// <summary>The position of a posted item, or a <see cref="LedgerException"/> naming <paramref name="field"/>.</summary>
    public int Locate(DocumentId id, string field)
        => TryPosition(id, out var position)
            ? position
            : throw new LedgerException(LedgerError.UnknownDocument, field, string.Create(CultureInfo.InvariantCulture, $"Document '{id}' is not posted in account {Customer}."));

    /// <summary>The position of a credit to apply; refuses an unknown document and a debit, naming the field.</summary>
    public int LocateCredit(DocumentId credit, string field)
    {
        var position = Locate(credit, field);
        var document = _items[position].Document;
        return document.IsDebit
            ? throw new LedgerException(LedgerError.WrongDirection, field, string.Create(CultureInfo.InvariantCulture, $"{credit} is a debit ({document.Kind}); only credits can be applied."))
            : position;
    }

    private void WhenPosted(Document document)
    {
        if (document.Customer != Customer)
        {
            throw new LedgerException(LedgerError.CustomerMismatch, "document.Customer", string.Create(CultureInfo.InvariantCulture, $"Document {document.Id} belongs to customer {document.Customer}, not {Customer}."));
        }

        // The id is hashed once, for the check here and for the index when it is added.
        var hash = document.Id.GetHashCode();
        if (HasId(document.Id, hash))
        {
            throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", string.Create(CultureInfo.InvariantCulture, $"Document id '{document.Id}' is already posted in account {Customer}."));
        }

        var parts = document.Installments.IsDefaultOrEmpty ? [] : new DocumentId[document.Installments.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = Installment.IdOf(document.Id, k + 1);
            if (HasId(parts[k]))
            {
                throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", string.Create(CultureInfo.InvariantCulture, $"The id of installment {k + 1} of {document.Id}, '{parts[k]}', is already posted in account {Customer}."));
            }
        }

        var code = document.Currency.Code;
        var balanceAt = BalanceIndex(code);
        if (balanceAt >= 0 && _balances[balanceAt].Currency != document.Currency)
        {
            throw new LedgerException(LedgerError.CurrencyMismatch, "document.Amount", string.Create(CultureInfo.InvariantCulture, $"Currency {code} was already used with {_balances[balanceAt].Currency.MinorUnits} minor units."));
        }

        // Checked; from here on nothing throws.
        AddToBalance(document.SignedAmount, balanceAt);
        DocumentCount++;
        if (parts.Length == 0)
        {
            AddItem(new ItemRow(document), document.SignedAmount, hash);
            return;
        }

        _groups.Add(document.Id, parts);
        for (var k = 1; k <= parts.Length; k++)
        {
            var part = document.ForInstallment(k);
            AddItem(new ItemRow(part, k, document.Id), k == 1 ? document.SignedAmount : null);
        }
    }

    private int BalanceIndex(string code)
    {
        for (var i = 0; i < _balances.Count; i++)
        {
            if (string.Equals(_balances[i].Currency.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds to the balance at <paramref name="balanceAt"/> (<see cref="BalanceIndex"/>), or inserts a new
    /// currency in code order when it is -1.</summary>
    private void AddToBalance(Money signed, int balanceAt)
    {
        if (balanceAt >= 0)
        {
            _balances[balanceAt] += signed;
            return;
        }

        var code = signed.Currency.Code;
        var at = 0;
        while (at < _balances.Count && string.CompareOrdinal(_balances[at].Currency.Code, code) < 0)
        {
            at++;
        }

        _balances.Insert(at, signed);
    }

    /// <summary>Adds an item; <paramref name="posted"/> is the signed amount its document adds to the balance when it
    /// is the document's first item (null for further installments and a plan's installments).</summary>
    private void AddItem(ItemRow item, Money? posted) => AddItem(item, posted, item.Id.GetHashCode());

    /// <summary><see cref="AddItem(ItemRow, Money?)"/> with the item id's hash code already computed.</summary>
    private void AddItem(ItemRow item, Money? posted, int hash)
    {
        if (_indexShared)
        {
            throw new InvalidOperationException("A view's state is frozen; clone it before changing it.");
        }

        var position = _items.Count;
        var document = item.Document;
        _items.Add(item);
        _marks.Add(new ItemMark(0, item.IsOpen ? Open : (byte)0));
        _facts.Add(new ItemFacts(posted?.Amount ?? 0m, CurrencySlot(document.Currency), (byte)((document.IsDebit ? Debit : 0) | (posted is null ? 0 : PostedFirst))));
        _index.Add(hash, position);
        if (document.IsDebit)
        {
            List(document.Currency).Insert(position, _items, _marks);
        }
    }

    /// <summary>Replaces the item at a position and keeps its mark (open flag, last application) in step.</summary>
    private void SetItem(int position, ItemRow item)
    {
        _items.Set(position, item);
        var mark = _marks[position];
        mark.Flags = item.IsOpen ? (byte)(mark.Flags | Open) : (byte)(mark.Flags & ~Open);
        var last = item.LastSettlement;
        mark.LastApplication = last == 0 ? 0 : _settlements[last - 1].Application;
        _marks.Set(position, mark);
    }

    private short CurrencySlot(Currency currency)
    {
        for (var i = 0; i < _currencies.Count; i++)
        {
            if (_currencies[i] == currency)
            {
                return (short)i;
            }
        }

        _currencies.Add(currency);
        return checked((short)(_currencies.Count - 1));
    }

    /// <summary>Gives an item a new due date and moves it in its open list (if listed) so the list stays ordered.</summary>
    private void Reschedule(int position, DateOnly dueDate)
    {
        var item = _items[position];
        SetItem(position, item.With(dueDate: dueDate));
        if ((_marks[position].Flags & Listed) != 0)
        {
            var list = List(item.Document.Currency);
            list.Positions.Remove(position);
            list.Insert(position, _items, _marks);
        }
    }

    private void WhenExtended(DueDateExtended e, bool view)
    {
        var position = TryPosition(e.Item, out var p)
            ? p
            : throw new LedgerException(LedgerError.UnknownDocument, "item", string.Create(CultureInfo.InvariantCulture, $"Document '{e.Item}' is not posted in account {Customer}."));
        var item = _items[position];
        if (!item.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, "item", string.Create(CultureInfo.InvariantCulture, $"{e.Item} is a credit; only debits have a due date to extend."));
        }

        if (!view)
        {
            if (!item.IsOpen)
            {
                throw new LedgerException(LedgerError.ItemSettled, "item", string.Create(CultureInfo.InvariantCulture, $"{e.Item} is already settled."));
            }

            if (e.ExtendedOn < item.Document.DocumentDate)
            {
                throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"The extension of {e.Item} is dated {e.ExtendedOn:yyyy-MM-dd}, before the document ({item.Document.DocumentDate:yyyy-MM-dd})."));
            }

            if (e.NewDueDate <= item.DueDate)
            {
                throw new LedgerException(LedgerError.InvalidDate, "newDueDate", string.Create(CultureInfo.InvariantCulture, $"The new due date of {e.Item} ({e.NewDueDate:yyyy-MM-dd}) must be after its due date {item.DueDate:yyyy-MM-dd}."));
            }
        }

        Reschedule(position, e.NewDueDate);
    }

    private void WhenPlanAgreed(PaymentPlanAgreed e, bool view)
    {
        if (HasId(e.Plan))
        {
            throw new LedgerException(LedgerError.DuplicateDocumentId, "plan", string.Create(CultureInfo.InvariantCulture, $"The id '{e.Plan}' of the payment plan is already used in account {Customer}."));
        }

        var ids = new DocumentId[e.Installments.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            ids[k] = Installment.IdOf(e.Plan, k + 1);
            if (HasId(ids[k]))
            {
                throw new LedgerException(LedgerError.DuplicateDocumentId, "plan", string.Create(CultureInfo.InvariantCulture, $"The id of installment {k + 1} of payment plan {e.Plan}, '{ids[k]}', is already used in account {Customer}."));
            }
        }

        var positions = new int[e.Items.Length];
        string? businessType = null;
        for (var i = 0; i < e.Items.Length; i++)
        {
            var (id, amount) = e.Items[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            if (!TryPosition(id, out positions[i]))
            {
                throw new LedgerException(LedgerError.UnknownDocument, field + ".Item", string.Create(CultureInfo.InvariantCulture, $"Document '{id}' is not posted in account {Customer}."));
            }

            var item = _items[positions[i]];
            if (!item.Document.IsDebit)
            {
                throw new LedgerException(LedgerError.WrongDirection, field + ".Item", string.Create(CultureInfo.InvariantCulture, $"{id} is a credit; a payment plan restructures debits."));
            }

            if (item.Document.Currency != amount.Currency)
            {
                throw new LedgerException(LedgerError.CurrencyMismatch, field + ".Amount", string.Create(CultureInfo.InvariantCulture, $"{amount} is not in {item.Document.Currency.Code}, the currency of {id}."));
            }

            if (!item.IsOpen)
            {
                throw new LedgerException(LedgerError.ItemSettled, field + ".Item", string.Create(CultureInfo.InvariantCulture, $"{id} is already settled."));
            }

            if (view ? amount > item.Open : amount != item.Open)
            {
                throw new LedgerException(LedgerError.InvalidAmount, field + ".Amount", string.Create(CultureInfo.InvariantCulture, $"A payment plan takes over everything open on {id}, {item.Open}, not {amount}."));
            }

            if (e.Date < item.Document.DocumentDate)
            {
                throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Payment plan {e.Plan} is dated {e.Date:yyyy-MM-dd}, before {id} ({item.Document.DocumentDate:yyyy-MM-dd})."));
            }

            if (!view && LastChange(id) is { } last && last > e.Date)
            {
                // A view on the plan's date would miss that change and find another open amount than the plan took.
                throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Payment plan {e.Plan} is dated {e.Date:yyyy-MM-dd}, before an application or reversal on {id} dated {last:yyyy-MM-dd}."));
            }

            businessType = i == 0 ? item.Document.BusinessType : string.Equals(businessType, item.Document.BusinessType, StringComparison.Ordinal) ? businessType : null;
        }

        ImmutableArray<string> references = [e.Plan.Value, .. e.Items.Select(i => i.Item.Value)];
        var documents = new Document[ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            var installment = e.Installments[k];
            documents[k] = Document.Invoice(ids[k], Customer, installment.Amount, e.Date, installment.DueDate, e.Plan.Value, businessType: businessType);
        }

        // Checked; from here on nothing throws.
        for (var i = 0; i < positions.Length; i++)
        {
            var item = _items[positions[i]];
            var open = item.Open - e.Items[i].Amount;
            SetItem(positions[i], item.Settled(open, e.Date, AddSettlement(item.LastSettlement, 0, 0, positions[i], _plans.Count, e.Items[i].Amount, e.Date)));
        }

        for (var k = 0; k < documents.Length; k++)
        {
            AddItem(new ItemRow(documents[k], k + 1, e.Plan, references), null);
        }

        _groups.Add(e.Plan, ids);
        _plans.Add(new PaymentPlan(e, [.. ids], null, false));
    }

    private void WhenPlanCancelled(PaymentPlanCancelled e, bool view)
    {
        var at = _plans.FindIndex(p => p.Id == e.Plan);
        if (at < 0)
        {
            throw new LedgerException(LedgerError.UnknownDocument, "plan", string.Create(CultureInfo.InvariantCulture, $"Payment plan '{e.Plan}' is not agreed in account {Customer}."));
        }

        var plan = _plans[at];
        if (!view && plan.IsCancelled)
        {
            throw new LedgerException(LedgerError.PlanState, "plan", string.Create(CultureInfo.InvariantCulture, $"Payment plan {e.Plan} was already cancelled on {plan.CancelledOn:yyyy-MM-dd}."));
        }

        if (!view && e.CancelledOn < plan.Agreement.Date)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Payment plan {e.Plan} cannot be cancelled on {e.CancelledOn:yyyy-MM-dd}, before it was agreed ({plan.Agreement.Date:yyyy-MM-dd})."));
        }

        if (e.Accelerate)
        {
            foreach (var id in plan.Installments)
            {
                var position = PositionOf(id);
                if (_items[position].IsOpen && _items[position].DueDate > e.CancelledOn)
                {
                    Reschedule(position, e.CancelledOn);
                }
            }
        }

        _plans[at] = new PaymentPlan(plan.Agreement, plan.Installments, e.CancelledOn, e.Accelerate);
    }

    /// <summary>The latest date of an application or reversal recorded on an item, or null.</summary>
    private DateOnly? LastChange(DocumentId id)
    {
        DateOnly? last = null;
        foreach (var application in Applications())
        {
            foreach (var allocation in application.Allocations)
            {
                if (allocation.Item != id)
                {
                    continue;
                }

                var date = _reversed.TryGetValue(application.ApplicationNumber, out var reversedOn) ? reversedOn : application.Date;
                last = last is { } l && l > date ? l : date;
            }
        }

        return last;
    }

    private void WhenApplied(CreditApplied e, bool view)
    {
        if (!view ? e.ApplicationNumber != NextApplication : e.ApplicationNumber < NextApplication)
        {
            throw new LedgerException(LedgerError.UnknownApplication, "ApplicationNumber", string.Create(CultureInfo.InvariantCulture, $"The next application in account {Customer} is number {NextApplication}, not {e.ApplicationNumber}."));
        }

        if (e.ApplicationNumber > MaxApplication)
        {
            // Checked before anything changes: the event mark holds the number in 28 bits.
            throw new LedgerException(LedgerError.UnknownApplication, "ApplicationNumber", string.Create(CultureInfo.InvariantCulture, $"Application number {e.ApplicationNumber} is above {MaxApplication}, the most an account holds."));
        }

        var creditPosition = Locate(e.Credit, "credit");
        var credit = _items[creditPosition];
        if (credit.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, "credit", string.Create(CultureInfo.InvariantCulture, $"{e.Credit} is a debit; only credits can be applied."));
        }

        if (e.Date < credit.Document.DocumentDate)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Application date {e.Date:yyyy-MM-dd} is before {e.Credit}'s date {credit.Document.DocumentDate:yyyy-MM-dd}."));
        }

        if (e.Allocations.IsDefaultOrEmpty)
        {
            throw new LedgerException(LedgerError.InvalidAmount, "allocations", "An application needs at least one allocation.");
        }

        // The open amounts the allocations leave, per item, in the calling thread's scratch array (nothing here calls
        // out): an allocation naming an item twice updates its entry.
        var changed = t_changed is { } scratch && scratch.Length >= e.Allocations.Length ? scratch : (t_changed = new (int, decimal)[Math.Max(16, e.Allocations.Length)]);
        var positions = t_positions is { } found && found.Length >= e.Allocations.Length ? found : (t_positions = new int[Math.Max(16, e.Allocations.Length)]);
        Apply(e, view, creditPosition, changed, positions);
    }

    [ThreadStatic]
    private static (int Position, decimal Open)[]? t_changed;

    [ThreadStatic]
    private static int[]? t_positions;

    /// <summary>The checks and changes of <see cref="WhenApplied"/> once the credit is known, with scratch arrays of at
    /// least one entry per allocation for the open amounts it leaves and for each allocation's item position.</summary>
    private void Apply(CreditApplied e, bool view, int creditPosition, (int Position, decimal Open)[] changed, int[] positions)
    {
        var credit = _items[creditPosition];
        var currency = credit.Document.Currency;
        var changedCount = 0;
        var total = Money.Zero(currency);
        for (var i = 0; i < e.Allocations.Length; i++)
        {
            var allocation = e.Allocations[i];
            if (!TryPosition(allocation.Item, out var position))
            {
                throw new LedgerException(LedgerError.UnknownDocument, Field(i, ".Item"), string.Create(CultureInfo.InvariantCulture, $"Document '{allocation.Item}' is not posted in account {Customer}."));
            }

            positions[i] = position;
            var at = changedCount - 1;
            while (at >= 0 && changed[at].Position != position)
            {
                at--;
            }

            var target = _items[position];
            if (!target.Document.IsDebit)
            {
                throw new LedgerException(LedgerError.WrongDirection, Field(i, ".Item"), string.Create(CultureInfo.InvariantCulture, $"{allocation.Item} is a credit; credits are applied to debits only."));
            }

            if (allocation.Amount.Currency != currency)
            {
                throw new LedgerException(LedgerError.CurrencyMismatch, Field(i, ".Amount"), string.Create(CultureInfo.InvariantCulture, $"{allocation.Amount} is not in {currency.Code}, the currency of {e.Credit}."));
            }

            if (target.Document.Currency != currency)
            {
                throw new LedgerException(LedgerError.CurrencyMismatch, Field(i, ".Item"), string.Create(CultureInfo.InvariantCulture, $"{allocation.Item} is in {target.Document.Currency.Code}; {e.Credit} is in {currency.Code}."));
            }

            if (!allocation.Amount.IsPositive || !allocation.Amount.IsRounded)
            {
                throw new LedgerException(LedgerError.InvalidAmount, Field(i, ".Amount"), string.Create(CultureInfo.InvariantCulture, $"Allocation amount {allocation.Amount} must be positive and in whole minor units."));
            }

            var open = at >= 0 ? new Money(changed[at].Open, currency) : target.Open;
            if (!open.IsPositive)
            {
                throw new LedgerException(LedgerError.ItemSettled, Field(i, ".Item"), string.Create(CultureInfo.InvariantCulture, $"{allocation.Item} is already settled."));
            }

            if (allocation.Amount > open)
            {
                throw new LedgerException(LedgerError.OverAllocation, Field(i, ".Amount"), string.Create(CultureInfo.InvariantCulture, $"{allocation.Amount} exceeds the {open} open on {allocation.Item}."));
            }

            if (e.Date < target.Document.DocumentDate)
            {
                throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Application date {e.Date:yyyy-MM-dd} is before {allocation.Item}'s date {target.Document.DocumentDate:yyyy-MM-dd}."));
            }

            var left = (open - allocation.Amount).Amount;
            if (at >= 0)
            {
                changed[at].Open = left;
            }
            else
            {
                changed[changedCount++] = (position, left);
            }

            total += allocation.Amount;
        }

        if (total > credit.Open)
        {
            throw new LedgerException(LedgerError.OverAllocation, "allocations", string.Create(CultureInfo.InvariantCulture, $"The allocations add up to {total}, more than the {credit.Open} open on {e.Credit}."));
        }

        if (!view && _reversed.Count > 0)
        {
            // With reversals recorded, a back-dated application could over-allocate in a view on an earlier date (the
            // reversal dated later is not in it). Refuse such an application now, so every view stays valid.
            for (var i = 0; i < changedCount; i++)
            {
                var item = _items[changed[i].Position];
                var amount = item.Open - new Money(changed[i].Open, currency);
                var first = 0;
                while (e.Allocations[first].Item != item.Id)
                {
                    first++;
                }

                CheckEffective(item, amount, e.Date, first);
            }

            CheckEffective(credit, total, e.Date, -1);
        }

        // Checked; from here on nothing throws. Each allocation adds a settlement to its item's chain and the credit's, in
        // allocation order (ApplicationAt reads the event back from the credit's).
        var creditLast = credit.LastSettlement;
        for (var i = 0; i < e.Allocations.Length; i++)
        {
            var allocation = e.Allocations[i];
            var position = positions[i];
            var item = _items[position];
            var open = item.Open - allocation.Amount;
            creditLast = AddSettlement(item.LastSettlement, creditLast, e.ApplicationNumber, position, creditPosition, allocation.Amount, e.Date);
            SetItem(position, item.Settled(open, e.Date, creditLast));
        }

        var creditOpen = credit.Open - total;
        SetItem(creditPosition, credit.Settled(creditOpen, e.Date, creditLast));
        AddApplication(e.ApplicationNumber, creditPosition);
        NextApplication = e.ApplicationNumber + 1;

        static string Field(int i, string member) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"allocations[{i}]{member}");
    }

    private void CheckEffective(in ItemRow item, Money amount, DateOnly date, int allocation)
    {
        var timeline = new List<(DateOnly Date, decimal Delta)> { (date, amount.Amount) };
        foreach (var application in Applications())
        {
            var touched = 0m;
            if (application.Credit == item.Id)
            {
                foreach (var a in application.Allocations)
                {
                    touched += a.Amount.Amount;
                }
            }
            else
            {
                foreach (var a in application.Allocations)
                {
                    touched += a.Item == item.Id ? a.Amount.Amount : 0m;
                }
            }

            if (touched == 0m)
            {
                continue;
            }

            timeline.Add((application.Date, touched));
            if (_reversed.TryGetValue(application.ApplicationNumber, out var reversedOn))
            {
                timeline.Add((reversedOn, -touched));
            }
        }

        var debit = item.Document.IsDebit;
        for (var at = item.LastSettlement; at != 0; at = _settlements[at - 1].Previous(debit))
        {
            var settlement = _settlements[at - 1];
            if (settlement.Application == 0)
            {
                // Closed by a payment plan, which is never reversed.
                timeline.Add((DateOnly.FromDayNumber(settlement.Day), settlement.Amount));
            }
        }

        timeline.Sort((x, y) => x.Date.CompareTo(y.Date));
        var sum = 0m;
        for (var k = 0; k < timeline.Count; k++)
        {
            sum += timeline[k].Delta;
            var endOfDay = k == timeline.Count - 1 || timeline[k + 1].Date != timeline[k].Date;
            if (endOfDay && timeline[k].Date >= date && sum > item.Document.Amount.Amount)
            {
                var field = allocation >= 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"allocations[{allocation}].Amount") : "allocations";
                throw new LedgerException(LedgerError.OverAllocation, field, string.Create(CultureInfo.InvariantCulture, $"Applied on {date:yyyy-MM-dd}, {item.Id} would be over-applied as of {timeline[k].Date:yyyy-MM-dd}: a later-dated reversal does not count on that date."));
            }
        }
    }

    private void WhenReversed(ApplicationReversed e)
    {
        if (!TryGetApplication(e.ApplicationNumber, out var application))
        {
            throw new LedgerException(LedgerError.UnknownApplication, "applicationNumber", string.Create(CultureInfo.InvariantCulture, $"Application {e.ApplicationNumber} does not exist in account {Customer}."));
        }

        if (_reversed.ContainsKey(e.ApplicationNumber))
        {
            throw new LedgerException(LedgerError.AlreadyReversed, "applicationNumber", string.Create(CultureInfo.InvariantCulture, $"Application {e.ApplicationNumber} was already reversed."));
        }

        if (e.ReversedOn < application.Date)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"Reversal date {e.ReversedOn:yyyy-MM-dd} is before the application date {application.Date:yyyy-MM-dd}."));
        }

        // The event is kept from now on: its settlements, from which it is recreated, are removed below.
        var entry = _applications[e.ApplicationNumber - 1];
        _applications.Set(e.ApplicationNumber - 1, entry with { Kept = application });
        var creditPosition = entry.Credit - 1;
        var total = Money.Zero(_items[creditPosition].Document.Currency);
        foreach (var allocation in application.Allocations)
        {
            var position = PositionOf(allocation.Item);
            var target = _items[position];
            SetItem(position, target.With(
                open: target.Open + allocation.Amount,
                clearSettled: true,
                lastSettlement: RemoveSettlements(target, e.ApplicationNumber)));
            total += allocation.Amount;
            if ((_marks[position].Flags & Listed) == 0)
            {
                List(target.Document.Currency).Insert(position, _items, _marks);
            }
        }

        var credit = _items[creditPosition];
        SetItem(creditPosition, credit.With(
            open: credit.Open + total,
            clearSettled: true,
            lastSettlement: RemoveSettlements(credit, e.ApplicationNumber)));
        _reversed.Add(e.ApplicationNumber, e.ReversedOn);
    }

    /// <summary>The position of the debit item a dispute or promise event concerns, checked (known, a debit, not
    /// dated before its document unless replaying a view).</summary>
    private int ItemFor(DocumentId id, DateOnly date, bool view)
    {
        var position = TryPosition(id, out var p)
            ? p
            : throw new LedgerException(LedgerError.UnknownDocument, "item", string.Create(CultureInfo.InvariantCulture, $"Document '{id}' is not posted in account {Customer}."));
        var item = _items[position];
        if (!item.Document.IsDebit)
        {
            throw new LedgerException(LedgerError.WrongDirection, "item", string.Create(CultureInfo.InvariantCulture, $"{id} is a credit; disputes and promises concern debit items."));
        }

        if (!view && date < item.Document.DocumentDate)
        {
            throw new LedgerException(LedgerError.InvalidDate, "date", string.Create(CultureInfo.InvariantCulture, $"The date {date:yyyy-MM-dd} is before the date of {id} ({item.Document.DocumentDate:yyyy-MM-dd})."));
        }

        return position;
    }

    private static ItemRow PromiseRecord(PromiseToPayRecorded e, ItemRow item)
    {
        if (!item.IsOpen)
        {
            throw new LedgerException(LedgerError.ItemSettled, "item", string.Create(CultureInfo.InvariantCulture, $"{e.Item} is already settled."));
        }

        if (e.PromisedDate < e.RecordedOn)
        {
            throw new LedgerException(LedgerError.InvalidDate, "promisedDate", string.Create(CultureInfo.InvariantCulture, $"The promised date {e.PromisedDate:yyyy-MM-dd} is before the date of the promise {e.RecordedOn:yyyy-MM-dd}."));
        }

        if (e.Amount.Currency != item.Open.Currency || !e.Amount.IsPositive || e.Amount > item.Open)
        {
            throw new LedgerException(LedgerError.InvalidAmount, "amount", string.Create(CultureInfo.InvariantCulture, $"The promised amount {e.Amount} must be positive, in {item.Open.Currency.Code} and at most the {item.Open} open on {e.Item}."));
        }

        return item.With(promise: new PromiseToPay(e.RecordedOn, e.PromisedDate, e.Amount, e.Note));
    }

    private OpenList List(Currency currency)
    {
        foreach (var list in _open)
        {
            if (list.Currency == currency)
            {
                return list;
            }
        }

        var created = new OpenList(currency, []);
        _open.Add(created);
        return created;
    }

    /// <summary>The history as events: a posting kept as its document is read as a new <see cref="DocumentPosted"/>, an
    /// application as a new <see cref="CreditApplied"/> (each equal to the one appended). Reading is safe from any
    /// thread once nobody appends.</summary>
    private sealed class EventList(AccountState state) : IReadOnlyList<LedgerEvent>
    {
        public int Count => state._eventMarks.Count;

        public LedgerEvent this[int index] => state.EntryAt(index) switch
        {
            Document document => new DocumentPosted(document),
            var e => (LedgerEvent)e,
        };

        public IEnumerator<LedgerEvent> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The items as snapshots: each read makes a new <see cref="LedgerItem"/> from its row. Reading is safe from
    /// any thread once nobody appends.</summary>
    private sealed class ItemList(AccountState state) : IReadOnlyList<LedgerItem>
    {
        public int Count => state._items.Count;

        public LedgerItem this[int index] => state.ItemAt(index);

        public IEnumerator<LedgerItem> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>An account's open debit rows at given positions, as a built-in policy reads them
    /// (<see cref="IPolicyItems"/>); reads the same values a <see cref="LedgerItem"/> made from each row would give.</summary>
    internal readonly struct OpenRows(AccountState state, int[] positions, int count) : IPolicyItems
    {
        public int Count => count;

        public DocumentId Id(int i) => Row(i).Id;

        public Money Open(int i) => Row(i).Open;

        public bool IsDisputed(int i) => Row(i).IsDisputed;

        public int ReferenceCount(int i) => Row(i).ReferenceCount;

        public string Reference(int i, int k) => Row(i).Reference(k);

        private ItemRow Row(int i) => (uint)i < (uint)count ? state._items[positions[i]] : throw new ArgumentOutOfRangeException(nameof(i));
    }

    /// <summary>One allocation's settlement, a link in its debit's chain and its credit's (see <see cref="_settlements"/>):
    /// the link before it in each (+ 1, 0 for none), the application number (0 for a payment plan's, which is in its
    /// debit's chain only), the debit's position, the credit's position (the plan's index in the plan list for a
    /// plan's), the amount and the day number of its date. 40 bytes and no reference, so the collector need not scan
    /// the list.</summary>
    private readonly record struct SettlementRow(int DebitPrevious, int CreditPrevious, int Application, int Debit, int Credit, decimal Amount, int Day)
    {
        /// <summary>The link before this one in the debit's chain, or in the credit's.</summary>
        public int Previous(bool debit) => debit ? DebitPrevious : CreditPrevious;
    }

    /// <summary>What changes about an item, compactly (see the remarks on <see cref="AccountState"/>).</summary>
    /// <param name="LastApplication">The application number of the item's last settlement; 0 when none (or a plan's).</param>
    /// <param name="Flags">The listed and open bits.</param>
    private record struct ItemMark(int LastApplication, byte Flags);

    /// <summary>What never changes about an item once posted, compactly; a view shares its parent's.</summary>
    /// <param name="Posted">The signed amount the item's document added to the balance, on its first item; else 0.</param>
    /// <param name="Currency">The item's currency, as a slot in the account's currency list.</param>
    /// <param name="Kind">The debit and posted-first bits.</param>
    private readonly record struct ItemFacts(decimal Posted, short Currency, byte Kind);

    /// <summary>An event's compact facts: its day number, kind, the account's item count after it, and an
    /// application's number (for an event kept whole, its index in the kept list; 0 for a posting of one item). Twelve bytes: the kind (three bits) and the number share an int, so
    /// the marks a view scans stay as small as before decision 031.</summary>
    private readonly struct EventMark
    {
        private readonly int _kindAndApplication;

        public EventMark(int day, int itemsAfter, byte kind, int application)
        {
            Day = day;
            ItemsAfter = itemsAfter;
            // Application numbers grow by one per application: 2^28 of them in one account is beyond any ledger.
            _kindAndApplication = checked(application * 8) | kind;
        }

        public int Day { get; }

        public int ItemsAfter { get; }

        public byte Kind => (byte)(_kindAndApplication & 7);

        public int Application => _kindAndApplication >> 3;
    }

    /// <summary>Where application n is: its credit's position + 1 (0 when the number is not in this state), and the event
    /// itself once it was reversed (its settlements are removed then, so it can no longer be recreated from them).</summary>
    private readonly record struct ApplicationEntry(int Credit, CreditApplied? Kept)
    {
        public bool IsPresent => Credit > 0;
    }

    private sealed class OpenList(Currency currency, List<int> positions)
    {
        public Currency Currency { get; } = currency;

        public List<int> Positions { get; } = positions;

        /// <summary>Drops the settled items (unflagging them).</summary>
        public void Compact(PrefixList<ItemMark> marks)
        {
            var kept = 0;
            var span = marks.AsWritableSpan();
            for (var i = 0; i < Positions.Count; i++)
            {
                var position = Positions[i];
                if ((span[position].Flags & Open) != 0)
                {
                    Positions[kept++] = position;
                }
                else
                {
                    span[position].Flags &= unchecked((byte)~Listed);
                }
            }

            Positions.RemoveRange(kept, Positions.Count - kept);
        }

        public void Insert(int position, PrefixList<ItemRow> items, PrefixList<ItemMark> marks)
        {
            var item = items[position];
            var at = Positions.Count;
            while (at > 0 && ItemRow.CompareOldestDueFirst(items[Positions[at - 1]], item) > 0)
            {
                at--;
                if (Positions.Count - at > 16)
                {
                    at = BinarySearch(items, item);
                    break;
                }
            }

            Positions.Insert(at, position);
            var mark = marks[position];
            mark.Flags |= Listed;
            marks.Set(position, mark);
        }

        private int BinarySearch(PrefixList<ItemRow> items, in ItemRow item)
        {
            int lo = 0, hi = Positions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (ItemRow.CompareOldestDueFirst(items[Positions[mid]], item) > 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }
    }
}

/// <summary>How many items, events and settlements an account holds, or has room for.</summary>
internal readonly record struct AccountSize(int Items, int Events, int Settlements);

using System.Globalization;
using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// Posts and applies many documents fast, then freezes them into a <see cref="ReceivablesLedger"/>
/// (<see cref="ToLedger"/>). The same rules and the same fold as the ledger's own operations, on state that is changed
/// in place instead of copied (measured figures: docs/performance.md, Ledger).
/// </summary>
/// <remarks>
/// <para>Every operation is atomic: a refused one throws <see cref="LedgerException"/> and leaves the builder as it was,
/// so a loader may catch, report and go on. Events are numbered in recording order like the ledger's
/// (<see cref="ReceivablesLedger.Sequence"/>).</para>
/// <para><see cref="ToLedger"/> hands the state over without copying; the builder can go on afterwards (an account it
/// touches again is copied first), and ledgers it returned never change.</para>
/// <para>Not thread-safe: use one builder from one thread at a time. To use several cores, give each thread its own
/// builder and its own customers, then join them with <see cref="Merge"/>. The ledgers it returns are immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class LedgerBuilder
{
    private readonly Dictionary<CustomerId, Entry> _accounts = [];
    private ReceivablesLedger? _origin;

    // Keyed by the id's text: .NET hashes string keys with its faster non-randomised hash and switches to the
    // randomised one by itself when it sees too many collisions; a DocumentId key would take the randomised hash always.
    private Dictionary<string, CustomerId> _added = [];

    // The account used last: a loader that posts customer by customer finds it without a lookup.
    private Entry? _lastEntry;

    // The sizes of the last accounts the builder moved away from. A load customer by customer leaves each one complete:
    // a new account starts with room for about their median (RoomForNewAccount), so accounts of the usual size do not
    // grow their lists (copying them and leaving the old arrays as garbage). A load by date leaves accounts early, when
    // they are small, so its accounts start small, as they always did.
    private readonly AccountSize[] _recent = new AccountSize[8];
    private int _recentNext;
    private int _recentCount;
    private long _sequence;
    private int _documents;

    internal LedgerBuilder(ReceivablesLedger? origin)
    {
        Reset(origin);
    }

    /// <summary>Gets the number of documents posted (including those of the ledger the builder started from).</summary>
    public int DocumentCount => _documents;

    /// <summary>Gets the sequence number of the last event recorded (see <see cref="ReceivablesLedger.Sequence"/>).</summary>
    public long Sequence => _sequence;

    /// <summary>
    /// Makes room for <paramref name="documents"/> more documents in the builder's map of document ids, so a loader that
    /// knows its row count saves the map's repeated growth (about 60 MB of garbage for a million documents). A hint only:
    /// posting more still works.
    /// </summary>
    /// <param name="documents">The number of documents still to post, 0 or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="documents"/> is negative.</exception>
    public LedgerBuilder EnsureCapacity(int documents)
    {
        _added.EnsureCapacity(checked(_added.Count + Guard.NotNegative(documents)));
        return this;
    }

    /// <summary>Posts a document to its customer's account.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="LedgerException">The document id is already posted (for any customer), or its currency code was
    /// used with other minor units in the account.</exception>
    public LedgerBuilder Post(Document document)
    {
        Guard.NotNull(document);
        if (document.Installments.IsDefaultOrEmpty)
        {
            // One lookup in the (large) id map both checks and reserves the id; the reservation is undone if the
            // account refuses the document, so a refused posting changes nothing.
            ref var owner = ref CollectionsMarshal.GetValueRefOrAddDefault(_added, document.Id.Value, out var taken);
            if (taken || (_origin is not null && _origin.TryGetOwner(document.Id, out owner)))
            {
                var existing = owner;
                if (!taken)
                {
                    _added.Remove(document.Id.Value);
                }

                throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", string.Create(CultureInfo.InvariantCulture, $"Document id '{document.Id}' is already posted for customer {existing}."));
            }

            owner = document.Customer;
            try
            {
                // The account keeps the document itself; no event object is made (decision 030).
                State(document.Customer).Post(document, _sequence + 1);
            }
            catch
            {
                _added.Remove(document.Id.Value);
                throw;
            }
        }
        else
        {
            AppendTakingIds(document.Customer, new DocumentPosted(document));
        }

        _sequence++;
        _documents++;
        return this;
    }

    /// <summary>Applies a credit within its customer's account, as <see cref="CustomerAccount.Apply"/> does.</summary>
    /// <param name="credit">The payment, credit note, credit adjustment or write-off.</param>
    /// <param name="policy">The allocation policy.</param>
    /// <param name="date">The application date.</param>
    /// <returns>What was applied and what stays unapplied; no application number when nothing was applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="LedgerException">The credit is unknown or a debit, or the policy's allocations break a rule.</exception>
    public AppliedCredit Apply(DocumentId credit, IAllocationPolicy policy, DateOnly date)
    {
        Guard.NotNull(policy);
        if (!TryGetOwner(credit, out var customer))
        {
            throw new LedgerException(LedgerError.UnknownDocument, nameof(credit), string.Create(CultureInfo.InvariantCulture, $"Document '{credit}' is not posted."));
        }

        var state = State(customer);
        var position = state.LocateCredit(credit, nameof(credit));
        var creditRow = state.RowAt(position);
        var currency = creditRow.Document.Currency;
        IReadOnlyList<Allocation>? allocations = [];
        if (creditRow.IsOpen)
        {
            allocations = state.Propose(policy, position, date, mayCompact: true);
        }

        if (allocations is null || allocations.Count == 0)
        {
            return new AppliedCredit(null, [], Money.Zero(currency), creditRow.Open);
        }

        var application = new CreditApplied(state.NextApplication, credit, date, allocations);
        state.Append(application, _sequence + 1, view: false);
        _sequence++;
        var applied = Money.Zero(currency);
        foreach (var allocation in application.Allocations)
        {
            applied += allocation.Amount;
        }

        // A policy's boxed immutable array is the event's own (CreditApplied keeps it as it is): handed back in the same
        // box instead of boxing the event's array again.
        var kept = allocations is ImmutableArray<Allocation> ? allocations : application.Allocations;
        return new AppliedCredit(application.ApplicationNumber, kept, applied, state.RowAt(position).Open);
    }

    /// <summary>
    /// Appends any event to a customer's account (a dispute, a promise, a reversal, an annotation, a posting …), checked
    /// as <see cref="CustomerAccount.Append"/> checks it.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="ledgerEvent">The event.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledgerEvent"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default.</exception>
    /// <exception cref="LedgerException">The event breaks a rule.</exception>
    public LedgerBuilder Append(CustomerId customer, LedgerEvent ledgerEvent)
    {
        Guard.NotNull(ledgerEvent);
        if (customer.IsDefault)
        {
            throw new ArgumentException("A customer id is required.", nameof(customer));
        }

        if (ledgerEvent is DocumentPosted posted)
        {
            if (posted.Document.Customer != customer)
            {
                throw new LedgerException(LedgerError.CustomerMismatch, "document.Customer", string.Create(CultureInfo.InvariantCulture, $"Document {posted.Document.Id} belongs to customer {posted.Document.Customer}, not {customer}."));
            }

            return Post(posted.Document);
        }

        if (ledgerEvent is PaymentPlanAgreed)
        {
            AppendTakingIds(customer, ledgerEvent);
        }
        else
        {
            State(customer).Append(ledgerEvent, _sequence + 1, view: false);
        }

        _sequence++;
        return this;
    }

    /// <summary>Appends an event that takes ids (a document with installments, a payment plan), checking them ledger-wide first.</summary>
    private void AppendTakingIds(CustomerId customer, LedgerEvent ledgerEvent)
    {
        var ids = AccountState.IdsTakenBy(ledgerEvent).ToList();
        foreach (var id in ids)
        {
            if (TryGetOwner(id, out var owner))
            {
                throw new LedgerException(LedgerError.DuplicateDocumentId, ledgerEvent is PaymentPlanAgreed ? "plan" : "document.Id", string.Create(CultureInfo.InvariantCulture, $"Id '{id}' is already used for customer {owner}."));
            }
        }

        State(customer).Append(ledgerEvent, _sequence + 1, view: false);
        foreach (var id in ids)
        {
            _added[id.Value] = customer;
        }
    }

    /// <summary>Looks up a document's current state (in any account).</summary>
    /// <param name="id">The document id.</param>
    /// <param name="item">The item when found: an immutable snapshot, not changed by later operations.</param>
    /// <returns>True when the document is posted.</returns>
    public bool TryGetItem(DocumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerItem? item)
    {
        item = null;
        if (!TryGetOwner(id, out var customer))
        {
            return false;
        }

        if (_accounts.TryGetValue(customer, out var entry))
        {
            return entry.State.TryGetItem(id, out item);
        }

        return _origin!.Account(customer).TryGetItem(id, out item);
    }

    /// <summary>Gets a customer's account as it stands now (a frozen copy: later changes to the builder do not show in it).</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The account; an empty one when nothing was posted for the customer.</returns>
    public CustomerAccount Account(CustomerId customer)
    {
        if (!_accounts.TryGetValue(customer, out var entry))
        {
            return _origin?.Account(customer) ?? CustomerAccount.Create(customer);
        }

        entry.Owned = false;
        return new CustomerAccount(entry.State, null);
    }

    /// <summary>
    /// Takes over everything posted through <paramref name="part"/>, a builder of other customers, so that a large load
    /// can be built on several threads (one builder each, customers split between them) and joined into one ledger.
    /// The result is the ledger that posting the part's calls on this builder, after all of this builder's own, would
    /// give: the part's events keep their order and are numbered after this builder's (<see cref="Sequence"/> and
    /// <see cref="DocumentCount"/> add up), every account is the same.
    /// </summary>
    /// <remarks>
    /// <para>Checked before anything changes (a refused merge changes neither builder): the part started empty
    /// (<see cref="ReceivablesLedger.CreateBuilder"/>) and has not frozen a ledger, none of its customers has an account
    /// here (or in the ledger this builder started from), and none of its ids is taken here.</para>
    /// <para>The part's state moves without copying, and the part is left empty, ready for reuse. Takes time in
    /// proportion to the part's documents (its ids join this builder's id map). Like every call on a builder, not
    /// thread-safe: merge once the part's thread is done with it.</para>
    /// </remarks>
    /// <param name="part">The builder to take over; not this one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="part"/> is this builder, did not start empty, has frozen a
    /// ledger, or holds a customer that has an account here.</exception>
    /// <exception cref="LedgerException">An id of the part is taken here (<see cref="LedgerError.DuplicateDocumentId"/>).</exception>
    public LedgerBuilder Merge(LedgerBuilder part)
    {
        Guard.NotNull(part);
        if (ReferenceEquals(part, this))
        {
            throw new ArgumentException("A builder cannot merge itself.", nameof(part));
        }

        if (part._origin is { } origin && (origin.Sequence != 0 || !origin.AccountMap.IsEmpty))
        {
            throw new ArgumentException("The part must be a builder started empty (ReceivablesLedger.CreateBuilder()) that has not frozen a ledger yet.", nameof(part));
        }

        foreach (var customer in part._accounts.Keys)
        {
            if (_accounts.ContainsKey(customer) || (_origin is not null && _origin.AccountMap.ContainsKey(customer)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Customer {customer} has events in both builders; post each customer through one builder."), nameof(part));
            }
        }

        // One hash operation per id: add, and on a clash take back what was added (the refusal path).
        _added.EnsureCapacity(_added.Count + part._added.Count);
        var added = 0;
        foreach (var (id, owner) in part._added)
        {
            var existing = default(CustomerId);
            if ((_origin is not null && _origin.TryGetOwner(new DocumentId(id), out existing)) || !_added.TryAdd(id, owner))
            {
                existing = _added.TryGetValue(id, out var here) ? here : existing;
                foreach (var (undo, _) in part._added)
                {
                    if (added-- == 0)
                    {
                        break;
                    }

                    _added.Remove(undo);
                }

                throw new LedgerException(LedgerError.DuplicateDocumentId, nameof(part), string.Create(CultureInfo.InvariantCulture, $"Id '{id}' of customer {owner} is already used for customer {existing}."));
            }

            added++;
        }

        foreach (var (customer, entry) in part._accounts)
        {
            // A state the part handed out (Account) is shared with a frozen account: copy it before renumbering.
            var state = entry.Owned ? entry.State : entry.State.Clone();
            state.ShiftSequences(_sequence);
            _accounts.Add(customer, new Entry(state));
        }

        _sequence += part._sequence;
        _documents += part._documents;
        part.Reset(null);
        return this;
    }

    /// <summary>Freezes what was built into a ledger, without copying. The builder stays usable.</summary>
    /// <returns>The ledger.</returns>
    public ReceivablesLedger ToLedger()
    {
        var origin = _origin ?? ReceivablesLedger.Empty;
        ImmutableSortedDictionary<CustomerId, CustomerAccount> accounts;
        if (origin.AccountMap.IsEmpty)
        {
            var sorted = new KeyValuePair<CustomerId, CustomerAccount>[_accounts.Count];
            var i = 0;
            foreach (var (customer, entry) in _accounts)
            {
                sorted[i++] = new(customer, new CustomerAccount(entry.State, null));
            }

            Array.Sort(sorted, (x, y) => x.Key.CompareTo(y.Key));
            var builder = ImmutableSortedDictionary.CreateBuilder<CustomerId, CustomerAccount>();
            foreach (var pair in sorted)
            {
                builder.Add(pair.Key, pair.Value);
            }

            accounts = builder.ToImmutable();
        }
        else
        {
            accounts = origin.AccountMap.SetItems(_accounts.Select(p => KeyValuePair.Create(p.Key, new CustomerAccount(p.Value.State, null))));
        }

        var owners = origin.Owners.Count == 0 ? OwnerIndex.FromOwned(_added) : origin.Owners.WithRange(_added);
        var ledger = new ReceivablesLedger(accounts, owners, _sequence, _documents);
        Reset(ledger);
        return ledger;
    }

    private void Reset(ReceivablesLedger? origin)
    {
        _origin = origin;
        _accounts.Clear();
        _lastEntry = null;
        _added = [];
        _sequence = origin?.Sequence ?? 0;
        _documents = origin?.DocumentCount ?? 0;
    }

    private bool TryGetOwner(DocumentId id, out CustomerId customer)
        => _added.TryGetValue(id.Value, out customer) || (_origin is not null && _origin.TryGetOwner(id, out customer));

    private AccountState State(CustomerId customer)
    {
        var entry = _lastEntry;
        if (entry is null || entry.State.Customer != customer)
        {
            if (entry is not null)
            {
                _recent[_recentNext] = entry.State.Size;
                _recentNext = (_recentNext + 1) % _recent.Length;
                _recentCount = Math.Min(_recentCount + 1, _recent.Length);
            }

            _accounts.TryGetValue(customer, out entry);
        }

        if (entry is not null)
        {
            _lastEntry = entry;
            if (!entry.Owned)
            {
                entry.State = entry.State.Clone();
                entry.Owned = true;
            }

            return entry.State;
        }

        var state = _origin is not null && _origin.AccountMap.TryGetValue(customer, out var existing)
            ? existing.State.Clone()
            : new AccountState(customer, RoomForNewAccount());
        _lastEntry = new Entry(state);
        _accounts.Add(customer, _lastEntry);
        return state;
    }

    /// <summary>
    /// The room a new account starts with, once enough accounts were left: per list, the median of the last accounts'
    /// sizes and a quarter more (accounts of a load differ a little; a list that needs a few entries more than its room
    /// is copied whole). The median keeps one large account from sizing the next ones.
    /// </summary>
    private AccountSize RoomForNewAccount()
    {
        if (_recentCount < _recent.Length)
        {
            return default;
        }

        Span<int> items = stackalloc int[_recent.Length];
        Span<int> events = stackalloc int[_recent.Length];
        Span<int> settlements = stackalloc int[_recent.Length];
        for (var i = 0; i < _recent.Length; i++)
        {
            (items[i], events[i], settlements[i]) = (_recent[i].Items, _recent[i].Events, _recent[i].Settlements);
        }

        return new AccountSize(WithHeadroom(items), WithHeadroom(events), WithHeadroom(settlements));

        static int WithHeadroom(Span<int> sizes)
        {
            sizes.Sort();
            var median = sizes[sizes.Length / 2];
            return median + (median / 4);
        }
    }

    private sealed class Entry(AccountState state)
    {
        public AccountState State { get; set; } = state;

        public bool Owned { get; set; } = true;
    }
}

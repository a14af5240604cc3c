using System.Globalization;
using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// The receivables ledger of a company (应收款台账): one <see cref="CustomerAccount"/> per customer, with document ids
/// unique across all of them, and every event numbered in recording order (<see cref="Sequence"/>).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: every change returns a new ledger; a refused change throws and leaves the ledger
/// as it was. A single change copies the one account it touches and shares everything else; to post many documents
/// use <see cref="CreateBuilder"/> or <see cref="ToBuilder"/> (decision 009).</para>
/// <para>Two times (decision 010): an event's <see cref="LedgerEvent.Date"/> is its effective date, the business date
/// it counts from (<see cref="AsOf(DateOnly)"/>); its sequence number is its recording order, when the ledger learned of
/// it (<see cref="AsKnownAt(long)"/>).</para>
/// </remarks>
public sealed class ReceivablesLedger
{
    private readonly ImmutableSortedDictionary<CustomerId, CustomerAccount> _accounts;
    private readonly OwnerIndex _owners;

    internal ReceivablesLedger(ImmutableSortedDictionary<CustomerId, CustomerAccount> accounts, OwnerIndex owners, long sequence, int documentCount)
    {
        _accounts = accounts;
        _owners = owners;
        Sequence = sequence;
        DocumentCount = documentCount;
    }

    /// <summary>Gets an empty ledger.</summary>
    public static ReceivablesLedger Empty { get; } = new(ImmutableSortedDictionary<CustomerId, CustomerAccount>.Empty, OwnerIndex.Empty, 0, 0);

    /// <summary>Gets the accounts, ordered by customer id.</summary>
    public IEnumerable<CustomerAccount> Accounts => _accounts.Values;

    /// <summary>Gets the number of documents posted.</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// Gets the sequence number of the last event recorded in the ledger (0 when empty): every event posted through the
    /// ledger or its builder gets the next number, whatever its date. Pass it to <see cref="AsKnownAt(long)"/> later to
    /// reproduce what the ledger knew now.
    /// </summary>
    public long Sequence { get; }

    /// <summary>Gets every open debit item of every customer, by customer, then oldest due first.</summary>
    public IEnumerable<OpenItem> OpenItems => _accounts.Values.SelectMany(a => a.OpenItems);

    internal ImmutableSortedDictionary<CustomerId, CustomerAccount> AccountMap => _accounts;

    internal OwnerIndex Owners => _owners;

    /// <summary>Creates an empty builder: the fast way to post and apply many documents (see <see cref="LedgerBuilder"/>).</summary>
    /// <returns>A new builder.</returns>
    public static LedgerBuilder CreateBuilder() => new(null);

    /// <summary>Creates a builder that continues this ledger; the ledger itself does not change.</summary>
    /// <returns>A new builder holding this ledger's accounts.</returns>
    public LedgerBuilder ToBuilder() => new(this);

    /// <summary>
    /// The ledger as it stood on a date: every account's state made of the events effective on or before the date
    /// (see <see cref="CustomerAccount.AsOf(DateOnly)"/>). Reports for a past date (aging, provisions, statements,
    /// credit factors, reminders) take this view; posting anything dated after the date never changes it.
    /// </summary>
    /// <param name="date">The date of the view.</param>
    /// <returns>The ledger on that date. Documents dated later are absent, also from <see cref="DocumentCount"/>.</returns>
    public ReceivablesLedger AsOf(DateOnly date) => Map(account => account.AsOf(date));

    /// <summary>
    /// The ledger as it was known at a recording point: every account cut to the events recorded with a sequence
    /// number at or below <paramref name="sequence"/> (see <see cref="CustomerAccount.AsKnownAt(long)"/>). A report "as of
    /// 31 March, as known on 5 April" is <c>ledger.AsKnownAt(sequenceOn5April).AsOf(new(2026, 3, 31))</c>, and stays the
    /// same whatever is back-dated into March later.
    /// </summary>
    /// <param name="sequence">A value of <see cref="Sequence"/> taken earlier.</param>
    /// <returns>The ledger as known then; its <see cref="Sequence"/> is the smaller of the two.</returns>
    public ReceivablesLedger AsKnownAt(long sequence)
        => sequence >= Sequence ? this : Map(account => account.AsKnownAt(sequence), Math.Max(0, sequence));

    /// <summary>
    /// Views on several dates (month ends, say) in one call: the same as <see cref="AsOf(DateOnly)"/> for each date,
    /// each made as <see cref="AsOf(DateOnly)"/> makes it (the accounts that need a replay are replayed for all their dates
    /// in one pass over their history). The input of aging
    /// trends (one aging report per date, <c>AgingTrend</c>) and of roll-rate estimation (how balances move from one
    /// age band to the next between consecutive dates).
    /// </summary>
    /// <param name="dates">The dates; duplicates are ignored.</param>
    /// <returns>One view per distinct date, in ascending date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public IReadOnlyList<LedgerSnapshot> Snapshots(IEnumerable<DateOnly> dates)
    {
        Guard.NotNull(dates);
        var sorted = dates.Distinct().Order().ToArray();
        var builders = new ImmutableSortedDictionary<CustomerId, CustomerAccount>.Builder[sorted.Length];
        var counts = new int[sorted.Length];
        for (var j = 0; j < sorted.Length; j++)
        {
            builders[j] = ImmutableSortedDictionary.CreateBuilder<CustomerId, CustomerAccount>();
        }

        foreach (var (customer, account) in _accounts)
        {
            var views = account.SnapshotViews(sorted);
            for (var j = 0; j < sorted.Length; j++)
            {
                builders[j].Add(customer, views[j]);
                counts[j] += views[j].State.DocumentCount;
            }
        }

        var result = new LedgerSnapshot[sorted.Length];
        for (var j = 0; j < sorted.Length; j++)
        {
            result[j] = new LedgerSnapshot(sorted[j], new ReceivablesLedger(builders[j].ToImmutable(), _owners, Sequence, counts[j]));
        }

        return result;
    }

    /// <summary>Gets a customer's account; an empty one if nothing was posted for the customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default.</exception>
    public CustomerAccount Account(CustomerId customer)
        => _accounts.TryGetValue(customer, out var account) ? account : CustomerAccount.Create(customer);

    /// <summary>Finds the customer a document was posted for.</summary>
    /// <param name="document">The document id.</param>
    /// <param name="customer">The customer when found.</param>
    /// <returns>True when the document is posted.</returns>
    public bool TryGetOwner(DocumentId document, out CustomerId customer)
        => _owners.TryGetValue(document, out customer) && _accounts.TryGetValue(customer, out var account) && account.State.HasId(document);

    /// <summary>Posts a document to its customer's account.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="LedgerException">The document id is already posted (for any customer).</exception>
    public ReceivablesLedger Post(Document document)
    {
        Guard.NotNull(document);
        var posted = new DocumentPosted(document);
        var owners = _owners;
        foreach (var id in AccountState.IdsTakenBy(posted))
        {
            if (TryGetOwner(id, out var owner))
            {
                throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", string.Create(CultureInfo.InvariantCulture, $"Document id '{id}' is already posted for customer {owner}."));
            }

            owners = owners.With(id, document.Customer);
        }

        var account = Account(document.Customer).AppendAt(posted, Sequence + 1);
        return new ReceivablesLedger(_accounts.SetItem(document.Customer, account), owners, Sequence + 1, DocumentCount + 1);
    }

    /// <summary>Applies a credit within its customer's account. See <see cref="CustomerAccount.Apply"/>.</summary>
    /// <param name="credit">The credit document.</param>
    /// <param name="policy">The allocation policy.</param>
    /// <param name="date">The application date.</param>
    /// <returns>The new ledger and the application result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="LedgerException">The credit is unknown, or the policy's allocations break a rule.</exception>
    public LedgerApplicationResult Apply(DocumentId credit, IAllocationPolicy policy, DateOnly date)
    {
        Guard.NotNull(policy);
        if (!TryGetOwner(credit, out var customer))
        {
            throw new LedgerException(LedgerError.UnknownDocument, nameof(credit), string.Create(CultureInfo.InvariantCulture, $"Document '{credit}' is not posted."));
        }

        var result = _accounts[customer].ApplyAt(credit, policy, date, Sequence + 1);
        var sequence = result.ApplicationNumber is null ? Sequence : Sequence + 1;
        return new LedgerApplicationResult(new ReceivablesLedger(_accounts.SetItem(customer, result.Account), _owners, sequence, DocumentCount), result);
    }

    /// <summary>
    /// Changes one customer's account with any account operation (dispute, promise, reversal, write-off …) and puts
    /// the result back. The change must return the account it was given extended by new events (any number, none
    /// included); the new events get the ledger's next sequence numbers. Documents posted by <paramref name="change"/>
    /// must have ids unused in the whole ledger.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="change">The change, such as <c>a =&gt; a.OpenDispute(id, date, "price")</c>.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> returned another customer's account, or an account
    /// that does not extend the one it was given (another history, another view date).</exception>
    /// <exception cref="LedgerException">The change breaks a rule, or posts an id used for another customer.</exception>
    public ReceivablesLedger Update(CustomerId customer, Func<CustomerAccount, CustomerAccount> change)
    {
        Guard.NotNull(change);
        var before = Account(customer);
        var after = Guard.NotNull(change(before), nameof(change));
        if (after.Customer != customer)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The change returned the account of {after.Customer}, not {customer}."), nameof(change));
        }

        if (!after.Extends(before))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The change returned an account of {customer} that does not extend the one it was given: its history must start with the {before.History.Count} events given and keep the view date."), nameof(change));
        }

        var owners = _owners;
        var history = after.History;
        var added = 0;
        for (var i = before.History.Count; i < history.Count; i++)
        {
            foreach (var id in AccountState.IdsTakenBy(history[i]))
            {
                if (TryGetOwner(id, out var owner))
                {
                    throw new LedgerException(LedgerError.DuplicateDocumentId, history[i] is PaymentPlanAgreed ? "plan" : "document.Id", string.Create(CultureInfo.InvariantCulture, $"Id '{id}' is already used for customer {owner}."));
                }

                owners = owners.With(id, customer);
            }

            added += history[i] is DocumentPosted ? 1 : 0;
        }

        var recorded = history.Count - before.History.Count;
        return new ReceivablesLedger(_accounts.SetItem(customer, after.Restamped(before.History.Count, Sequence + 1)), owners, Sequence + recorded, DocumentCount + added);
    }

    /// <summary>Posts a receipt in its payment's customer account, atomically (see <see cref="CustomerAccount.PostReceipt"/>).
    /// The documents it creates must have ids unused in the whole ledger.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is null.</exception>
    /// <exception cref="LedgerException">A rule is broken, or an id is used for another customer; nothing is recorded.</exception>
    public ReceivablesLedger PostReceipt(Receipt receipt)
    {
        Guard.NotNull(receipt);
        return Update(receipt.Payment.Customer, account => account.PostReceipt(receipt));
    }

    private ReceivablesLedger Map(Func<CustomerAccount, CustomerAccount> view, long? sequence = null)
    {
        var accounts = ImmutableSortedDictionary.CreateBuilder<CustomerId, CustomerAccount>();
        var count = 0;
        foreach (var (customer, account) in _accounts)
        {
            var mapped = view(account);
            accounts.Add(customer, mapped);
            count += mapped.State.DocumentCount;
        }

        return new ReceivablesLedger(accounts.ToImmutable(), _owners, sequence ?? Sequence, count);
    }
}

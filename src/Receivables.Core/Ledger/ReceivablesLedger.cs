using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>
/// The receivables ledger of a company (应收款台账): one <see cref="CustomerAccount"/> per customer, with document ids
/// unique across all of them.
/// </summary>
/// <remarks>Immutable and thread-safe: every change returns a new ledger; a refused change throws and leaves the
/// ledger as it was.</remarks>
public sealed class ReceivablesLedger
{
    private readonly ImmutableSortedDictionary<CustomerId, CustomerAccount> _accounts;
    private readonly ImmutableDictionary<DocumentId, CustomerId> _owners;

    private ReceivablesLedger(ImmutableSortedDictionary<CustomerId, CustomerAccount> accounts, ImmutableDictionary<DocumentId, CustomerId> owners)
    {
        _accounts = accounts;
        _owners = owners;
    }

    /// <summary>Gets an empty ledger.</summary>
    public static ReceivablesLedger Empty { get; } = new(ImmutableSortedDictionary<CustomerId, CustomerAccount>.Empty, ImmutableDictionary<DocumentId, CustomerId>.Empty);

    /// <summary>Gets the accounts, ordered by customer id.</summary>
    public IEnumerable<CustomerAccount> Accounts => _accounts.Values;

    /// <summary>Gets the number of documents posted.</summary>
    public int DocumentCount => _owners.Count;

    /// <summary>Gets every open debit item of every customer, by customer, then oldest due first.</summary>
    public IEnumerable<OpenItem> OpenItems => _accounts.Values.SelectMany(a => a.OpenItems);

    /// <summary>
    /// The ledger as it stood on a date: every account's state made of the events effective on or before the date
    /// (see <see cref="CustomerAccount.AsOf(DateOnly)"/>). Reports for a past date (aging, provisions, statements,
    /// credit factors, reminders) take this view; posting anything dated after the date never changes it.
    /// </summary>
    /// <param name="date">The date of the view.</param>
    /// <returns>The ledger on that date. Documents dated later are absent, also from <see cref="DocumentCount"/>.</returns>
    public ReceivablesLedger AsOf(DateOnly date)
    {
        var accounts = ImmutableSortedDictionary.CreateBuilder<CustomerId, CustomerAccount>();
        var owners = ImmutableDictionary.CreateBuilder<DocumentId, CustomerId>();
        foreach (var (customer, account) in _accounts)
        {
            var view = account.AsOf(date);
            accounts[customer] = view;
            foreach (var item in view.Items)
            {
                owners[item.Id] = customer;
            }
        }

        return new ReceivablesLedger(accounts.ToImmutable(), owners.ToImmutable());
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
    public bool TryGetOwner(DocumentId document, out CustomerId customer) => _owners.TryGetValue(document, out customer);

    /// <summary>Posts a document to its customer's account.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="LedgerException">The document id is already posted (for any customer).</exception>
    public ReceivablesLedger Post(Document document)
    {
        Guard.NotNull(document);
        if (_owners.TryGetValue(document.Id, out var owner))
        {
            throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", $"Document id '{document.Id}' is already posted for customer {owner}.");
        }

        var account = Account(document.Customer).Post(document);
        return new ReceivablesLedger(_accounts.SetItem(document.Customer, account), _owners.Add(document.Id, document.Customer));
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
        if (!_owners.TryGetValue(credit, out var customer))
        {
            throw new LedgerException(LedgerError.UnknownDocument, nameof(credit), $"Document '{credit}' is not posted.");
        }

        var result = _accounts[customer].Apply(credit, policy, date);
        return new LedgerApplicationResult(new ReceivablesLedger(_accounts.SetItem(customer, result.Account), _owners), result);
    }

    /// <summary>
    /// Changes one customer's account with any account operation (dispute, promise, reversal, write-off …) and puts
    /// the result back. Documents posted by <paramref name="change"/> must have ids unused in the whole ledger.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="change">The change, such as <c>a =&gt; a.OpenDispute(id, date, "price")</c>.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> returned another customer's account.</exception>
    /// <exception cref="LedgerException">The change breaks a rule, or posts an id used for another customer.</exception>
    public ReceivablesLedger Update(CustomerId customer, Func<CustomerAccount, CustomerAccount> change)
    {
        Guard.NotNull(change);
        var before = Account(customer);
        var after = Guard.NotNull(change(before), nameof(change));
        if (after.Customer != customer)
        {
            throw new ArgumentException($"The change returned the account of {after.Customer}, not {customer}.", nameof(change));
        }

        var owners = _owners;
        foreach (var posted in after.History.Skip(before.History.Count).OfType<DocumentPosted>())
        {
            if (owners.TryGetValue(posted.Document.Id, out var owner))
            {
                throw new LedgerException(LedgerError.DuplicateDocumentId, "document.Id", $"Document id '{posted.Document.Id}' is already posted for customer {owner}.");
            }

            owners = owners.Add(posted.Document.Id, customer);
        }

        return new ReceivablesLedger(_accounts.SetItem(customer, after), owners);
    }
}

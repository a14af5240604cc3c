using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Reminders;

/// <summary>
/// The reminders issued and the contacts made, as the planner reads them. Take it from the ledger
/// (<see cref="From(ReceivablesLedger)"/>, which reads the <c>reminders.*</c> annotations) or build it from records.
/// Planning on a date only looks at records dated on or before it.
/// </summary>
/// <remarks>Immutable and thread-safe. The order of the records does not matter.</remarks>
public sealed class ReminderHistory
{
    private ReminderHistory(ImmutableArray<ReminderIssued> issued, ImmutableArray<ReminderContact> contacts)
    {
        Issued = issued;
        Contacts = contacts;
    }

    /// <summary>Gets the empty history.</summary>
    public static ReminderHistory Empty { get; } = new([], []);

    /// <summary>Gets the reminders issued.</summary>
    public ImmutableArray<ReminderIssued> Issued { get; }

    /// <summary>Gets the contacts.</summary>
    public ImmutableArray<ReminderContact> Contacts { get; }

    /// <summary>Creates a history from records.</summary>
    /// <param name="issued">The reminders issued.</param>
    /// <param name="contacts">The contacts; the default value is none.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issued"/> or a record is null.</exception>
    public static ReminderHistory Create(IEnumerable<ReminderIssued> issued, IEnumerable<ReminderContact>? contacts = null)
    {
        ImmutableArray<ReminderIssued> i = [.. Guard.NotNull(issued)];
        ImmutableArray<ReminderContact> c = contacts is null ? [] : [.. contacts];
        if (i.Any(r => r is null) || c.Any(r => r is null))
        {
            throw new ArgumentNullException(i.Any(r => r is null) ? nameof(issued) : nameof(contacts), "A record is null.");
        }

        return new ReminderHistory(i, c);
    }

    /// <summary>Reads the history kept in a ledger: every <c>reminders.issued</c> and <c>reminders.contact</c>
    /// annotation of every account. Malformed annotations of those kinds are skipped.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ReminderHistory From(ReceivablesLedger ledger)
    {
        Guard.NotNull(ledger);
        var issued = ImmutableArray.CreateBuilder<ReminderIssued>();
        var contacts = ImmutableArray.CreateBuilder<ReminderContact>();
        foreach (var account in ledger.Accounts)
        {
            foreach (var e in account.History)
            {
                if (e is not LedgerAnnotation a)
                {
                    continue;
                }

                if (ReminderIssued.TryFromAnnotation(a, out var i))
                {
                    issued.Add(i);
                }
                else if (ReminderContact.TryFromAnnotation(a, out var c))
                {
                    contacts.Add(c);
                }
            }
        }

        return new ReminderHistory(issued.ToImmutable(), contacts.ToImmutable());
    }

    /// <summary>Returns the history with more records.</summary>
    /// <param name="issued">Reminders issued.</param>
    /// <param name="contacts">Contacts; the default value is none.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issued"/> or a record is null.</exception>
    public ReminderHistory Plus(IEnumerable<ReminderIssued> issued, IEnumerable<ReminderContact>? contacts = null)
    {
        var more = Create(issued, contacts);
        return new ReminderHistory(Issued.AddRange(more.Issued), Contacts.AddRange(more.Contacts));
    }

    internal Index On(DateOnly asOf) => new(this, asOf);

    internal readonly record struct ItemState(int Level, int Times, DateOnly Last);

    internal sealed class CustomerState
    {
        public List<DateOnly> Dates { get; } = [];

        public ContactOutcome? LastOutcome { get; set; }

        public DateOnly LastOutcomeDate { get; set; } = DateOnly.MinValue;

        public int BrokenPromises { get; set; }
    }

    internal sealed class Index
    {
        // Per policy name, per item: one string hash per record for the policy, one per item (decision 501).
        // Keyed by the ids' strings (ordinal): the dictionaries then hash with their fast non-randomized string hash.
        private readonly Dictionary<string, Dictionary<string, ItemState>> _items = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CustomerState> _customers = new(StringComparer.Ordinal);

        public Index(ReminderHistory history, DateOnly asOf)
        {
            foreach (var r in history.Issued)
            {
                if (r.Date > asOf)
                {
                    continue;
                }

                Add(r);
            }

            foreach (var c in history.Contacts)
            {
                if (c.Date > asOf)
                {
                    continue;
                }

                var state = Customer(c.Customer);
                if (c.Date > state.LastOutcomeDate || (c.Date == state.LastOutcomeDate && (state.LastOutcome is null || c.Outcome > state.LastOutcome)))
                {
                    state.LastOutcome = c.Outcome;
                    state.LastOutcomeDate = c.Date;
                }
            }
        }

        public void Add(ReminderIssued r)
        {
            var state = Customer(r.Customer);
            state.Dates.Add(r.Date);
            if (r.Trigger == ReminderTrigger.BrokenPromise)
            {
                state.BrokenPromises++;
            }

            if (!_items.TryGetValue(r.Policy, out var items))
            {
                _items[r.Policy] = items = new Dictionary<string, ItemState>(StringComparer.Ordinal);
            }

            foreach (var item in r.Items)
            {
                ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(items, item.Value, out var exists);
                if (!exists)
                {
                    s = new ItemState(r.Level, 1, r.Date);
                    continue;
                }

                var last = r.Date > s.Last ? r.Date : s.Last;
                s = r.Level > s.Level ? new ItemState(r.Level, 1, last)
                    : r.Level == s.Level ? new ItemState(s.Level, s.Times + 1, last)
                    : s with { Last = last };
            }
        }

        public ItemState Item(string policy, DocumentId item) => Items(policy) is { } items ? items.GetValueOrDefault(item.Value) : default;

        /// <summary>The item states of one policy, or <see langword="null"/> when it has none.</summary>
        public Dictionary<string, ItemState>? Items(string policy) => _items.GetValueOrDefault(policy);

        public CustomerState? Find(CustomerId customer) => _customers.GetValueOrDefault(customer.Value);

        private CustomerState Customer(CustomerId customer)
        {
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(_customers, customer.Value, out _);
            return state ??= new CustomerState();
        }
    }
}

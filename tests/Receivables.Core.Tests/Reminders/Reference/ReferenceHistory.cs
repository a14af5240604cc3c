using Receivables.Reminders;

namespace Receivables.Tests.Reminders.Reference;

/// <summary>The history index as it was before the performance pass (decision 501), kept verbatim for
/// <see cref="ReferenceReminderPlanner"/>.</summary>
internal static class ReferenceHistory
{
    public readonly record struct ItemState(int Level, int Times, DateOnly Last);

    public sealed class CustomerState
    {
        public List<DateOnly> Dates { get; } = [];

        public ContactOutcome? LastOutcome { get; set; }

        public DateOnly LastOutcomeDate { get; set; } = DateOnly.MinValue;

        public int BrokenPromises { get; set; }
    }

    public sealed class Index
    {
        private readonly Dictionary<(string Policy, DocumentId Item), ItemState> _items = [];
        private readonly Dictionary<CustomerId, CustomerState> _customers = [];

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

            foreach (var item in r.Items)
            {
                var key = (r.Policy, item);
                if (!_items.TryGetValue(key, out var s))
                {
                    _items[key] = new ItemState(r.Level, 1, r.Date);
                    continue;
                }

                var last = r.Date > s.Last ? r.Date : s.Last;
                _items[key] = r.Level > s.Level ? new ItemState(r.Level, 1, last)
                    : r.Level == s.Level ? new ItemState(s.Level, s.Times + 1, last)
                    : s with { Last = last };
            }
        }

        public ItemState Item(string policy, DocumentId item) => _items.GetValueOrDefault((policy, item));

        public CustomerState? Find(CustomerId customer) => _customers.GetValueOrDefault(customer);

        private CustomerState Customer(CustomerId customer)
        {
            if (!_customers.TryGetValue(customer, out var state))
            {
                _customers[customer] = state = new CustomerState();
            }

            return state;
        }
    }
}

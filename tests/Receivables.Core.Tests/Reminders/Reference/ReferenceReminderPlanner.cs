using System.Globalization;
using System.Collections.Immutable;
using Receivables.Calendars;
using Receivables.Internal;
using Receivables.Ledger;
using Receivables.Terms;

using Receivables.Reminders;

namespace Receivables.Tests.Reminders.Reference;

/// <summary>The planner as it was before the performance pass (decision 501), kept verbatim as the oracle the fast
/// planner is compared with: a plain per-customer dictionary, eager reasons and skips, immutable builders.</summary>
internal sealed class ReferenceReminderPlanner
{
    private readonly IReminderActionPolicy _action;
    private readonly IBusinessCalendar _calendar;
    private readonly int _maxContacts;
    private readonly int _window;
    private readonly Func<OpenItem, string?>? _block;

    public ReferenceReminderPlanner(ReminderPlannerOptions options)
    {
        _action = options.ActionPolicy;
        _calendar = options.Calendar;
        _maxContacts = options.MaxContacts;
        _window = options.ContactWindowDays;
        _block = options.ItemBlock;
    }

    /// <summary>Plans the reminders on a date.</summary>
    /// <param name="asOf">The planning date (a later date than today is a what-if: nothing is assumed paid).</param>
    /// <param name="items">The open items (usually the ledger's view on <paramref name="asOf"/>); ids unique.</param>
    /// <param name="history">The reminders issued and contacts made; records after <paramref name="asOf"/> are ignored.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none (every customer has the defaults).</param>
    /// <param name="documents">Documents owed to us to chase; the default value is none. Ids unique per subject.</param>
    /// <returns>The plan, customers in ordinal order of their ids.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">An item id (or a document id of one subject) is repeated, or a document
    /// request has a default id or the subject <see cref="ReminderSubject.Payment"/>.</exception>
    public ReminderPlan Plan(DateOnly asOf, IEnumerable<OpenItem> items, ReminderHistory history, ReminderStrategy strategy, ReminderCustomers? customers = null, IEnumerable<DocumentRequest>? documents = null)
    {
        Guard.NotNull(items);
        Guard.NotNull(history);
        Guard.NotNull(strategy);
        var index = new ReferenceHistory.Index(history, asOf);
        return Plan(asOf, Collect(items, documents), index, strategy, customers ?? ReminderCustomers.None);
    }

    private static Dictionary<CustomerId, List<Candidate>> Collect(IEnumerable<OpenItem> items, IEnumerable<DocumentRequest>? documents)
    {
        var byCustomer = new Dictionary<CustomerId, List<Candidate>>();
        var ids = new HashSet<DocumentId>();
        foreach (var item in items)
        {
            Guard.NotNull(item, nameof(items));
            if (!ids.Add(item.Id))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The item id '{item.Id}' is repeated."), nameof(items));
            }

            Add(byCustomer, new Candidate(item, null));
        }

        if (documents is not null)
        {
            var requested = new HashSet<(ReminderSubject, DocumentId)>();
            foreach (var request in documents)
            {
                Guard.NotNull(request, nameof(documents));
                if (request.Id.IsDefault || request.Customer.IsDefault || request.Subject == ReminderSubject.Payment || !Enum.IsDefined(request.Subject))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The document request '{request.Id}' needs ids and a document subject (not Payment)."), nameof(documents));
                }

                if (!requested.Add((request.Subject, request.Id)))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The document request '{request.Id}' ({request.Subject}) is repeated."), nameof(documents));
                }

                Add(byCustomer, new Candidate(null, request));
            }
        }

        foreach (var list in byCustomer.Values)
        {
            list.Sort(static (a, b) => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate)
                : string.CompareOrdinal(a.Id.Value, b.Id.Value) is var c and not 0 ? c
                : a.Subject.CompareTo(b.Subject));
        }

        return byCustomer;

        static void Add(Dictionary<CustomerId, List<Candidate>> map, Candidate candidate)
        {
            if (!map.TryGetValue(candidate.Customer, out var list))
            {
                map[candidate.Customer] = list = [];
            }

            list.Add(candidate);
        }
    }

    private ReminderPlan Plan(DateOnly asOf, Dictionary<CustomerId, List<Candidate>> byCustomer, ReferenceHistory.Index index, ReminderStrategy strategy, ReminderCustomers customers)
    {
        var keys = byCustomer.Keys.ToArray();
        Array.Sort(keys);
        var result = ImmutableArray.CreateBuilder<CustomerReminders>(keys.Length);
        var scratch = new Scratch();
        foreach (var customer in keys)
        {
            result.Add(PlanCustomer(asOf, customer, byCustomer[customer], index, strategy, customers.Find(customer), scratch));
        }

        return new ReminderPlan(asOf, result.MoveToImmutable());
    }

    private CustomerReminders PlanCustomer(DateOnly asOf, CustomerId customer, List<Candidate> candidates, ReferenceHistory.Index index, ReminderStrategy strategy, ReminderCustomer? info, Scratch scratch)
    {
        var skipped = ImmutableArray.CreateBuilder<ReminderSkip>();
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        DateOnly? next = null;
        if (info?.BlockedReason is { } blocked)
        {
            skipped.Add(new ReminderSkip(null, ReminderReasonCodes.CustomerBlocked.With(customer.Value, blocked), null));
            return new CustomerReminders(customer, [], skipped.ToImmutable(), null, []);
        }

        var state = index.Find(customer);
        var brokenNow = 0;
        foreach (var c in candidates)
        {
            if (c.Item?.Promise is { } p && !c.Item.IsDisputed && asOf > p.PromisedDate)
            {
                brokenNow++;
            }
        }

        var behaviour = new ReminderBehaviour(info, (state?.BrokenPromises ?? 0) + brokenNow);
        var groups = scratch.Groups;
        groups.Clear();
        foreach (var c in candidates)
        {
            var item = c.Item;
            if (item is not null)
            {
                if (item.Dispute is { } dispute)
                {
                    skipped.Add(new ReminderSkip(item.Id, ReminderReasonCodes.Disputed.With(item.Id.Value, dispute.OpenedOn, dispute.Note), null));
                    continue;
                }

                if (item.PaymentMethod.Kind == PaymentMethodKind.DirectDebit && asOf <= item.CollectionDate)
                {
                    skipped.Add(new ReminderSkip(item.Id, ReminderReasonCodes.DirectDebitHeld.With(item.Id.Value, item.CollectionDate), item.CollectionDate.AddDays(1)));
                    continue;
                }

                if (_block?.Invoke(item) is { } why)
                {
                    skipped.Add(new ReminderSkip(item.Id, ReminderReasonCodes.ItemBlocked.With(item.Id.Value, why), null));
                    continue;
                }
            }

            ReminderPolicy policy;
            if (item is not null)
            {
                (policy, var whyPolicy) = strategy.Select(behaviour, item.Segment);
                NoteLadder(reasons, customer, policy, whyPolicy);
            }
            else if (strategy.ForDocuments(c.Subject) is { } documentPolicy)
            {
                policy = documentPolicy;
            }
            else
            {
                continue;
            }

            var history = index.Item(policy.Name, c.Id);
            var trigger = ReminderTrigger.Schedule;
            int level;
            Reason reason;
            if (item?.Promise is { } promise)
            {
                var until = promise.PromisedDate.AddDays(policy.PromiseGraceDays);
                if (asOf <= until)
                {
                    var retry = until.AddDays(1);
                    skipped.Add(new ReminderSkip(item.Id, ReminderReasonCodes.PromiseHeld.With(item.Id.Value, promise.PromisedDate, until), retry));
                    next = Min(next, retry);
                    continue;
                }

                if (history.Level == 0 || history.Last <= until)
                {
                    trigger = ReminderTrigger.BrokenPromise;
                    level = Math.Min(history.Level + 1, policy.Levels.Length);
                    while (level < policy.Levels.Length && policy.Levels[level - 1].Days < 0)
                    {
                        level++;
                    }

                    reason = ReminderReasonCodes.PromiseBroken.With(item.Id.Value, promise.PromisedDate, promise.Amount, item.Open);
                    goto Chosen;
                }
            }

            var step = _action.Choose(new ReminderActionArguments(asOf, policy, c.Id, c.DueDate, history.Level, history.Times, history.Level == 0 ? null : history.Last, state?.LastOutcome));
            if (!step.IsDueOn(asOf))
            {
                DateOnly? retryOn = step.IsNone || step.Date == DateOnly.MaxValue ? null : step.Date;
                skipped.Add(new ReminderSkip(c.Id, step.Reason ?? ReminderReasonCodes.LadderEnd.With(c.Id.Value, policy.Name), retryOn));
                next = Min(next, retryOn);
                continue;
            }

            level = Math.Min(step.Level, policy.Levels.Length);
            reason = step.Reason;

        Chosen:
            var chosen = policy.Levels[level - 1];
            if (item is not null && chosen.MinimumItemOverdue.TryGetValue(item.Currency, out var itemMinimum) && item.Open < itemMinimum)
            {
                skipped.Add(new ReminderSkip(item.Id, ReminderReasonCodes.BelowItemMinimum.With(item.Id.Value, item.Open, itemMinimum, level), null));
                continue;
            }

            var key = (policy.Name, level, policy.PerItem ? c.Id : default);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(policy, chosen, trigger);
            }

            if (trigger == ReminderTrigger.BrokenPromise)
            {
                group.Trigger = trigger;
            }

            group.Members.Add((c, history));
            group.Reasons.Add(reason);
        }

        var proposals = ImmutableArray<ReminderProposal>.Empty;
        if (groups.Count > 0)
        {
            proposals = Discipline(asOf, customer, info, state, groups, skipped, ref next);
        }

        foreach (var p in proposals)
        {
            next = Min(next, p.NextActionDate);
        }

        return new CustomerReminders(customer, proposals, skipped.ToImmutable(), next, reasons.ToImmutable());
    }

    private ImmutableArray<ReminderProposal> Discipline(DateOnly asOf, CustomerId customer, ReminderCustomer? info, ReferenceHistory.CustomerState? state, Dictionary<(string, int, DocumentId), Group> groups, ImmutableArray<ReminderSkip>.Builder skipped, ref DateOnly? next)
    {
        // Customer minimum per currency: the items of a currency whose total is below the level's minimum are left out.
        var ordered = new List<Group>(groups.Count);
        foreach (var group in groups.Values)
        {
            if (!group.Level.MinimumOverdue.IsEmpty)
            {
                foreach (var (currency, total) in Totals(group))
                {
                    if (group.Level.MinimumOverdue.TryGetValue(currency, out var minimum) && total < minimum)
                    {
                        skipped.Add(new ReminderSkip(null, ReminderReasonCodes.BelowCustomerMinimum.With(group.Level.Number, total, minimum), null));
                        for (var i = group.Members.Count - 1; i >= 0; i--)
                        {
                            if (group.Members[i].Candidate.Item?.Currency == currency)
                            {
                                group.Members.RemoveAt(i);
                                group.Reasons.RemoveAt(i);
                            }
                        }
                    }
                }
            }

            if (group.Members.Count > 0)
            {
                ordered.Add(group);
            }
        }

        ordered.Sort(static (a, b) => b.Level.Number != a.Level.Number ? b.Level.Number.CompareTo(a.Level.Number)
            : string.CompareOrdinal(a.Policy.Name, b.Policy.Name) is var c and not 0 ? c
            : string.CompareOrdinal(a.Members[0].Candidate.Id.Value, b.Members[0].Candidate.Id.Value));
        if (ordered.Count == 0)
        {
            return [];
        }

        var preferences = info?.Preferences ?? ReminderPreferences.Default;
        var calendar = preferences.Calendar ?? _calendar;
        if (!calendar.IsBusinessDay(asOf))
        {
            var retry = calendar.NextBusinessDay(asOf);
            skipped.Add(new ReminderSkip(null, ReminderReasonCodes.QuietDay.With(customer.Value, asOf, retry), retry));
            next = Min(next, retry);
            return [];
        }

        foreach (var period in preferences.DoNotContact)
        {
            if (period.Contains(asOf))
            {
                var retry = period.To.AddDays(1);
                skipped.Add(new ReminderSkip(null, ReminderReasonCodes.DoNotContact.With(customer.Value, period.From, period.To), retry));
                next = Min(next, retry);
                return [];
            }
        }

        var windowStart = asOf.AddDays(1 - _window);
        var used = 0;
        var today = false;
        var oldest = DateOnly.MaxValue;
        if (state is not null)
        {
            foreach (var date in state.Dates)
            {
                if (date >= windowStart && date <= asOf)
                {
                    used++;
                    oldest = date < oldest ? date : oldest;
                    today |= date == asOf;
                }
            }
        }

        if (today)
        {
            var retry = asOf.AddDays(1);
            foreach (var group in ordered)
            {
                skipped.Add(new ReminderSkip(null, ReminderReasonCodes.ContactedToday.With(customer.Value, asOf, group.Level.Number), retry));
            }

            next = Min(next, retry);
            return [];
        }

        var allowed = Math.Max(0, _maxContacts - used);
        var proposals = ImmutableArray.CreateBuilder<ReminderProposal>(Math.Min(allowed, ordered.Count));
        for (var g = 0; g < ordered.Count; g++)
        {
            var group = ordered[g];
            if (g >= allowed)
            {
                DateOnly? retry = used > 0 && oldest != DateOnly.MaxValue ? oldest.AddDays(_window) : asOf.AddDays(1);
                skipped.Add(new ReminderSkip(null, ReminderReasonCodes.ContactCap.With(customer.Value, used, _window, _maxContacts, group.Level.Number), retry));
                next = Min(next, retry);
                continue;
            }

            proposals.Add(Propose(asOf, customer, preferences, group));
        }

        return proposals.ToImmutable();
    }

    private ReminderProposal Propose(DateOnly asOf, CustomerId customer, ReminderPreferences preferences, Group group)
    {
        var level = group.Level;
        var reasons = ImmutableArray.CreateBuilder<Reason>(group.Reasons.Count + 3);
        reasons.AddRange(group.Reasons);
        var channel = level.Channels[0];
        var why = "level";
        if (preferences.Channel is { } preferred && level.Channels.Contains(preferred))
        {
            channel = preferred;
            why = "preferred";
        }

        reasons.Add(ReminderReasonCodes.Channel.With(channel.ToString(), why));
        var lines = ImmutableArray.CreateBuilder<ReminderLine>(group.Members.Count);
        var interest = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        var chargesInterest = !ReferenceEquals(level.Interest, LateChargePolicies.None);
        DateOnly? next = null;
        foreach (var (c, history) in group.Members)
        {
            Money? itemInterest = null;
            if (c.Item is { } item && chargesInterest && asOf > item.DueDate)
            {
                var charge = level.Interest.Calculate(new LateChargeArguments(item.Open, item.DueDate, asOf)).Total.Round();
                if (charge.IsPositive)
                {
                    itemInterest = charge;
                    interest[charge.Currency.Code] = interest.TryGetValue(charge.Currency.Code, out var sum) ? sum + charge : charge;
                }
            }

            lines.Add(new ReminderLine(c.Id, c.Subject, c.DueDate, asOf.DayNumber - c.DueDate.DayNumber, c.Item?.Open, itemInterest));
            var times = history.Level == level.Number ? history.Times + 1 : 1;
            var step = _action.Choose(new ReminderActionArguments(asOf.AddDays(1), group.Policy, c.Id, c.DueDate, Math.Max(level.Number, history.Level), history.Level > level.Number ? history.Times : times, asOf, null));
            if (!step.IsNone && step.Date != DateOnly.MaxValue)
            {
                next = Min(next, step.Date);
            }
        }

        var totals = Totals(group);
        var fees = ImmutableArray.CreateBuilder<Money>();
        if (!level.Fee.IsNone)
        {
            foreach (var (_, total) in totals)
            {
                var fee = level.Fee.Calculate(total, out var uncapped);
                if (uncapped is { } before)
                {
                    reasons.Add(ReminderReasonCodes.FeeCapped.With(before, fee));
                }

                if (fee.IsPositive)
                {
                    fees.Add(fee);
                }
            }
        }

        return new ReminderProposal(asOf, customer, group.Policy, level, channel, group.Trigger, lines.MoveToImmutable(), [.. totals.Select(t => t.Total)], fees.ToImmutable(), [.. interest.Values], next, reasons.ToImmutable(), preferences);
    }

    private static List<(Currency Currency, Money Total)> Totals(Group group)
    {
        var totals = new List<(Currency Currency, Money Total)>(1);
        foreach (var (c, _) in group.Members)
        {
            if (c.Item is not { } item)
            {
                continue;
            }

            var i = totals.FindIndex(t => t.Currency == item.Currency);
            if (i < 0)
            {
                totals.Add((item.Currency, item.Open));
            }
            else
            {
                totals[i] = (item.Currency, totals[i].Total + item.Open);
            }
        }

        totals.Sort(static (a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        return totals;
    }

    private static void NoteLadder(ImmutableArray<Reason>.Builder reasons, CustomerId customer, ReminderPolicy policy, string why)
    {
        foreach (var r in reasons)
        {
            if (string.Equals((string)r["policy"], policy.Name, StringComparison.Ordinal))
            {
                return;
            }
        }

        reasons.Add(ReminderReasonCodes.Ladder.With(customer.Value, policy.Name, why));
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private readonly struct Candidate
    {
        public Candidate(OpenItem? item, DocumentRequest? request)
        {
            Item = item;
            Request = request;
        }

        public OpenItem? Item { get; }

        public DocumentRequest? Request { get; }

        public DocumentId Id => Item?.Id ?? Request!.Id;

        public CustomerId Customer => Item?.Customer ?? Request!.Customer;

        public DateOnly DueDate => Item?.CollectionDate ?? Request!.DueDate; // an acceptance bill is due on its maturity

        public ReminderSubject Subject => Item is null ? Request!.Subject : ReminderSubject.Payment;
    }

    private sealed class Group(ReminderPolicy policy, ReminderLevel level, ReminderTrigger trigger)
    {
        public ReminderPolicy Policy { get; } = policy;

        public ReminderLevel Level { get; } = level;

        public ReminderTrigger Trigger { get; set; } = trigger;

        public List<(Candidate Candidate, ReferenceHistory.ItemState History)> Members { get; } = [];

        public List<Reason> Reasons { get; } = [];
    }

    private sealed class Scratch
    {
        public Dictionary<(string, int, DocumentId), Group> Groups { get; } = [];
    }
}

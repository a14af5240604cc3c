using System.Globalization;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Receivables.Calendars;
using Receivables.Internal;
using Receivables.Ledger;
using Receivables.Terms;

namespace Receivables.Reminders;

/// <summary>
/// Plans reminders: from the open items (and owed documents), the reminder history, the strategy and the customers'
/// preferences, it proposes per customer what to send on a date. Pure: nothing is sent or recorded, the same inputs
/// give the same plan in any order, and planning again on the same date after recording the proposals proposes
/// nothing new. A future date is a what-if forecast; <see cref="Forecast"/> gives the coming contacts day by day.
/// </summary>
/// <remarks>
/// <para>Rules no action policy can change: a disputed item is never reminded; an item under a promise to pay waits
/// until the promised date plus the policy's grace, and a promise still open after that (broken, or only partly kept)
/// escalates at once, ignoring schedule and intervals; a blocked customer or item is skipped with the host's reason;
/// no communication on a non-business day of the customer's calendar or in a do-not-contact period, nor on a day the
/// customer already had one; at most
/// <see cref="ReminderPlannerOptions.MaxContacts"/> communications per customer within the window (the most severe
/// levels first); one communication per customer, policy and level grouping its items unless the policy is per item.</para>
/// <para>Immutable and thread-safe; build once with <see cref="Create"/>.</para>
/// </remarks>
public sealed partial class ReminderPlanner
{
    private readonly IReminderActionPolicy _action;
    private readonly IBusinessCalendar _calendar;
    private readonly int _maxContacts;
    private readonly int _window;
    private readonly Func<OpenItem, string?>? _block;
    private readonly ReminderActionPolicies.LadderPolicy? _ladder;

    private ReminderPlanner(ReminderPlannerOptions options)
    {
        _action = options.ActionPolicy;
        _ladder = options.ActionPolicy as ReminderActionPolicies.LadderPolicy;
        _calendar = options.Calendar;
        _maxContacts = options.MaxContacts;
        _window = options.ContactWindowDays;
        _block = options.ItemBlock;
    }

    /// <summary>Gets a planner with the default options.</summary>
    public static ReminderPlanner Default { get; } = Create(new ReminderPlannerOptions());

    /// <summary>Validates the options (all errors together) and builds the planner.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The planner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ReminderOptionsException">A value is invalid; each error names its field.</exception>
    public static ReminderPlanner Create(ReminderPlannerOptions options)
    {
        Guard.NotNull(options);
        var errors = new List<string>();
        if (options.ActionPolicy is null)
        {
            errors.Add("ActionPolicy must not be null.");
        }

        if (options.Calendar is null)
        {
            errors.Add("Calendar must not be null.");
        }

        if (options.MaxContacts < 1)
        {
            errors.Add(ReminderPolicy.Invariant($"MaxContacts = {options.MaxContacts} must be at least 1."));
        }

        if (options.ContactWindowDays < 1)
        {
            errors.Add(ReminderPolicy.Invariant($"ContactWindowDays = {options.ContactWindowDays} must be at least 1."));
        }

        if (errors.Count > 0)
        {
            throw new ReminderOptionsException(errors, nameof(options));
        }

        return new ReminderPlanner(options);
    }

    /// <summary>Plans the reminders of a ledger on a date: the ledger's view on the date
    /// (<see cref="ReceivablesLedger.AsOf(DateOnly)"/>), its open items and the reminder history kept in it.</summary>
    /// <param name="asOf">The planning date.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="strategy"/> is null.</exception>
    public ReminderPlan Plan(DateOnly asOf, ReceivablesLedger ledger, ReminderStrategy strategy, ReminderCustomers? customers = null)
    {
        Guard.NotNull(ledger);
        var view = ledger.AsOf(asOf);
        return Plan(asOf, view.OpenItems, ReminderHistory.From(view), strategy, customers);
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
        var index = history.On(asOf);
        return Plan(asOf, Collect(items, documents), index, strategy, customers ?? ReminderCustomers.None);
    }

    /// <summary>
    /// Forecasts the contact calendar: plans each day from <paramref name="from"/> for <paramref name="days"/> days,
    /// assuming every proposal is issued and nothing is paid, disputed or promised meanwhile.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="days">The number of days, from 1 to 366.</param>
    /// <param name="items">The open items.</param>
    /// <param name="history">The history so far.</param>
    /// <param name="strategy">The policies.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <param name="documents">Documents owed to chase; the default value is none.</param>
    /// <returns>One plan per day, in date order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Plan(DateOnly, IEnumerable{OpenItem}, ReminderHistory, ReminderStrategy, ReminderCustomers?, IEnumerable{DocumentRequest}?)"/>.</exception>
    public ImmutableArray<ReminderPlan> Forecast(DateOnly from, int days, IEnumerable<OpenItem> items, ReminderHistory history, ReminderStrategy strategy, ReminderCustomers? customers = null, IEnumerable<DocumentRequest>? documents = null)
    {
        Guard.InRange(days, 1, 366);
        Guard.NotNull(items);
        Guard.NotNull(history);
        Guard.NotNull(strategy);
        var candidates = Collect(items, documents);
        var result = ImmutableArray.CreateBuilder<ReminderPlan>(days);
        var known = history;
        for (var d = 0; d < days; d++)
        {
            var date = from.AddDays(d);
            var plan = Plan(date, candidates, known.On(date), strategy, customers ?? ReminderCustomers.None);
            result.Add(plan);
            known = known.Plus(plan.ToIssued());
        }

        return result.MoveToImmutable();
    }

    // The plan is written as rows (PlanRows, decision 502) and each customer's part when first read.
    // The fast form (decision 501): candidates grouped by a counting sort over customer numbers instead of a dictionary
    // of lists, per-customer work in reused scratch lists, the built-in ladder asked
    // without writing reasons (Decide), and the reasons of proposals written when first read. The plain form it
    // replaced is kept in the tests (ReferenceReminderPlanner) and compared with this one.
    private static Candidates Collect(IEnumerable<OpenItem> items, IEnumerable<DocumentRequest>? documents)
    {
        var hint = items.TryGetNonEnumeratedCount(out var n) ? n : 0;
        var all = new List<Candidate>(hint);
        var numbers = new List<int>(hint);
        // Keyed by the ids' strings with the ordinal comparer: the dictionary then hashes them with its fast
        // non-randomized string hash (switching to the randomized one only if collisions pile up).
        var byCustomer = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new List<CustomerId>();
        var ids = new HashSet<string>(hint, StringComparer.Ordinal);
        var lastCustomer = default(CustomerId);
        var lastNumber = -1;
        foreach (var item in items)
        {
            Guard.NotNull(item, nameof(items));
            if (!ids.Add(item.Id.Value))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The item id '{item.Id}' is repeated."), nameof(items));
            }

            Add(new Candidate(item, null));
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

                Add(new Candidate(null, request));
            }
        }

        // Customers in ordinal order, then a counting sort of the candidates by the customer's rank.
        var customers = numbered.ToArray();
        var order = new int[customers.Length];
        for (var number = 0; number < order.Length; number++)
        {
            order[number] = number;
        }

        Array.Sort(customers, order);
        var rank = new int[customers.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var starts = new int[customers.Length + 1];
        for (var k = 0; k < numbers.Count; k++)
        {
            starts[rank[numbers[k]] + 1]++;
        }

        for (var r = 0; r < customers.Length; r++)
        {
            starts[r + 1] += starts[r];
        }

        var placed = new Candidate[all.Count];
        var next = starts[..^1];
        for (var k = 0; k < all.Count; k++)
        {
            placed[next[rank[numbers[k]]]++] = all[k];
        }

        for (var r = 0; r < customers.Length; r++)
        {
            SortSlice(placed, starts[r], starts[r + 1]);
        }

        return new Candidates(placed, customers, starts);

        void Add(Candidate candidate)
        {
            var customer = candidate.Customer;
            if (lastNumber < 0 || !customer.Equals(lastCustomer))
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(byCustomer, customer.Value, out var exists);
                if (!exists)
                {
                    number = numbered.Count;
                    numbered.Add(customer);
                }

                lastNumber = number;

                lastCustomer = customer;
            }

            all.Add(candidate);
            numbers.Add(lastNumber);
        }
    }

    // A customer's candidates by due date, id and subject: insertion sort for the usual handful (no comparer calls),
    // the library sort beyond.
    private static void SortSlice(Candidate[] all, int start, int end)
    {
        if (end - start > 16)
        {
            Array.Sort(all, start, end - start, CandidateOrder.Instance);
            return;
        }

        for (var i = start + 1; i < end; i++)
        {
            var c = all[i];
            var j = i - 1;
            while (j >= start && (all[j].DueDate > c.DueDate || (all[j].DueDate == c.DueDate && CandidateOrder.Instance.Compare(all[j], c) > 0)))
            {
                all[j + 1] = all[j];
                j--;
            }

            all[j + 1] = c;
        }
    }

    private ReminderPlan Plan(DateOnly asOf, Candidates candidates, ReminderHistory.Index index, ReminderStrategy strategy, ReminderCustomers customers)
    {
        var result = new CustomerReminders[candidates.Customers.Length];
        var scratch = new Scratch();
        var rows = new PlanRows(asOf, candidates.All, candidates.Customers);
        for (var k = 0; k < result.Length; k++)
        {
            var customer = candidates.Customers[k];
            rows.Begin(k);
            result[k] = PlanCustomer(asOf, customer, candidates.All, candidates.Starts[k], candidates.Starts[k + 1], index, strategy, customers.Find(customer), scratch, rows, k);
            rows.End(k);
        }

        return new ReminderPlan(asOf, ImmutableCollectionsMarshal.AsImmutableArray(result));
    }

    private CustomerReminders PlanCustomer(DateOnly asOf, CustomerId customer, Candidate[] all, int start, int end, ReminderHistory.Index index, ReminderStrategy strategy, ReminderCustomer? info, Scratch scratch, PlanRows rows, int row)
    {
        if (info?.BlockedReason is { } blocked)
        {
            return new CustomerReminders(customer, [], [new ReminderSkip(null, ReminderReasonCodes.CustomerBlocked.With(customer.Value, blocked), null)], null, []);
        }

        scratch.ResetGroups();
        DateOnly? next = null;
        var state = index.Find(customer);
        var brokenNow = 0;
        for (var k = start; k < end; k++)
        {
            var item = all[k].Item;
            if (item?.Promise is { } p && !item.IsDisputed && asOf > p.PromisedDate)
            {
                brokenNow++;
            }
        }

        var behaviour = new ReminderBehaviour(info, (state?.BrokenPromises ?? 0) + brokenNow);
        var selected = false;
        string? selectedSegment = null;
        ReminderPolicy selectedPolicy = strategy.Default;
        ReminderPolicy? noted = null;
        for (var k = start; k < end; k++)
        {
            var c = all[k];
            var item = c.Item;
            if (item is not null)
            {
                if (item.Dispute is not null)
                {
                    rows.Skip(SkipKind.Disputed, k, 0, default, null, null);
                    continue;
                }

                if (item.PaymentMethod.Kind == PaymentMethodKind.DirectDebit && asOf <= c.DueDate)
                {
                    rows.Skip(new ReminderSkip(item.Id, ReminderReasonCodes.DirectDebitHeld.With(item.Id.Value, c.DueDate), c.DueDate.AddDays(1)));
                    continue;
                }

                if (_block?.Invoke(item) is { } why)
                {
                    rows.Skip(new ReminderSkip(item.Id, ReminderReasonCodes.ItemBlocked.With(item.Id.Value, why), null));
                    continue;
                }
            }

            ReminderPolicy policy;
            if (item is not null)
            {
                // The selection depends on the customer's behaviour and the item's segment only: asked once per segment run.
                if (!selected || !string.Equals(selectedSegment, item.Segment, StringComparison.Ordinal))
                {
                    (selectedPolicy, var whyPolicy) = strategy.Select(behaviour, item.Segment);
                    selected = true;
                    selectedSegment = item.Segment;
                    if (!ReferenceEquals(selectedPolicy, noted))
                    {
                        rows.NoteLadder(selectedPolicy, whyPolicy, row);
                        noted = selectedPolicy;
                    }
                }

                policy = selectedPolicy;
            }
            else if (strategy.ForDocuments(c.Subject) is { } documentPolicy)
            {
                policy = documentPolicy;
            }
            else
            {
                continue;
            }

            if (!ReferenceEquals(policy, scratch.HistoryPolicy))
            {
                scratch.HistoryPolicy = policy;
                scratch.History = index.Items(policy.Name);
            }

            var history = scratch.History is { } states ? states.GetValueOrDefault(c.Id.Value) : default;
            var trigger = ReminderTrigger.Schedule;
            int level;
            object? reason; // null: level-due of the member's line, an OpenItem: its broken promise, else the Reason
            if (item?.Promise is { } promise)
            {
                var until = promise.PromisedDate.AddDays(policy.PromiseGraceDays);
                if (asOf <= until)
                {
                    var retry = until.AddDays(1);
                    rows.Skip(SkipKind.PromiseHeld, k, 0, until, retry, null);
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

                    reason = item;
                    goto Chosen;
                }
            }

            var arguments = new ReminderActionArguments(asOf, policy, c.Id, c.DueDate, history.Level, history.Times, history.Level == 0 ? null : history.Last, state?.LastOutcome);
            if (_ladder is not null)
            {
                var kind = _ladder.Decide(arguments, out var stepLevel, out var stepDate);
                if (kind != ReminderActionPolicies.StepKind.Due)
                {
                    DateOnly? retryOn = kind == ReminderActionPolicies.StepKind.Waiting && stepDate != DateOnly.MaxValue ? stepDate : null;
                    switch (kind)
                    {
                        case ReminderActionPolicies.StepKind.Waiting:
                            rows.Skip(SkipKind.Waiting, k, stepLevel, stepDate, retryOn, null);
                            break;
                        case ReminderActionPolicies.StepKind.OutcomeRequired:
                            rows.Skip(new ReminderSkip(c.Id, ReminderActionPolicies.LadderPolicy.OutcomeReason(c.Id, stepLevel, policy, state?.LastOutcome), retryOn));
                            break;
                        default:
                            rows.Skip(SkipKind.LadderEnd, k, 0, default, null, policy.Name);
                            break;
                    }

                    next = Min(next, retryOn);
                    continue;
                }

                level = Math.Min(stepLevel, policy.Levels.Length);
                reason = level == stepLevel ? null : ReminderActionPolicies.LadderPolicy.DueReason(c.Id, stepLevel, policy, arguments.DaysPastDue, asOf);
            }
            else
            {
                var step = _action.Choose(arguments);
                if (!step.IsDueOn(asOf))
                {
                    DateOnly? retryOn = step.IsNone || step.Date == DateOnly.MaxValue ? null : step.Date;
                    rows.Skip(new ReminderSkip(c.Id, step.Reason ?? ReminderReasonCodes.LadderEnd.With(c.Id.Value, policy.Name), retryOn));
                    next = Min(next, retryOn);
                    continue;
                }

                level = Math.Min(step.Level, policy.Levels.Length);
                reason = step.Reason;
            }

        Chosen:
            var chosen = policy.Levels[level - 1];
            if (item is not null && !chosen.MinimumItemOverdue.IsEmpty && chosen.MinimumItemOverdue.TryGetValue(item.Currency, out var itemMinimum) && item.Open < itemMinimum)
            {
                rows.Skip(new ReminderSkip(item.Id, ReminderReasonCodes.BelowItemMinimum.With(item.Id.Value, item.Open, itemMinimum, level), null));
                continue;
            }

            var group = scratch.GroupFor(policy, chosen, policy.PerItem ? c.Id : default, trigger);
            if (trigger == ReminderTrigger.BrokenPromise)
            {
                group.Trigger = trigger;
            }

            group.Members.Add(new Member(c, k, history, reason));
        }

        if (scratch.Active.Count > 0)
        {
            Discipline(asOf, customer, info, state, scratch, rows, ref next);
        }

        return new CustomerReminders(customer, next, rows, row);
    }

    private void Discipline(DateOnly asOf, CustomerId customer, ReminderCustomer? info, ReminderHistory.CustomerState? state, Scratch scratch, PlanRows rows, ref DateOnly? next)
    {
        // Customer minimum per currency: the items of a currency whose total is below the level's minimum are left out.
        var ordered = scratch.Ordered;
        ordered.Clear();
        foreach (var group in scratch.Active)
        {
            if (!group.Level.MinimumOverdue.IsEmpty)
            {
                var totals = Totals(group, scratch.Totals);
                foreach (var (currency, total) in totals)
                {
                    if (group.Level.MinimumOverdue.TryGetValue(currency, out var minimum) && total < minimum)
                    {
                        rows.Skip(new ReminderSkip(null, ReminderReasonCodes.BelowCustomerMinimum.With(group.Level.Number, total, minimum), null));
                        group.Members.RemoveAll(m => m.Candidate.Item?.Currency == currency);
                    }
                }
            }

            if (group.Members.Count > 0)
            {
                ordered.Add(group);
            }
        }

        if (ordered.Count == 0)
        {
            return;
        }

        if (ordered.Count > 1)
        {
            ordered.Sort(static (a, b) => b.Level.Number != a.Level.Number ? b.Level.Number.CompareTo(a.Level.Number)
                : string.CompareOrdinal(a.Policy.Name, b.Policy.Name) is var c and not 0 ? c
                : string.CompareOrdinal(a.Members[0].Candidate.Id.Value, b.Members[0].Candidate.Id.Value));
        }

        var preferences = info?.Preferences ?? ReminderPreferences.Default;
        var calendar = preferences.Calendar ?? _calendar;
        if (!calendar.IsBusinessDay(asOf))
        {
            var retry = calendar.NextBusinessDay(asOf);
            rows.Skip(new ReminderSkip(null, ReminderReasonCodes.QuietDay.With(customer.Value, asOf, retry), retry));
            next = Min(next, retry);
            return;
        }

        foreach (var period in preferences.DoNotContact)
        {
            if (period.Contains(asOf))
            {
                var retry = period.To.AddDays(1);
                rows.Skip(new ReminderSkip(null, ReminderReasonCodes.DoNotContact.With(customer.Value, period.From, period.To), retry));
                next = Min(next, retry);
                return;
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
                rows.Skip(new ReminderSkip(null, ReminderReasonCodes.ContactedToday.With(customer.Value, asOf, group.Level.Number), retry));
            }

            next = Min(next, retry);
            return;
        }

        var allowed = Math.Max(0, _maxContacts - used);
        for (var g = 0; g < ordered.Count; g++)
        {
            var group = ordered[g];
            if (g >= allowed)
            {
                DateOnly? retry = used > 0 && oldest != DateOnly.MaxValue ? oldest.AddDays(_window) : asOf.AddDays(1);
                rows.Skip(new ReminderSkip(null, ReminderReasonCodes.ContactCap.With(customer.Value, used, _window, _maxContacts, group.Level.Number), retry));
                next = Min(next, retry);
                continue;
            }

            next = Min(next, Propose(asOf, preferences, group, scratch.Totals, rows));
        }
    }

    /// <summary>Writes a proposal's rows and returns its next action date.</summary>
    private DateOnly? Propose(DateOnly asOf, ReminderPreferences preferences, Group group, List<(Currency Currency, Money Total)> scratchTotals, PlanRows rows)
    {
        var level = group.Level;
        var channel = level.Channels[0];
        var preferredChannel = false;
        if (preferences.Channel is { } preferred && level.Channels.Contains(preferred))
        {
            channel = preferred;
            preferredChannel = true;
        }

        var members = group.Members;
        var lineStart = rows.LineCount;
        SortedDictionary<string, Money>? interest = null;
        var chargesInterest = !ReferenceEquals(level.Interest, LateChargePolicies.None);
        DateOnly? next = null;
        for (var m = 0; m < members.Count; m++)
        {
            var (c, index, history, reason) = members[m];
            Money? itemInterest = null;
            if (c.Item is { } item && chargesInterest && asOf > item.DueDate)
            {
                var charge = level.Interest.Calculate(new LateChargeArguments(item.Open, item.DueDate, asOf)).Total.Round();
                if (charge.IsPositive)
                {
                    itemInterest = charge;
                    interest ??= new SortedDictionary<string, Money>(StringComparer.Ordinal);
                    interest[charge.Currency.Code] = interest.TryGetValue(charge.Currency.Code, out var sum) ? sum + charge : charge;
                }
            }

            rows.Line(index, reason, itemInterest);
            var times = history.Level == level.Number ? history.Times + 1 : 1;
            var arguments = new ReminderActionArguments(asOf.AddDays(1), group.Policy, c.Id, c.DueDate, Math.Max(level.Number, history.Level), history.Level > level.Number ? history.Times : times, asOf, null);
            DateOnly? stepDate;
            if (_ladder is not null)
            {
                var kind = _ladder.Decide(arguments, out _, out var date);
                stepDate = kind is ReminderActionPolicies.StepKind.Due or ReminderActionPolicies.StepKind.Waiting && date != DateOnly.MaxValue ? date : null;
            }
            else
            {
                var step = _action.Choose(arguments);
                stepDate = !step.IsNone && step.Date != DateOnly.MaxValue ? step.Date : null;
            }

            next = Min(next, stepDate);
        }

        var totals = Totals(group, scratchTotals);
        var amountStart = rows.AmountCount;
        List<Reason>? capped = null;
        for (var t = 0; t < totals.Count; t++)
        {
            rows.Amount(totals[t].Total);
        }

        // The fees follow the totals in the rows: one per currency with a positive fee.
        if (!level.Fee.IsNone)
        {
            for (var t = 0; t < totals.Count; t++)
            {
                var fee = level.Fee.Calculate(totals[t].Total, out var uncapped);
                if (uncapped is { } before)
                {
                    (capped ??= []).Add(ReminderReasonCodes.FeeCapped.With(before, fee));
                }

                if (fee.IsPositive)
                {
                    rows.Amount(fee);
                }
            }
        }

        var feeCount = rows.AmountCount - amountStart - totals.Count;
        if (interest is not null)
        {
            foreach (var charge in interest.Values)
            {
                rows.Amount(charge);
            }
        }

        rows.Proposal(new ProposalRow(
            group.Policy,
            level,
            channel,
            preferredChannel,
            group.Trigger,
            lineStart,
            rows.LineCount,
            amountStart,
            totals.Count,
            feeCount,
            interest?.Count ?? 0,
            next,
            capped?.ToArray(),
            preferences));
        return next;
    }

    private static List<(Currency Currency, Money Total)> Totals(Group group, List<(Currency Currency, Money Total)> totals)
    {
        totals.Clear();
        foreach (var member in group.Members)
        {
            if (member.Candidate.Item is not { } item)
            {
                continue;
            }

            var i = 0;
            while (i < totals.Count && totals[i].Currency != item.Currency)
            {
                i++;
            }

            if (i == totals.Count)
            {
                totals.Add((item.Currency, item.Open));
            }
            else
            {
                totals[i] = (item.Currency, totals[i].Total + item.Open);
            }
        }

        if (totals.Count > 1)
        {
            totals.Sort(static (a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        }

        return totals;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>The reasons of a proposal, written when first read (<see cref="ReminderProposal.Reasons"/>): per line
    /// the level-due reason of the built-in ladder (null), the broken promise of an item (the <see cref="OpenItem"/>)
    /// or a reason already written (a custom action policy's); then the channel; then capped fees.</summary>
    internal sealed class ProposalReasons(DateOnly asOf, ReminderPolicy policy, int level, object?[] lines, ReminderChannel channel, string channelWhy, Reason[] capped)
    {
        public ImmutableArray<Reason> Write(ImmutableArray<ReminderLine> written)
        {
            var reasons = new Reason[lines.Length + 1 + capped.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                reasons[i] = lines[i] switch
                {
                    Reason ready => ready,
                    OpenItem item => ReminderReasonCodes.PromiseBroken.With(item.Id.Value, item.Promise!.PromisedDate, item.Promise.Amount, item.Open),
                    _ => ReminderActionPolicies.LadderPolicy.DueReason(written[i].Item, level, policy, written[i].DaysPastDue, asOf),
                };
            }

            reasons[lines.Length] = ReminderReasonCodes.Channel.With(channel.ToString(), channelWhy);
            capped.CopyTo(reasons, lines.Length + 1);
            return ImmutableCollectionsMarshal.AsImmutableArray(reasons);
        }
    }

    internal readonly struct Candidate
    {
        public Candidate(OpenItem? item, DocumentRequest? request)
        {
            Item = item;
            Request = request;
            DueDate = item?.CollectionDate ?? request!.DueDate; // an acceptance bill is due on its maturity
        }

        public OpenItem? Item { get; }

        public DocumentRequest? Request { get; }

        public DateOnly DueDate { get; }

        public DocumentId Id => Item?.Id ?? Request!.Id;

        public CustomerId Customer => Item?.Customer ?? Request!.Customer;

        public ReminderSubject Subject => Item is null ? Request!.Subject : ReminderSubject.Payment;
    }

    private sealed class CandidateOrder : IComparer<Candidate>
    {
        public static CandidateOrder Instance { get; } = new();

        public int Compare(Candidate a, Candidate b)
            => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate)
                : string.CompareOrdinal(a.Id.Value, b.Id.Value) is var c and not 0 ? c
                : a.Subject.CompareTo(b.Subject);
    }

    /// <summary>The candidates of a run: one array, customer by customer (customers in ordinal order, each customer's
    /// candidates by due date, id and subject); customer k's are <c>All[Starts[k]..Starts[k + 1]]</c>.</summary>
    private sealed record Candidates(Candidate[] All, CustomerId[] Customers, int[] Starts);

    private readonly record struct Member(Candidate Candidate, int Index, ReminderHistory.ItemState History, object? Reason);

    private sealed class Group
    {
        public ReminderPolicy Policy { get; private set; } = null!;

        public ReminderLevel Level { get; private set; } = null!;

        public DocumentId Item { get; private set; }

        public ReminderTrigger Trigger { get; set; }

        public List<Member> Members { get; } = [];

        public void Reset(ReminderPolicy policy, ReminderLevel level, DocumentId item, ReminderTrigger trigger)
        {
            Policy = policy;
            Level = level;
            Item = item;
            Trigger = trigger;
            Members.Clear();
        }
    }

    /// <summary>What one run reuses from customer to customer; the groups of a customer in the order they were opened.</summary>
    private sealed class Scratch
    {
        private const int Linear = 8;
        private readonly List<Group> _pool = [];
        private Dictionary<(string, int, DocumentId), Group> _index = [];

        public List<Group> Active { get; } = [];

        public List<Group> Ordered { get; } = [];

        public List<(Currency Currency, Money Total)> Totals { get; } = [];

        /// <summary>The policy whose item states <see cref="History"/> holds (asked once per policy, not per item).</summary>
        public ReminderPolicy? HistoryPolicy { get; set; }

        public Dictionary<string, ReminderHistory.ItemState>? History { get; set; }

        public void ResetGroups()
        {
            Active.Clear();
            if (_index.Count > 0)
            {
                _index = _index.Count > 256 ? [] : _index;
                _index.Clear();
            }
        }

        public Group GroupFor(ReminderPolicy policy, ReminderLevel level, DocumentId item, ReminderTrigger trigger)
        {
            if (Active.Count < Linear)
            {
                foreach (var g in Active)
                {
                    if (g.Level.Number == level.Number && g.Item == item && string.Equals(g.Policy.Name, policy.Name, StringComparison.Ordinal))
                    {
                        return g;
                    }
                }
            }
            else
            {
                if (_index.Count == 0)
                {
                    foreach (var g in Active)
                    {
                        _index[(g.Policy.Name, g.Level.Number, g.Item)] = g;
                    }
                }

                if (_index.TryGetValue((policy.Name, level.Number, item), out var found))
                {
                    return found;
                }
            }

            if (Active.Count == _pool.Count)
            {
                _pool.Add(new Group());
            }

            var group = _pool[Active.Count];
            group.Reset(policy, level, item, trigger);
            Active.Add(group);
            if (_index.Count > 0)
            {
                _index[(policy.Name, level.Number, item)] = group;
            }

            return group;
        }
    }
}

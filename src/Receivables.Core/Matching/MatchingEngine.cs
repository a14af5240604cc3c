using System.Buffers;
using System.Globalization;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Receivables.Internal;

using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>
/// Matches statement lines to open items: runs the rule pipeline for each line, ranks each line's proposals, then
/// resolves conflicts across all lines so that no item is cleared by more than its open amount and no line gives more
/// than its amount, and decides per line: auto-apply, suggest or unmatched.
/// </summary>
/// <remarks>
/// <para>Conflict resolution is greedy and deterministic: lines are served in order of their best confidence
/// (highest first), ties by line id (ordinal); each line takes its best-ranked proposal that still fits the items'
/// remaining open amounts. Proposals of a line rank by confidence, then by the oldest due date among their items,
/// then by fewer items, then by document numbers (ordinal). The result does not depend on the order of the lines or
/// the items given (line ids must be unique).</para>
/// <para>A line is applied automatically only when its proposal reaches <see cref="MatchingOptions.AutoApplyThreshold"/>,
/// no other proposal with different items comes within <see cref="MatchingOptions.AmbiguityMargin"/>, and no other
/// line took an item it needed first.</para>
/// <para>Cost: index build O(n) plus sorting each customer's items; matching O(m · (t + k)) for m lines, t text length
/// and k open items of the identified customer (the several-items search is bounded by
/// <see cref="MatchingOptions.MaxSubsetSteps"/>).</para>
/// <para>The engine is immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchingEngine
{
    private const int MaxAlternatives = 4;
    private const int KeptCandidates = 8;
    private readonly MatchingOptions _options;
    private readonly MatchText.NameForms _forms;
    private readonly IMatchRule[] _rules;
    // The reasons' tail of a line decided by the threshold alone, with no note or conflict (most lines): one object
    // shared by those lines' outcomes (decision 369).
    private readonly Why _byThreshold;

    private MatchingEngine(MatchingOptions options)
    {
        _options = options;
        _rules = [.. options.Rules];
        _forms = new MatchText.NameForms(options.LegalForms);
        _byThreshold = new Why([], null, null, options.AutoApplyThreshold);
    }

    /// <summary>Creates an engine, validating the options once (all errors reported together) and copying them.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public static MatchingEngine Create(MatchingOptions? options = null) => new(MatchingOptions.Checked(options));

    /// <summary>Prepares open items and customer profiles for matching.</summary>
    /// <param name="items">The open items; document numbers must be unique.</param>
    /// <param name="customers">The customer profiles (accounts, names, parents); null when none are known.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A document number or a customer profile is given twice.</exception>
    public MatchIndex BuildIndex(IEnumerable<OpenItem> items, IEnumerable<CustomerProfile>? customers = null)
    {
        Guard.NotNull(items);
        return new MatchIndex(items, customers ?? [], _forms);
    }

    /// <summary>Builds an index and matches the lines against it.</summary>
    /// <remarks>The index lives only during the call: its large arrays are taken from the shared array pools
    /// (<see cref="System.Buffers.ArrayPool{T}.Shared"/>) and given back when the call returns, so that a process
    /// that matches again reuses that memory instead of having fresh pages mapped and cleared (decision 372). A caller
    /// that matches several statements against the same items builds the index once with <see cref="BuildIndex"/>
    /// instead.</remarks>
    /// <param name="lines">The statement lines; ids must be unique.</param>
    /// <param name="items">The open items.</param>
    /// <param name="customers">The customer profiles, or null.</param>
    /// <returns>One outcome per line, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">Line ids, document numbers or profiles are not unique.</exception>
    /// <exception cref="InvalidOperationException">A custom rule made a proposal that does not account for its line
    /// or does not fit the items.</exception>
    public MatchResult Match(IEnumerable<StatementLine> lines, IEnumerable<OpenItem> items, IEnumerable<CustomerProfile>? customers = null)
    {
        Guard.NotNull(lines);
        Guard.NotNull(items);
        var index = new MatchIndex(items, customers ?? [], _forms, IndexArrays.Pooled());
        try
        {
            return Match(index, lines);
        }
        finally
        {
            index.Release();
        }
    }

    /// <summary>Matches statement lines against an index.</summary>
    /// <param name="index">The index of open items and customers.</param>
    /// <param name="lines">The statement lines; ids must be unique.</param>
    /// <returns>One outcome per line, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two lines have the same id.</exception>
    /// <exception cref="InvalidOperationException">A custom rule made a proposal that does not account for its line
    /// or does not fit the items.</exception>
    public MatchResult Match(MatchIndex index, IEnumerable<StatementLine> lines)
    {
        Guard.NotNull(index);
        Guard.NotNull(lines);
        var input = lines.ToArray();
        var ids = new HashSet<string>(input.Length, StringComparer.Ordinal);
        foreach (var line in input)
        {
            Guard.NotNull(line, nameof(lines));
            if (!ids.Add(line.Id))
            {
                throw new ArgumentException($"Statement line id '{line.Id}' is used more than once.", nameof(lines));
            }
        }

        // The per-line working arrays live only during this call: rented (one buffer for the runs of a process
        // instead of a fresh large array per run) and cleared when returned, so the pool keeps no line's state.
        var evaluations = ArrayPool<Evaluation>.Shared.Rent(input.Length);
        var choices = ArrayPool<Choice>.Shared.Rent(input.Length);
        var greedy = _options.ConflictPolicy as GreedyConflictPolicy;
        // For the built-in policies, the items each line's eligible proposals name, written while the line's
        // candidates are at hand: serving reads them in line order instead of following every line's proposals again.
        using var claims = greedy is null ? null : new Claims(input.Length);
        var order = ArrayPool<int>.Shared.Rent(input.Length);
        var accounts = ArrayPool<Few<MatchIndex.NumberedCustomer>?>.Shared.Rent(input.Length);
        try
        {
            // Each line is evaluated alone (rules are deterministic and see one line), so the order is free: lines
            // whose payer account names one customer go in the order of that customer's items in the index, the rest
            // after them in input order. Consecutive lines then read neighbouring items, amounts and ranges instead of
            // a random customer's each. Serving and decisions run in input order.
            EvaluationOrder(index, input, order, accounts);
            MatchContext? context = null;
            for (var k = 0; k < input.Length; k++)
            {
                var i = order[k];
                evaluations[i] = Evaluate(index, input[i], accounts[i], ref context);
                claims?.Add(i, evaluations[i]);
            }

            if (greedy is not null)
            {
                Serve(index, input, evaluations, greedy, claims!, choices);
            }
            else
            {
                Resolve(index, input, evaluations, _options.ConflictPolicy, choices);
            }

            var results = new LineMatch[input.Length];
            for (var i = 0; i < input.Length; i++)
            {
                results[i] = Decide(index, input[i], evaluations[i], choices[i]);
            }

            return new MatchResult(ImmutableCollectionsMarshal.AsImmutableArray(results));
        }
        finally
        {
            ArrayPool<Evaluation>.Shared.Return(evaluations, clearArray: true);
            ArrayPool<Choice>.Shared.Return(choices, clearArray: true);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<Few<MatchIndex.NumberedCustomer>?>.Shared.Return(accounts, clearArray: true);
        }
    }

    /// <summary>Writes into <paramref name="order"/> the lines' numbers, those whose payer account names exactly one
    /// customer with open items first, by that customer's number in the index (where its items lie), the others after
    /// them; input order within each customer and among the others (a counting sort: stable, linear). The customers
    /// each line's account names are written into <paramref name="accounts"/> (null for a line without an account), so
    /// that payer identification does not look them up again.</summary>
    private static void EvaluationOrder(MatchIndex index, StatementLine[] input, int[] order, Few<MatchIndex.NumberedCustomer>?[] accounts)
    {
        var others = index.CustomerCount;
        var numbers = ArrayPool<int>.Shared.Rent(input.Length);
        var next = ArrayPool<int>.Shared.Rent(others + 2);
        try
        {
            Array.Clear(next, 0, others + 2);
            for (var i = 0; i < input.Length; i++)
            {
                // A line's account text may lie anywhere in memory (a host may hand on the customer master's strings):
                // the one eight lines ahead is asked for while this one is looked up (decision 373).
                if (i + 8 < input.Length)
                {
                    CacheHint.Prefetch(input[i + 8].PayerAccount);
                }

                var number = others;
                var customers = accounts[i] = input[i].PayerAccount is { } account ? index.NumberedCustomersByAccount(account) : null;
                if (customers is [var only] && only.Number >= 0)
                {
                    number = only.Number;
                }

                numbers[i] = number;
                next[number + 1]++;
            }

            for (var n = 0; n <= others; n++)
            {
                next[n + 1] += next[n];
            }

            for (var i = 0; i < input.Length; i++)
            {
                order[next[numbers[i]]++] = i;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(numbers);
            ArrayPool<int>.Shared.Return(next);
        }
    }

    /// <summary>Runs the rules for one line in <paramref name="context"/> (made on first use, then reused for the
    /// next lines of the run) and ranks the proposals; <paramref name="accountCustomers"/> are the customers the line's
    /// account names when looked up already (null: looked up if needed).</summary>
    private Evaluation Evaluate(MatchIndex index, StatementLine line, Few<MatchIndex.NumberedCustomer>? accountCustomers, ref MatchContext? context)
    {
        if (!line.Amount.IsPositive)
        {
            return new Evaluation(default, [(line.Amount.IsZero ? MatchingReasonCodes.LineZeroAmount : MatchingReasonCodes.LineNegativeAmount).Of()], null, 0);
        }

        if (!index.HasOpenItems(line.Amount.Currency))
        {
            return new Evaluation(default, [MatchingReasonCodes.LineNoOpenItemsInCurrency.Of(line.Amount.Currency.Code)], null, 0);
        }

        context ??= new MatchContext(line, index, _options);
        context.Reset(line, accountCustomers);

        PayerIdentificationRule.Apply(context);
        ReferenceExtractionRule.Apply(context);
        ReferenceLookupRule.Apply(context);
        foreach (var rule in _rules)
        {
            if (rule is KernelRule kernel)
            {
                kernel.Apply(context);
                continue;
            }

            var proposals = rule.Propose(new MatchRuleArguments(context)) ?? throw new InvalidOperationException($"A match rule ({rule.GetType().Name}) returned null for statement line '{line.Id}'.");
            foreach (var proposal in proposals)
            {
                context.Propose(proposal ?? throw Invalid(line, "a proposal is null"));
            }
        }

        var candidates = context.Candidates;
        candidates.Clear();
        var made = context.ProposalList;
        for (var p = 0; p < made.Count; p++)
        {
            var candidate = Check(index, line, made[p], context.PositionsOf(p));
            var same = -1;
            for (var c = 0; c < candidates.Count && same < 0; c++)
            {
                same = SameAllocations(candidates[c].Sorted, candidate.Sorted) ? c : -1;
            }

            if (same < 0)
            {
                candidates.Add(candidate);
            }
            else if (Rank(candidate, candidates[same]) < 0)
            {
                candidates[same] = candidate;
            }
        }

        candidates.Sort(Rank);
        var ranked = context.KeptCandidates.Keep(CollectionsMarshal.AsSpan(candidates)[..Math.Min(candidates.Count, KeptCandidates)]);

        IReadOnlyList<Reason> notes = context.Notes.Count == 0 ? [] : [.. context.Notes];
        if (ranked.Length == 0 && context.ReferenceList.Count > 0 && context.HitList.Count == 0)
        {
            notes = [.. notes, MatchingReasonCodes.ReferenceNoOpenItem.Of(string.Join(", ", context.ReferenceList.Select(r => r.Text)))];
        }

        CustomerId? identified = null;
        var heaviest = 0d;
        foreach (var payer in context.PayerList)
        {
            if (payer.Weight > heaviest)
            {
                (identified, heaviest) = (payer.Customer, payer.Weight);
            }
        }

        // The candidates at or above the suggestion threshold come first (ranked by confidence).
        var eligible = 0;
        while (eligible < ranked.Length && ranked[eligible].Proposal.Confidence >= _options.SuggestionThreshold)
        {
            eligible++;
        }

        return new Evaluation(ranked, notes, identified, eligible);
    }

    private static Candidate Check(MatchIndex index, StatementLine line, MatchProposal proposal, (int One, int[]? Many) told)
    {
        var currency = line.Amount.Currency;
        var applied = 0m;
        // A built-in rule tells where its items are; each position is checked against the document. One item's
        // position is kept as it is, several in an array (the rule's own, when it told them).
        var allocated = proposal.Allocated;
        var count = allocated.Length;
        var known = told.Many is { } many && many.Length == count ? many : null;
        var positions = count == 1 ? null : known ?? new int[count];
        var one = -1;
        var oldest = DateOnly.MaxValue;
        for (var k = 0; k < count; k++)
        {
            var allocation = allocated[k] ?? throw Invalid(line, "an allocation is null");
            var hint = known is not null ? known[k] : count == 1 ? told.One : -1;
            var position = hint >= 0 && index.IsAt(hint, allocation.Item) ? hint : index.Find(allocation.Item);
            if (position < 0)
            {
                throw Invalid(line, string.Create(CultureInfo.InvariantCulture, $"item {allocation.Item} is not in the index"));
            }

            var item = index.Item(position);
            if (allocation.Customer != item.Customer || allocation.Applied.Currency != currency || allocation.Discount.Currency != currency || allocation.WriteOff.Currency != currency)
            {
                throw Invalid(line, string.Create(CultureInfo.InvariantCulture, $"the allocation to {allocation.Item} names another customer or currency"));
            }

            if (allocation.Applied.IsNegative || allocation.Discount.IsNegative || allocation.WriteOff.IsNegative || !allocation.Cleared.IsPositive || allocation.Cleared > item.Open)
            {
                throw Invalid(line, string.Create(CultureInfo.InvariantCulture, $"the allocation to {allocation.Item} is negative, empty or more than its open amount"));
            }

            if (allocation.Deduction is { } deduction && (deduction.Amount.Currency != currency || !deduction.Amount.IsPositive
                || (deduction.Treatment == DeductionTreatment.WriteOff ? deduction.Amount != allocation.WriteOff : allocation.Cleared + deduction.Amount > item.Open)))
            {
                throw Invalid(line, string.Create(CultureInfo.InvariantCulture, $"the deduction on {allocation.Item} does not fit the allocation"));
            }

            if (positions is null)
            {
                one = position;
            }
            else if (Array.IndexOf(positions, position, 0, k) >= 0)
            {
                throw Invalid(line, string.Create(CultureInfo.InvariantCulture, $"item {allocation.Item} is allocated twice"));
            }
            else
            {
                positions[k] = position;
            }

            applied += allocation.Applied.Amount;
            oldest = item.DueDate < oldest ? item.DueDate : oldest;
        }

        if (proposal.Unapplied.Currency != currency || proposal.Unapplied.IsNegative || applied + proposal.Unapplied.Amount != line.Amount.Amount)
        {
            throw Invalid(line, "applied plus unapplied does not equal the line amount");
        }

        // One allocation is sorted as it is (no array); several are copied and sorted.
        var sorted = allocated;
        if (count > 1)
        {
            // The items are distinct (checked above), so an unstable sort orders them exactly as a stable one.
            var copy = (MatchAllocation[])allocated.ToArray().Clone();
            Array.Sort(copy, (a, b) => a.Item.CompareTo(b.Item));
            sorted = Allocated.Of(copy);
        }

        return new Candidate(proposal, one, positions, oldest, sorted);
    }

    private static InvalidOperationException Invalid(StatementLine line, string problem)
        => new($"A match rule made an invalid proposal for statement line '{line.Id}': {problem}.");

    private static int Rank(Candidate a, Candidate b)
    {
        var c = b.Proposal.Confidence.CompareTo(a.Proposal.Confidence);
        c = c != 0 ? c : a.OldestDue.CompareTo(b.OldestDue);
        c = c != 0 ? c : a.Sorted.Length.CompareTo(b.Sorted.Length);
        c = c != 0 ? c : CompareItems(a.Sorted, b.Sorted);
        c = c != 0 ? c : a.Proposal.Unapplied.Amount.CompareTo(b.Proposal.Unapplied.Amount);
        for (var k = 0; c == 0 && k < a.Sorted.Length; k++)
        {
            c = a.Sorted[k].Applied.Amount.CompareTo(b.Sorted[k].Applied.Amount);
            c = c != 0 ? c : a.Sorted[k].Discount.Amount.CompareTo(b.Sorted[k].Discount.Amount);
            c = c != 0 ? c : a.Sorted[k].WriteOff.Amount.CompareTo(b.Sorted[k].WriteOff.Amount);
        }

        return c;
    }

    private static int CompareItems(Allocated a, Allocated b)
    {
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
        {
            var c = a[k].Item.CompareTo(b[k].Item);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static bool SameAllocations(Allocated a, Allocated b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (a[k].Item != b[k].Item || a[k].Applied != b[k].Applied || a[k].Discount != b[k].Discount || a[k].WriteOff != b[k].WriteOff)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The built-in policies on index positions: lines served in the policy's order, each taking its
    /// best-ranked proposal (at or above the suggestion threshold) that still fits the items' remaining open amounts.
    /// <see cref="GreedyConflictPolicy.Resolve"/> is the same algorithm over document numbers.</summary>
    /// <remarks>Only lines that compete need the order: a line none of whose eligible proposals names an item that
    /// another line's eligible proposals name finds every item as open as it was, wherever it is served, and takes
    /// nothing another line could have wanted. Such lines are served as they come; only the competing ones are sorted
    /// and have their claims kept (usually a few per cent of a statement).</remarks>
    private static void Serve(MatchIndex index, StatementLine[] input, Evaluation[] evaluations, GreedyConflictPolicy policy, Claims claims, Choice[] choices)
    {
        var count = input.Length;

        // Who names each item: 0 nobody, line + 1 one line, -1 two lines or more. Scratch of this call (rented; the
        // first ItemCount entries are used, cleared before use).
        var namedBy = ArrayPool<int>.Shared.Rent(Math.Max(index.ItemCount, 1));
        Array.Clear(namedBy, 0, index.ItemCount);
        for (var line = 0; line < count; line++)
        {
            foreach (var position in claims.Of(line))
            {
                var by = namedBy[position];
                namedBy[position] = by == 0 ? line + 1 : by == line + 1 ? by : -1;
            }
        }

        var competing = ArrayPool<int>.Shared.Rent(count);
        var competingCount = 0;
        for (var line = 0; line < count; line++)
        {
            if (Competes(claims.Of(line), namedBy))
            {
                competing[competingCount++] = line;
            }
            else
            {
                // With nothing taken from its items, the line takes its best candidate if it is eligible: each
                // proposal's check refused any allocation that claims more than its item's open amount.
                var evaluation = evaluations[line];
                choices[line] = new Choice(evaluation.Eligible > 0 ? evaluation.Ranked[0] : null, null, null);
            }
        }

        ArrayPool<int>.Shared.Return(namedBy);
        var order = competing.AsSpan(0, competingCount);
        if (ReferenceEquals(policy, MatchConflictPolicies.HighestConfidenceFirst) || ReferenceEquals(policy, MatchConflictPolicies.HoldConflictsForReview))
        {
            // Best confidence first, then by id (ordinal). Ids are unique, so the order is total and any sort gives
            // the same sequence: the lines are sorted by the confidence as a number (the bits of a non-negative
            // double order as the double does; negated for highest first), then each run of equal confidence by id.
            var keys = ArrayPool<long>.Shared.Rent(competingCount);
            for (var i = 0; i < competingCount; i++)
            {
                keys[i] = -BitConverter.DoubleToInt64Bits(evaluations[order[i]].BestConfidence + 0d);
            }

            keys.AsSpan(0, competingCount).Sort(order);
            for (var i = 0; i < competingCount;)
            {
                var j = i + 1;
                while (j < competingCount && keys[j] == keys[i])
                {
                    j++;
                }

                if (j - i > 1)
                {
                    order[i..j].Sort(new ById(input));
                }

                i = j;
            }

            ArrayPool<long>.Shared.Return(keys);
        }
        else
        {
            var sorted = order.ToArray();
            var best = new double[count];
            foreach (var line in sorted)
            {
                best[line] = evaluations[line].BestConfidence;
            }

            policy.Sort(sorted, input, best);
            sorted.CopyTo(order);
        }

        var used = new Dictionary<int, decimal>(competingCount);
        var takenBy = policy.HoldForReview ? new Dictionary<int, int>() : null;
        var blockedAt = takenBy is null ? null : new List<int>();
        foreach (var line in order)
        {
            blockedAt?.Clear();
            var choice = Take(index, evaluations[line], used, blockedAt);
            if (takenBy is not null)
            {
                // The item that blocked each better proposal: the line that took it is held for review.
                foreach (var position in blockedAt!)
                {
                    if (takenBy.TryGetValue(position, out var taker) && choices[taker].Review is null)
                    {
                        choices[taker] = choices[taker] with { Review = MatchingReasonCodes.ConflictReview.Of(input[line].Id, index.Item(position).Id) };
                    }
                }
            }

            if (choice.Chosen is { } taken)
            {
                var allocations = taken.Proposal.Allocated;
                for (var k = 0; k < allocations.Length; k++)
                {
                    var position = taken.Position(k);
                    used[position] = used.GetValueOrDefault(position) + allocations[k].Claimed;
                    takenBy?.TryAdd(position, line);
                }
            }

            choices[line] = choice;
        }

        ArrayPool<int>.Shared.Return(competing);

        static bool Competes(ReadOnlySpan<int> positions, int[] namedBy)
        {
            foreach (var position in positions)
            {
                if (namedBy[position] < 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A line's best-ranked eligible proposal (among the first <c>Eligible</c>, those at or above the suggestion
    /// threshold) that still fits the items' remaining open amounts, and the
    /// conflicts that made it pass over better ones; the position of the item behind each conflict is added to
    /// <paramref name="blockedAt"/> when given.</summary>
    private static Choice Take(MatchIndex index, Evaluation evaluation, Dictionary<int, decimal> used, List<int>? blockedAt)
    {
        List<Reason>? blocked = null;
        for (var k = 0; k < evaluation.Eligible; k++)
        {
            var candidate = evaluation.Ranked[k];
            var position = Conflicting(index, candidate, used);
            if (position < 0)
            {
                return new Choice(candidate, blocked, null);
            }

            blockedAt?.Add(position);
            var item = index.Item(position);
            var taken = used.GetValueOrDefault(position);
            (blocked ??= []).Add(MatchingReasonCodes.ItemTaken.Of(item.Id, item.Open - new Money(taken, item.Currency)));
        }

        return new Choice(null, blocked, null);
    }

    /// <summary>The position of the first item of the candidate that no longer has room for its claim, or -1.</summary>
    private static int Conflicting(MatchIndex index, Candidate candidate, Dictionary<int, decimal> used)
    {
        var allocations = candidate.Proposal.Allocated;
        for (var k = 0; k < allocations.Length; k++)
        {
            var position = candidate.Position(k);
            var taken = used.GetValueOrDefault(position);
            if (taken + allocations[k].Claimed > index.OpenAmount(position))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>A custom policy: the lines with their proposals at or above the suggestion threshold; its choices are
    /// checked (one per line, an index in range, no item cleared beyond its open amount over all lines).</summary>
    private void Resolve(MatchIndex index, StatementLine[] input, Evaluation[] evaluations, IMatchConflictPolicy policy, Choice[] choices)
    {
        var lines = new MatchConflictLine[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var (ranked, eligible) = (evaluations[i].Ranked, evaluations[i].Eligible);
            var proposals = new MatchProposal[eligible];
            for (var k = 0; k < eligible; k++)
            {
                proposals[k] = ranked[k].Proposal;
            }

            lines[i] = new MatchConflictLine(input[i], proposals);
        }

        var name = policy.GetType().Name;
        var returned = policy.Resolve(new MatchConflictArguments(lines, index, _options))
            ?? throw new InvalidOperationException($"The conflict policy {name} returned null.");
        if (returned.Count != input.Length)
        {
            throw new InvalidOperationException($"The conflict policy {name} returned {returned.Count} choices for {input.Length} lines.");
        }

        var used = new Dictionary<int, decimal>();
        for (var i = 0; i < input.Length; i++)
        {
            var choice = returned[i] ?? throw new InvalidOperationException($"The conflict policy {name} returned null for statement line '{input[i].Id}'.");
            if (choice.Proposal >= lines[i].Proposals.Length)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The conflict policy {name} chose proposal {choice.Proposal} of statement line '{input[i].Id}', which has {lines[i].Proposals.Length}."));
            }

            Candidate? chosen = choice.Proposal < 0 ? null : evaluations[i].Ranked[choice.Proposal];
            if (chosen is { } taken)
            {
                for (var k = 0; k < taken.Proposal.Allocated.Length; k++)
                {
                    var position = taken.Position(k);
                    var total = used.GetValueOrDefault(position) + taken.Proposal.Allocated[k].Claimed;
                    if (total > index.OpenAmount(position))
                    {
                        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The conflict policy {name} clears {index.Item(position).Id} by more than its open amount (statement line '{input[i].Id}')."));
                    }

                    used[position] = total;
                }
            }

            choices[i] = new Choice(chosen, choice.Blocked.IsEmpty ? null : [.. choice.Blocked], chosen is null ? null : choice.Review);
        }
    }

    private LineMatch Decide(MatchIndex index, StatementLine line, Evaluation evaluation, Choice choice)
    {
        var ranked = evaluation.Ranked;
        var (chosen, blocked, review) = choice;
        var alternatives = Alternatives(ranked, chosen);
        var notes = evaluation.Notes;
        var blockedCount = blocked?.Count ?? 0;
        if (chosen is null)
        {
            Reason? unmatched = ranked.Length == 0 && line.Amount.IsPositive && index.HasOpenItems(line.Amount.Currency)
                ? evaluation.Identified is { } customer ? MatchingReasonCodes.CustomerButNoItem.Of(customer) : MatchingReasonCodes.NothingIdentifies.Of()
                : ranked.Length > 0 && blockedCount == 0
                    ? MatchingReasonCodes.BelowSuggestion.Of(ranked[0].Proposal.Confidence, _options.SuggestionThreshold)
                    : null;
            return new LineMatch(line, MatchDecision.Unmatched, null, ConfidenceBand.None, new Why(notes, blocked, unmatched), alternatives);
        }

        var picked = chosen.Value;
        var confidence = picked.Proposal.Confidence;
        Candidate? rival = null;
        // The candidates are ranked by confidence, highest first: none after the first one below the margin is a
        // rival. A candidate is the picked one only by identity (a line's candidates have distinct allocations).
        for (var k = 0; k < ranked.Length; k++)
        {
            var c = ranked[k];
            if (c.Proposal.Confidence < confidence - _options.AmbiguityMargin)
            {
                break;
            }

            if (!ReferenceEquals(c.Proposal, picked.Proposal) && CompareItems(c.Sorted, picked.Sorted) != 0)
            {
                rival = c;
                break;
            }
        }

        MatchDecision decision;
        Why why;
        if (blocked is not null)
        {
            decision = MatchDecision.Suggest;
            why = new Why(notes, blocked, MatchingReasonCodes.BetterProposalBlocked.Of());
        }
        else if (review is not null)
        {
            decision = MatchDecision.Suggest;
            why = new Why(notes, null, review);
        }
        else if (rival is { } other)
        {
            decision = MatchDecision.Suggest;
            why = new Why(notes, null, MatchingReasonCodes.Ambiguous.Of(string.Join(", ", other.Proposal.Allocated.ToArray().Select(x => x.Item))));
        }
        else
        {
            var reached = confidence >= _options.AutoApplyThreshold;
            decision = reached ? MatchDecision.AutoApply : MatchDecision.Suggest;
            why = notes.Count == 0 ? _byThreshold : new Why(notes, null, null, _options.AutoApplyThreshold);
        }

        return new LineMatch(line, decision, picked.Proposal, Band(confidence), why, alternatives);
    }

    private static ImmutableArray<MatchProposal> Alternatives(Ranked ranked, Candidate? chosen)
    {
        var count = Math.Min(ranked.Length - (chosen is null ? 0 : 1), MaxAlternatives);
        if (count <= 0)
        {
            return [];
        }

        var alternatives = new MatchProposal[count];
        var at = 0;
        for (var k = 0; k < ranked.Length; k++)
        {
            var candidate = ranked[k];
            if (at == count)
            {
                break;
            }

            if (!ReferenceEquals(candidate.Proposal, chosen?.Proposal))
            {
                alternatives[at++] = candidate.Proposal;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(alternatives);
    }

    private ConfidenceBand Band(double confidence)
        => confidence >= _options.AutoApplyThreshold ? ConfidenceBand.High
            : confidence >= _options.MediumConfidence ? ConfidenceBand.Medium
            : confidence > 0d ? ConfidenceBand.Low
            : ConfidenceBand.None;

    /// <summary>A proposal checked against the index: its items' positions, the oldest due date among them, and its
    /// allocations ordered by document (for comparing proposals).</summary>
    internal readonly record struct Candidate(MatchProposal Proposal, int One, int[]? Many, DateOnly OldestDue, Allocated Sorted)
    {
        /// <summary>The index position of the item of the allocation at <paramref name="k"/>.</summary>
        public int Position(int k) => Many is null ? One : Many[k];
    }

    /// <summary>What the conflict policy decided for a line: the candidate taken (null for none), the conflicts that
    /// made it pass over better ones, and why it is held for review.</summary>
    private readonly record struct Choice(Candidate? Chosen, List<Reason>? Blocked, Reason? Review);

    /// <summary>Orders lines (by their number in the input) by id, ordinal.</summary>
    private readonly struct ById(StatementLine[] input) : IComparer<int>
    {
        public int Compare(int a, int b) => string.CompareOrdinal(input[a].Id, input[b].Id);
    }

    /// <summary>What a line's rules found, kept until the line is served: the proposals checked and ranked (best
    /// first, at most <see cref="KeptCandidates"/>), how many of the first ones reach the suggestion threshold, and
    /// the notes.</summary>
    private readonly record struct Evaluation(Ranked Ranked, IReadOnlyList<Reason> Notes, CustomerId? Identified, int Eligible)
    {
        public double BestConfidence => Ranked.Length == 0 ? 0d : Ranked[0].Proposal.Confidence;
    }

    /// <summary>A line's ranked candidates (best first): one is kept as it is, two or more in a stretch of the run's
    /// candidate chunks (<see cref="CandidateChunks"/>): most lines have one candidate or none, and every line's
    /// evaluation is kept until the run is decided.</summary>
    internal readonly struct Ranked
    {
        private readonly Candidate _one;
        private readonly Candidate[]? _many;
        private readonly int _start;

        public Ranked(Candidate one)
        {
            _one = one;
            Length = 1;
        }

        public Ranked(Candidate[] chunk, int start, int length)
        {
            (_many, _start, Length) = (chunk, start, length);
        }

        public int Length { get; }

        public Candidate this[int k] => _many is null ? _one : _many[_start + k];
    }

    /// <summary>Where a run keeps the ranked candidates of its lines that have several: large chunks filled one after
    /// another (a line's candidates never span two), instead of a small array per line that every collection of the
    /// run would copy (decision 369). One per run, in the line's context; not thread-safe.</summary>
    internal sealed class CandidateChunks
    {
        // 8,192 candidates a chunk (256 KB): a large object, never copied by the young collections; about ten a run.
        private const int ChunkLength = 8192;
        private Candidate[]? _chunk;
        private int _used;

        /// <summary>Keeps a line's ranked candidates (at most <see cref="KeptCandidates"/>).</summary>
        public Ranked Keep(ReadOnlySpan<Candidate> ranked)
        {
            if (ranked.Length == 0)
            {
                return default;
            }

            if (ranked.Length == 1)
            {
                return new Ranked(ranked[0]);
            }

            if (_chunk is null || _used + ranked.Length > _chunk.Length)
            {
                (_chunk, _used) = (new Candidate[ChunkLength], 0);
            }

            ranked.CopyTo(_chunk.AsSpan(_used));
            var kept = new Ranked(_chunk, _used, ranked.Length);
            _used += ranked.Length;
            return kept;
        }
    }

    /// <summary>The index positions of each line's eligible candidates, in one array (a line's positions are those of
    /// its candidates in rank order, together; the same item may appear twice). Lines may be added in any order, each
    /// once. Scratch of one run: rented, returned when disposed.</summary>
    private sealed class Claims : IDisposable
    {
        private int[] _start;
        private int[] _length;
        private int[] _positions;
        private int _count;

        public Claims(int lines)
        {
            // Rented arrays hold what their last user left: each line's entries are written when it is added, and
            // every line is added before any is read.
            _start = ArrayPool<int>.Shared.Rent(lines);
            _length = ArrayPool<int>.Shared.Rent(lines);
            _positions = ArrayPool<int>.Shared.Rent(Math.Max(16, 2 * lines));
        }

        /// <summary>Adds a line's eligible positions.</summary>
        public void Add(int line, Evaluation evaluation)
        {
            _start[line] = _count;
            for (var c = 0; c < evaluation.Eligible; c++)
            {
                var candidate = evaluation.Ranked[c];
                var count = candidate.Proposal.Allocated.Length;
                if (_count + count > _positions.Length)
                {
                    var larger = ArrayPool<int>.Shared.Rent(Math.Max(2 * _positions.Length, _count + count));
                    _positions.AsSpan(0, _count).CopyTo(larger);
                    ArrayPool<int>.Shared.Return(_positions);
                    _positions = larger;
                }

                for (var k = 0; k < count; k++)
                {
                    _positions[_count++] = candidate.Position(k);
                }
            }

            _length[line] = _count - _start[line];
        }

        /// <summary>The positions of a line's eligible candidates.</summary>
        public ReadOnlySpan<int> Of(int line) => _positions.AsSpan(_start[line], _length[line]);

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_start);
            ArrayPool<int>.Shared.Return(_length);
            ArrayPool<int>.Shared.Return(_positions);
            (_start, _length, _positions) = ([], [], []);
        }
    }
}

/// <summary>What a line's reasons are made of besides the chosen proposal's evidence, kept until they are read: the
/// notes, the conflicts with other lines, and why the decision was taken, as a reason or, for the two common cases, as
/// the threshold the confidence was compared with (reached when the line is applied automatically). Immutable; the
/// common case (no note, no conflict, decided by the threshold) is one object an engine shares (decision 369).</summary>
internal sealed class Why(IReadOnlyList<Reason> notes, List<Reason>? blocked, Reason? decided, double threshold = double.NaN)
{
    /// <summary>The reasons in order: the chosen proposal's evidence (none when unmatched), the notes, the conflicts,
    /// and the decision (written from the proposal's confidence when it is a threshold).</summary>
    public Reason[] Parts(MatchProposal? chosen, MatchDecision decision)
    {
        var evidence = chosen?.Reasons ?? [];
        var last = decided ?? (double.IsNaN(threshold) || chosen is null ? null
            : (decision == MatchDecision.AutoApply ? MatchingReasonCodes.AutoApplied : MatchingReasonCodes.Suggested).Of(chosen.Confidence, threshold));
        var parts = new Reason[evidence.Length + notes.Count + (blocked?.Count ?? 0) + (last is null ? 0 : 1)];
        evidence.CopyTo(parts, 0);
        var at = evidence.Length;
        foreach (var note in notes)
        {
            parts[at++] = note;
        }

        if (blocked is not null)
        {
            blocked.CopyTo(parts, at);
            at += blocked.Count;
        }

        if (last is not null)
        {
            parts[at] = last;
        }

        return parts;
    }
}

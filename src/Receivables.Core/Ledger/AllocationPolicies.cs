using System.Runtime.InteropServices;
using Receivables.Internal;

namespace Receivables.Ledger;

/// <summary>The built-in allocation policies.</summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class AllocationPolicies
{
    /// <summary>
    /// Gets the policy that settles the oldest due items first (by due date, then document date, then id), skipping
    /// disputed items. What is left of the credit stays unapplied.
    /// </summary>
    public static IAllocationPolicy OldestDueFirst { get; } = new OldestDueFirstPolicy();

    /// <summary>
    /// Gets the policy that spreads the credit over all undisputed open items in proportion to their open amounts,
    /// with leftover minor units by <see cref="RemainderPolicies.LargestRemainder"/>. A credit that covers them all
    /// settles them all and leaves the rest unapplied.
    /// </summary>
    public static IAllocationPolicy Proportional { get; } = new ProportionalPolicy();

    /// <summary>
    /// Returns a policy that settles first the items whose document number (or reference) appears in the credit's
    /// reference text, in the order they appear there, disputed or not: a customer who names an item means it.
    /// A document number counts only as a whole word: "INV-10" is not found in "INV-100". The number of a document due in
    /// installments (or of a payment plan) reaches every open installment, oldest due first; an installment's own
    /// number (<c>INV-1/2</c>) reaches it first.
    /// </summary>
    /// <param name="thenOldestDueFirst">Whether what remains goes to the other items, oldest due first. The default value is true.</param>
    /// <returns>The policy.</returns>
    public static IAllocationPolicy ByReference(bool thenOldestDueFirst = true) => new ByReferencePolicy(thenOldestDueFirst);

    /// <summary>Returns a policy that applies exactly the given amounts to the given items.</summary>
    /// <param name="allocations">The allocations; each amount positive. The account refuses the application if any
    /// amount exceeds what is open.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocations"/> is null.</exception>
    public static IAllocationPolicy Specified(params Allocation[] allocations)
    {
        Guard.NotNull(allocations);
        return new SpecifiedPolicy([.. allocations]);
    }

    [ThreadStatic]
    private static List<Allocation>? t_scratch;

    /// <summary>The calling thread's list to collect a result in (cleared): a policy call allocates only its result.</summary>
    private static List<Allocation> Scratch()
    {
        var scratch = t_scratch ??= new List<Allocation>(8);
        scratch.Clear();
        return scratch;
    }

    /// <summary>
    /// The collected allocations as one exact immutable array (boxed), which <see cref="CreditApplied"/> keeps as it is
    /// instead of copying; the scratch list is left for the next call.
    /// </summary>
    private static IReadOnlyList<Allocation> Result(List<Allocation> scratch)
        => scratch.Count == 0 ? Array.Empty<Allocation>() : ImmutableCollectionsMarshal.AsImmutableArray(scratch.ToArray());

    /// <summary>Settles <paramref name="items"/> in order, skipping disputed items and those flagged in <paramref name="skip"/>
    /// (same index), while anything remains.</summary>
    private static void FillOldestFirst(IReadOnlyList<LedgerItem> items, ref Money remaining, List<Allocation> result, ReadOnlySpan<bool> skip)
    {
        for (var i = 0; i < items.Count && remaining.IsPositive; i++)
        {
            var item = items[i];
            if (item.IsDisputed || (!skip.IsEmpty && skip[i]))
            {
                continue;
            }

            var amount = Money.Min(remaining, item.Open);
            result.Add(new Allocation(item.Id, amount));
            remaining -= amount;
        }
    }

    private sealed class OldestDueFirstPolicy : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
        {
            var result = Scratch();
            var remaining = arguments.Available;
            FillOldestFirst(arguments.OpenItems, ref remaining, result, skip: default);
            return Result(result);
        }

        public override string ToString() => "OldestDueFirst";
    }

    private sealed class ProportionalPolicy : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
        {
            var items = arguments.OpenItems.Where(i => !i.IsDisputed).ToList();
            if (items.Count == 0 || !arguments.Available.IsPositive)
            {
                return [];
            }

            var totalOpen = items.Aggregate(Money.Zero(arguments.Available.Currency), (sum, i) => sum + i.Open);
            if (arguments.Available >= totalOpen)
            {
                return [.. items.Select(i => new Allocation(i.Id, i.Open))];
            }

            var available = arguments.Available.Round(RoundingPolicies.TowardsZero);
            var parts = available.Allocate([.. items.Select(i => i.Open.Amount)], RemainderPolicies.LargestRemainder);
            var result = new List<Allocation>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (parts[i].IsPositive)
                {
                    result.Add(new Allocation(items[i].Id, parts[i]));
                }
            }

            return result;
        }

        public override string ToString() => "Proportional";
    }

    private sealed class ByReferencePolicy(bool thenOldestDueFirst) : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
        {
            // Without LINQ or tuples: the items named in the text, ordered by where the text names them first (an item's
            // own number before a group's at the same place), ties in the given order (oldest due first); then the rest.
            var text = arguments.Credit.Document.Reference ?? string.Empty;
            var items = arguments.OpenItems;
            var result = Scratch();
            var remaining = arguments.Available;
            if (text.Length == 0)
            {
                if (thenOldestDueFirst)
                {
                    FillOldestFirst(items, ref remaining, result, skip: default);
                }

                return Result(result);
            }

            var count = items.Count;
            Span<long> keys = count <= 64 ? stackalloc long[count] : new long[count];
            Span<bool> named = count <= 256 ? stackalloc bool[count] : new bool[count];
            var found = 0;
            for (var i = 0; i < count; i++)
            {
                var item = items[i];
                var position = FirstWholeWord(text, item, out var own);
                if (position < 0)
                {
                    continue;
                }

                named[i] = true;
                // (position, own first, given order) in one sortable key; insertion sort keeps the few found in order.
                var key = ((long)position << 33) | ((own ? 0L : 1L) << 32) | (uint)i;
                var at = found++;
                while (at > 0 && keys[at - 1] > key)
                {
                    keys[at] = keys[at - 1];
                    at--;
                }

                keys[at] = key;
            }

            for (var k = 0; k < found && remaining.IsPositive; k++)
            {
                var item = items[(int)(keys[k] & 0xFFFFFFFF)];
                var amount = Money.Min(remaining, item.Open);
                result.Add(new Allocation(item.Id, amount));
                remaining -= amount;
            }

            if (thenOldestDueFirst)
            {
                FillOldestFirst(items, ref remaining, result, named);
            }

            return Result(result);
        }

        public override string ToString() => thenOldestDueFirst ? "ByReference(then OldestDueFirst)" : "ByReference";

        private static int FirstWholeWord(string text, LedgerItem item, out bool own)
        {
            var byId = IndexOfWord(text, item.Id.Value);
            own = byId >= 0;
            // The item's further numbers: the document's reference, and for an installment its document's (or plan's)
            // number, so "INV-1" reaches every installment of INV-1, oldest due first; "INV-1/2" its own first.
            var byReference = -1;
            foreach (var reference in item.References)
            {
                var at = IndexOfWord(text, reference);
                byReference = at < 0 ? byReference : byReference < 0 ? at : Math.Min(byReference, at);
            }

            return byId < 0 ? byReference : byReference < 0 ? byId : Math.Min(byId, byReference);
        }

        private static int IndexOfWord(string text, string word)
        {
            var start = 0;
            while (start <= text.Length - word.Length)
            {
                var at = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    return -1;
                }

                var end = at + word.Length;
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (before && after)
                {
                    return at;
                }

                start = at + 1;
            }

            return -1;
        }
    }

    private sealed class SpecifiedPolicy(Allocation[] allocations) : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments) => allocations;

        public override string ToString() => "Specified";
    }
}

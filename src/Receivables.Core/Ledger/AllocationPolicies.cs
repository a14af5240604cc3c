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
    private static void FillOldestFirst<TItems>(TItems items, ref Money remaining, List<Allocation> result, ReadOnlySpan<bool> skip)
        where TItems : IPolicyItems
    {
        for (var i = 0; i < items.Count && remaining.IsPositive; i++)
        {
            if (items.IsDisputed(i) || (!skip.IsEmpty && skip[i]))
            {
                continue;
            }

            var amount = Money.Min(remaining, items.Open(i));
            result.Add(new Allocation(items.Id(i), amount));
            remaining -= amount;
        }
    }

    private sealed class OldestDueFirstPolicy : IAllocationPolicy, IRowPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
            => Allocate(new LedgerItems(arguments.OpenItems), arguments.Available, arguments.Credit.Document.Reference);

        public IReadOnlyList<Allocation> Allocate<TItems>(TItems items, Money available, string? reference)
            where TItems : IPolicyItems
        {
            var result = Scratch();
            var remaining = available;
            FillOldestFirst(items, ref remaining, result, skip: default);
            return Result(result);
        }

        public override string ToString() => "OldestDueFirst";
    }

    private sealed class ProportionalPolicy : IAllocationPolicy, IRowPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
            => Allocate(new LedgerItems(arguments.OpenItems), arguments.Available, arguments.Credit.Document.Reference);

        public IReadOnlyList<Allocation> Allocate<TItems>(TItems items, Money available, string? reference)
            where TItems : IPolicyItems
        {
            var undisputed = new List<int>(items.Count);
            var totalOpen = Money.Zero(available.Currency);
            for (var i = 0; i < items.Count; i++)
            {
                if (!items.IsDisputed(i))
                {
                    undisputed.Add(i);
                    totalOpen += items.Open(i);
                }
            }

            if (undisputed.Count == 0 || !available.IsPositive)
            {
                return [];
            }

            if (available >= totalOpen)
            {
                return [.. undisputed.Select(i => new Allocation(items.Id(i), items.Open(i)))];
            }

            var rounded = available.Round(RoundingPolicies.TowardsZero);
            var parts = rounded.Allocate([.. undisputed.Select(i => items.Open(i).Amount)], RemainderPolicies.LargestRemainder);
            var result = new List<Allocation>(undisputed.Count);
            for (var k = 0; k < undisputed.Count; k++)
            {
                if (parts[k].IsPositive)
                {
                    result.Add(new Allocation(items.Id(undisputed[k]), parts[k]));
                }
            }

            return result;
        }

        public override string ToString() => "Proportional";
    }

    private sealed class ByReferencePolicy(bool thenOldestDueFirst) : IAllocationPolicy, IRowPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
            => Allocate(new LedgerItems(arguments.OpenItems), arguments.Available, arguments.Credit.Document.Reference);

        public IReadOnlyList<Allocation> Allocate<TItems>(TItems items, Money available, string? reference)
            where TItems : IPolicyItems
        {
            // Without LINQ or tuples: the items named in the text, ordered by where the text names them first (an item's
            // own number before a group's at the same place), ties in the given order (oldest due first); then the rest.
            var text = reference ?? string.Empty;
            var result = Scratch();
            var remaining = available;
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
                var position = FirstWholeWord(text, items, i, out var own);
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
                var i = (int)(keys[k] & 0xFFFFFFFF);
                var amount = Money.Min(remaining, items.Open(i));
                result.Add(new Allocation(items.Id(i), amount));
                remaining -= amount;
            }

            if (thenOldestDueFirst)
            {
                FillOldestFirst(items, ref remaining, result, named);
            }

            return Result(result);
        }

        public override string ToString() => thenOldestDueFirst ? "ByReference(then OldestDueFirst)" : "ByReference";

        private static int FirstWholeWord<TItems>(string text, TItems items, int i, out bool own)
            where TItems : IPolicyItems
        {
            var byId = IndexOfWord(text, items.Id(i).Value);
            own = byId >= 0;
            // The item's further numbers: the document's reference, and for an installment its document's (or plan's)
            // number, so "INV-1" reaches every installment of INV-1, oldest due first; "INV-1/2" its own first.
            var byReference = -1;
            for (var k = 0; k < items.ReferenceCount(i); k++)
            {
                var at = IndexOfWord(text, items.Reference(i, k));
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

    /// <summary>The public items a policy is given, read through <see cref="IPolicyItems"/>.</summary>
    private readonly struct LedgerItems(IReadOnlyList<LedgerItem> items) : IPolicyItems
    {
        public int Count => items.Count;

        public DocumentId Id(int i) => items[i].Id;

        public Money Open(int i) => items[i].Open;

        public bool IsDisputed(int i) => items[i].IsDisputed;

        public int ReferenceCount(int i) => items[i].References.Length;

        public string Reference(int i, int k) => items[i].References[k];
    }

    private sealed class SpecifiedPolicy(Allocation[] allocations) : IAllocationPolicy, IRowPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments) => allocations;

        public IReadOnlyList<Allocation> Allocate<TItems>(TItems items, Money available, string? reference)
            where TItems : IPolicyItems
            => allocations;

        public override string ToString() => "Specified";
    }
}

/// <summary>
/// The open items a built-in policy reads, by index (oldest due first): the public <see cref="LedgerItem"/>s of an
/// <see cref="AllocationArguments"/>, or an account's rows (decision 032), so a ledger applying a built-in policy makes
/// no item object. One algorithm per policy, compiled for each source.
/// </summary>
internal interface IPolicyItems
{
    int Count { get; }

    DocumentId Id(int i);

    Money Open(int i);

    bool IsDisputed(int i);

    /// <summary>Gets how many further numbers item <paramref name="i"/> has (<see cref="LedgerItem.References"/>).</summary>
    int ReferenceCount(int i);

    string Reference(int i, int k);
}

/// <summary>A built-in policy that can read an account's rows directly: what it proposes equals what
/// <see cref="IAllocationPolicy.Allocate"/> proposes for the same items as <see cref="LedgerItem"/>s.</summary>
internal interface IRowPolicy
{
    IReadOnlyList<Allocation> Allocate<TItems>(TItems items, Money available, string? reference)
        where TItems : IPolicyItems;
}

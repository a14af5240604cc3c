using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

/// <summary>
/// How the ledger stores items (decisions 027 and 032): an item kept as a row (<see cref="ItemRow"/>) and read as a
/// <see cref="LedgerItem"/> reads and compares exactly as the plain record did, the id index finds what a dictionary
/// would, and the policies' results and the events that keep them are never shared with anything that changes later.
/// </summary>
public class ItemStorageTests
{
    private static readonly CustomerId Acme = new("ACME");

    /// <summary>An item made directly from its plain fields, as an account makes it from a new row.</summary>
    private static LedgerItem Item(Document document, Money open, DateOnly? settledOn = null, ItemDispute? dispute = null, PromiseToPay? promise = null, ImmutableArray<ItemSettlement> settlements = default, DateOnly? due = null, int installment = 0, DocumentId? of = null, ImmutableArray<string> references = default)
        => new ItemRow(document, installment, of, references)
            .With(open: open, settledOn: settledOn, dispute: dispute, promise: promise, dueDate: due)
            .ToItem(settlements.IsDefault ? [] : settlements);

    private static Document Invoice(int k, DateOnly? due = null)
        => Document.Invoice(new($"INV-{k}"), Acme, Money.Of(100m + k, "EUR"), new(2026, 1, 10), due ?? new(2026, 2, 9));

    // An operation on an item: 0 pay part, 1 open a dispute, 2 resolve it, 3 promise, 4 clear the promise, 5 move the
    // due date (sometimes back to the document's), 6 settle.
    private static readonly Arbitrary<(int Installment, (int Kind, int Value)[] Steps)> ItemScenario =
        (from installment in Gen.Choose(0, 3)
         from steps in Gen.ArrayOf(Gen.Choose(0, 6).SelectMany(kind => Gen.Choose(0, 40).Select(value => (kind, value))))
         select (installment, steps)).ToArbitrary();

    [Fact]
    public void LedgerItem_AfterAnyChanges_ReadsAndComparesLikeItsPlainFields()
    {
        Properties.Check(ItemScenario, input =>
        {
            var document = Invoice(7);
            DocumentId? of = input.Installment == 0 ? null : new DocumentId("INV-PARENT");
            var item = new ItemRow(document, input.Installment, of);

            // The plain fields the record had before decision 027.
            var open = document.Amount;
            DateOnly? settledOn = null;
            ItemDispute? dispute = null;
            PromiseToPay? promise = null;
            var due = document.DueDate;
            var settlements = ImmutableArray<ItemSettlement>.Empty;
            foreach (var (kind, value) in input.Steps)
            {
                switch (kind)
                {
                    case 0 when open.IsPositive:
                        var part = Money.Min(open, Money.Of(value, "EUR"));
                        open -= part;
                        settledOn = open.IsZero ? new DateOnly(2026, 3, 1).AddDays(value) : null;
                        settlements = settlements.Add(new ItemSettlement(settlements.Length + 1, new("PAY-1"), part, new DateOnly(2026, 3, 1)));

                        // An application's own step (decision 032) gives what the general one gives: settled when
                        // nothing is left, the promise then cleared.
                        var day = new DateOnly(2026, 3, 1).AddDays(value);
                        Assert.Equal(
                            item.With(open: open, settledOn: open.IsZero ? day : null, clearPromise: open.IsZero, lastSettlement: settlements.Length).ToItem(settlements),
                            item.Settled(open, day, settlements.Length).ToItem(settlements));
                        item = item.With(open: open, settledOn: settledOn, clearSettled: settledOn is null, lastSettlement: settlements.Length);
                        break;
                    case 1:
                        dispute = new ItemDispute(new DateOnly(2026, 2, 1).AddDays(value), "price");
                        item = item.With(dispute: dispute);
                        break;
                    case 2:
                        dispute = null;
                        item = item.With(clearDispute: true);
                        break;
                    case 3:
                        promise = new PromiseToPay(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1).AddDays(value), Money.Of(value + 1, "EUR"), null);
                        item = item.With(promise: promise);
                        break;
                    case 4:
                        promise = null;
                        item = item.With(clearPromise: true);
                        break;
                    case 5:
                        due = value % 4 == 0 ? document.DueDate : document.DueDate.AddDays(value);
                        item = item.With(dueDate: due);
                        break;
                }

                // The row reads as the fields; its snapshot (with the settlements the account keeps apart) too.
                Assert.Equal(open, item.Open);
                Assert.Equal(open.IsPositive, item.IsOpen);
                Assert.Equal(dispute, item.Dispute);
                Assert.Equal(promise, item.Promise);
                Assert.Equal(due, item.DueDate);
                Assert.Equal(settlements.Length, item.LastSettlement);
                var read = item.ToItem(settlements);
                Assert.Equal(open, read.Open);
                Assert.Equal(open.IsPositive, read.IsOpen);
                Assert.Equal(document.Amount - open, read.Applied);
                Assert.Equal(settledOn, read.SettledOn);
                Assert.Equal(dispute, read.Dispute);
                Assert.Equal(dispute is not null, read.IsDisputed);
                Assert.Equal(promise, read.Promise);
                Assert.Equal(due, read.DueDate);
                Assert.Equal(document.DueDate, read.OriginalDueDate);
                Assert.Equal(input.Installment, read.Installment);
                Assert.Equal(of, read.InstallmentOf);
                Assert.Equal(settlements, read.Settlements);

                // Made afresh from the same fields, the item is equal, whichever way it was reached.
                var fresh = Item(document, open, settledOn, dispute, promise, settlements, due, input.Installment, of, read.References);
                Assert.Equal(fresh, read);
                Assert.Equal(fresh.GetHashCode(), read.GetHashCode());
            }
        });
    }

    [Fact]
    public void LedgerItem_DocumentReference_IsItsOnlyFurtherNumber_MadeOnFirstReadAndKeptByChanges()
    {
        // The reference alone is not stored with the item (decision 031): References makes it when read.
        var payment = Document.Payment(new("PAY-7"), Acme, Money.Of(150m, "EUR"), new(2026, 3, 1), "INV-1 INV-2");
        var item = Item(payment, payment.Amount);
        var paid = new ItemRow(payment).With(open: Money.Of(50m, "EUR")).ToItem([]);

        Assert.Equal(["INV-1 INV-2"], item.References.ToArray());
        Assert.Same(ImmutableCollectionsMarshal.AsArray(item.References), ImmutableCollectionsMarshal.AsArray(item.References));
        Assert.Equal(["INV-1 INV-2"], paid.References.ToArray());
        Assert.Equal(item, Item(payment, payment.Amount, references: ["INV-1 INV-2"]));
        Assert.Empty(Item(Invoice(1), Invoice(1).Amount).References);
        var installment = Item(payment, payment.Amount, installment: 1, of: new DocumentId("PAY-7"));
        Assert.Equal(["PAY-7", "INV-1 INV-2"], installment.References.ToArray());
    }

    [Fact]
    public void LedgerItem_DisputedThenResolved_EqualsTheItemBefore()
    {
        var document = Invoice(1);
        var row = new ItemRow(document);
        var item = row.ToItem([]);

        var resolved = row.With(dispute: new ItemDispute(new(2026, 2, 1), "wrong price")).With(clearDispute: true).ToItem([]);
        var movedBack = row.With(dueDate: new(2026, 3, 9)).With(dueDate: document.DueDate).ToItem([]);

        Assert.Equal(item, resolved);
        Assert.Equal(item, movedBack);
        Assert.NotEqual(item, row.With(dueDate: new(2026, 3, 9)).ToItem([]));
        Assert.Equal(new DateOnly(2026, 3, 9), row.With(dueDate: new(2026, 3, 9)).ToItem([]).DueDate);
    }

    [Fact]
    public void LedgerItem_SameSettlementsInOtherArrays_AreEqual_AsDocumentsCompareTheirTags()
    {
        var document = Invoice(1);
        ItemSettlement Paid(decimal amount) => new(1, new("PAY-1"), Money.Of(amount, "EUR"), new(2026, 3, 1));

        var one = Item(document, Money.Of(61m, "EUR"), settlements: [Paid(40m)]);
        var other = Item(document, Money.Of(61.00m, "EUR"), settlements: [Paid(40m)]);
        var paidMore = Item(document, Money.Of(61m, "EUR"), settlements: [Paid(41m)]);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, paidMore);
    }

    // Ids added at positions 0, 1, … of an item list; then looked up through views of every length.
    private static readonly Arbitrary<(int Count, int Capacity, int[] Lookups)> IndexScenario =
        (from count in Gen.Choose(0, 300)
         from capacity in Gen.Elements(0, 1, 10, 1000)
         from lookups in Gen.ArrayOf(Gen.Choose(-50, 350))
         select (count, capacity, lookups)).ToArbitrary();

    [Fact]
    public void PositionIndex_FindsWhatADictionaryFinds_ForEveryPrefixOfTheItems()
    {
        Properties.Check(IndexScenario, input =>
        {
            var items = new PrefixList<ItemRow>();
            var index = new PositionIndex(input.Capacity);
            var model = new Dictionary<DocumentId, int>();
            for (var k = 0; k < input.Count; k++)
            {
                var document = Invoice(k);
                items.Add(new ItemRow(document));
                index.Add(document.Id.GetHashCode(), k);
                model.Add(document.Id, k);
            }

            Assert.Equal(model.Count, index.Count);
            foreach (var lookup in input.Lookups)
            {
                var id = new DocumentId($"INV-{lookup}");
                var visible = Math.Max(0, input.Count - (Math.Abs(lookup) % 7));
                var expected = model.TryGetValue(id, out var at) && at < visible;
                Assert.Equal(expected, index.TryGet(id, items, visible, out var position));
                Assert.Equal(expected ? at : -1, position);

                // A clone's index: the ids below the count, found whatever the list holds past it.
                var copy = index.CopyBelow(visible);
                Assert.Equal(visible, copy.Count);
                Assert.Equal(expected, copy.TryGet(id, items, items.Count, out var copied));
                Assert.Equal(expected ? at : -1, copied);
            }
        });
    }

    [Fact]
    public void CreditApplied_KeepsAnImmutableArray_AndCopiesAnyOtherList()
    {
        var first = new Allocation(new("INV-1"), Money.Of(40m, "EUR"));
        var second = new Allocation(new("INV-2"), Money.Of(60m, "EUR"));
        ImmutableArray<Allocation> immutable = [first, second];
        var array = new[] { first, second };

        var kept = new CreditApplied(1, new("PAY-1"), new(2026, 3, 1), immutable);
        var copied = new CreditApplied(2, new("PAY-1"), new(2026, 3, 1), array);
        array[0] = second;

        Assert.Same(ImmutableCollectionsMarshal.AsArray(immutable), ImmutableCollectionsMarshal.AsArray(kept.Allocations));
        Assert.Equal(new[] { first, second }, copied.Allocations.ToArray());
        Assert.Throws<ArgumentNullException>(() => new CreditApplied(3, new("PAY-1"), new(2026, 3, 1), null!));
    }

    [Fact]
    public void BuiltInPolicies_GiveEachCallItsOwnResult()
    {
        var open = Enumerable.Range(1, 3).Select(k => Item(Invoice(k), Money.Of(100m + k, "EUR"))).ToArray();
        var payment = Document.Payment(new("PAY-1"), Acme, Money.Of(150m, "EUR"), new(2026, 3, 1), "INV-3");
        var credit = Item(payment, payment.Amount);
        var byReference = AllocationPolicies.ByReference();

        var oldest = AllocationPolicies.OldestDueFirst.Allocate(new AllocationArguments(credit, open, new(2026, 3, 1)));
        var snapshot = oldest.ToArray();
        var referenced = byReference.Allocate(new AllocationArguments(credit, open, new(2026, 3, 1)));
        _ = AllocationPolicies.OldestDueFirst.Allocate(new AllocationArguments(credit, open[1..], new(2026, 3, 1)));

        // 150.00 EUR: INV-1 in full (101.00), 49.00 on INV-2; by reference INV-3 first (103.00), then 47.00 on INV-1.
        Assert.Equal(snapshot, oldest);
        Assert.Equal([new Allocation(new("INV-1"), Money.Of(101m, "EUR")), new Allocation(new("INV-2"), Money.Of(49m, "EUR"))], oldest);
        Assert.Equal([new Allocation(new("INV-3"), Money.Of(103m, "EUR")), new Allocation(new("INV-1"), Money.Of(47m, "EUR"))], referenced);
    }
}

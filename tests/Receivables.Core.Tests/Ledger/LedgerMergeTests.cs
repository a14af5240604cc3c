using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

/// <summary>
/// <see cref="LedgerBuilder.Merge"/>: a load split by customer over several builders (one per thread) and joined is the
/// ledger one builder gives (merge = whole), sequence numbers included, and a refused merge changes neither builder.
/// </summary>
public class LedgerMergeTests
{
    private static readonly CustomerId Acme = new("C-ACME");
    private static readonly CustomerId Bolt = new("C-BOLT");
    private static readonly DateOnly Start = new(2026, 1, 1);

    /// <summary>One generated step: whose document, what kind, how much, which day.</summary>
    public sealed record MergeStep(int Customer, int Kind, int Cents, int Day);

    private static readonly Gen<MergeStep[]> StepsGen =
        (from customer in Gen.Choose(0, 4)
         from kind in Gen.Choose(0, 3)
         from cents in Gen.Choose(1, 50_000)
         from day in Gen.Choose(0, 90)
         select new MergeStep(customer, kind, cents, day)).ArrayOf();

    private static readonly Arbitrary<(MergeStep[] Steps, bool[] InPart)> StepsAndSplit =
        (from steps in StepsGen
         from inPart in Gen.ArrayOf(Gen.Elements(true, false), 5)
         select (steps, inPart)).ToArbitrary();

    private static CustomerId CustomerOf(int index) => new($"C-{index}");

    /// <summary>Posts step <paramref name="index"/>: invoices, payments applied oldest due first, credit notes applied
    /// by the reference of the customer's last invoice, and payments left unapplied. Days are random, so some
    /// applications are refused (dated before an item): a refusal changes nothing, in the oracle and the parts alike.</summary>
    private static void Run(LedgerBuilder builder, MergeStep step, int index, Dictionary<int, string> lastInvoice)
    {
        try
        {
            Post(builder, step, index, lastInvoice);
        }
        catch (LedgerException)
        {
        }
    }

    private static void Post(LedgerBuilder builder, MergeStep step, int index, Dictionary<int, string> lastInvoice)
    {
        var customer = CustomerOf(step.Customer);
        var amount = Money.Of(step.Cents / 100m, "EUR");
        var date = Start.AddDays(step.Day);
        switch (step.Kind)
        {
            case 0:
                builder.Post(Document.Invoice(new($"INV-{index}"), customer, amount, date, date.AddDays(30)));
                lastInvoice[step.Customer] = $"INV-{index}";
                break;
            case 1:
                builder.Post(Document.Payment(new($"PAY-{index}"), customer, amount, date));
                builder.Apply(new($"PAY-{index}"), AllocationPolicies.OldestDueFirst, date);
                break;
            case 2:
                builder.Post(Document.CreditNote(new($"CN-{index}"), customer, amount, date, lastInvoice.GetValueOrDefault(step.Customer)));
                builder.Apply(new($"CN-{index}"), AllocationPolicies.ByReference(), date);
                break;
            default:
                builder.Post(Document.Payment(new($"PAY-{index}"), customer, amount, date));
                break;
        }
    }

    [Fact]
    public void Merge_CustomersSplitOverTwoBuilders_EqualsOneBuilderPostingThePartAfterTheRest()
    {
        Properties.Check(StepsAndSplit, input =>
        {
            var (steps, inPart) = input;
            var rest = Enumerable.Range(0, steps.Length).Where(i => !inPart[steps[i].Customer]).ToList();
            var part = Enumerable.Range(0, steps.Length).Where(i => inPart[steps[i].Customer]).ToList();

            // The oracle: one builder, the rest's steps first, then the part's, each in their own order.
            var whole = ReceivablesLedger.CreateBuilder();
            var wholeInvoices = new Dictionary<int, string>();
            foreach (var i in rest.Concat(part))
            {
                Run(whole, steps[i], i, wholeInvoices);
            }

            var first = ReceivablesLedger.CreateBuilder();
            var second = ReceivablesLedger.CreateBuilder();
            var firstInvoices = new Dictionary<int, string>();
            var secondInvoices = new Dictionary<int, string>();
            foreach (var i in rest)
            {
                Run(first, steps[i], i, firstInvoices);
            }

            foreach (var i in part)
            {
                Run(second, steps[i], i, secondInvoices);
            }

            var expected = whole.ToLedger();
            var merged = first.Merge(second).ToLedger();

            Assert.Equal(expected.Sequence, merged.Sequence);
            Assert.Equal(expected.DocumentCount, merged.DocumentCount);
            Assert.Equal(expected.Accounts.Select(a => a.Customer), merged.Accounts.Select(a => a.Customer));
            Assert.Equal(expected.Accounts.Select(LedgerModel.Snapshot), merged.Accounts.Select(LedgerModel.Snapshot));
            Assert.Equal(expected.Accounts.Select(a => a.Sequences.ToList()), merged.Accounts.Select(a => a.Sequences.ToList()));
            Assert.Equal(expected.Accounts.Select(a => a.History.ToList()), merged.Accounts.Select(a => a.History.ToList()));
            foreach (var item in expected.Accounts.SelectMany(a => a.Items))
            {
                Assert.True(merged.TryGetOwner(item.Id, out var owner));
                Assert.Equal(item.Document.Customer, owner);
            }

            // The part is left empty and can be used again.
            Assert.Equal(0, second.DocumentCount);
            Assert.Equal(0, second.Sequence);
            Assert.Empty(second.ToLedger().Accounts);
        });
    }

    [Fact]
    public void Merge_TwoCustomersOnTwoBuilders_SequenceNumbersFollowOn()
    {
        // Acme's invoice and payment (events 1 and 2, applied 1 June) in one builder, Bolt's invoice in another.
        var first = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_000m, "EUR"), new(2026, 5, 1), new(2026, 5, 31)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(400m, "EUR"), new(2026, 6, 1)));
        first.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 6, 1));
        var second = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(250m, "EUR"), new(2026, 5, 3), new(2026, 6, 2)));

        var ledger = first.Merge(second).ToLedger();

        Assert.Equal(4, ledger.Sequence);
        Assert.Equal(3, ledger.DocumentCount);
        Assert.Equal([1L, 2L, 3L], ledger.Account(Acme).Sequences);
        Assert.Equal([4L], ledger.Account(Bolt).Sequences);
        Assert.Equal(Money.Of(600m, "EUR"), ledger.Account(Acme).GetItem(new("INV-1")).Open);
        Assert.Equal(Money.Of(250m, "EUR"), ledger.Account(Bolt).GetItem(new("INV-2")).Open);
        // Known as of event 3: Acme's three events, not Bolt's invoice.
        Assert.Empty(ledger.AsKnownAt(3).Account(Bolt).Items);
    }

    [Fact]
    public void Merge_SameCustomerInBoth_RefusedNamingThePartAndBothBuildersUnchanged()
    {
        var first = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var second = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)))
            .Post(Document.Invoice(new("INV-3"), Acme, Money.Of(70m, "EUR"), new(2026, 1, 3), new(2026, 2, 2)));

        var error = Assert.Throws<ArgumentException>(() => first.Merge(second));

        Assert.Equal("part", error.ParamName);
        Assert.Contains("C-ACME", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, first.DocumentCount);
        Assert.False(first.TryGetItem(new("INV-2"), out _));
        Assert.Equal(2, second.DocumentCount);
        Assert.True(second.TryGetItem(new("INV-3"), out _));
    }

    [Fact]
    public void Merge_IdTakenInBoth_RefusedAndNoIdOfThePartLeftBehind()
    {
        var first = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-9"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var second = ReceivablesLedger.CreateBuilder();
        for (var i = 1; i <= 20; i++)
        {
            // INV-9 comes ninth: eight ids are added before the clash and must be taken back.
            second.Post(Document.Invoice(new($"INV-{i}"), Bolt, Money.Of(10m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)));
        }

        var error = Assert.Throws<LedgerException>(() => first.Merge(second));

        Assert.Equal(LedgerError.DuplicateDocumentId, error.Error);
        Assert.Equal("part", error.Field);
        Assert.Contains("INV-9", error.Message, StringComparison.Ordinal);
        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal(i == 9, first.TryGetItem(new($"INV-{i}"), out _));
        }

        // The ids stayed free: the first builder can still post them, and the part is whole.
        first.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(5m, "EUR"), new(2026, 1, 5), new(2026, 2, 4)));
        Assert.Equal(20, second.DocumentCount);
        Assert.Equal(2, first.ToLedger().DocumentCount);
    }

    [Fact]
    public void Merge_IdOfTheLedgerTheBuilderStartedFrom_Refused()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var part = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)));

        var error = Assert.Throws<LedgerException>(() => ledger.ToBuilder().Merge(part));

        Assert.Equal(LedgerError.DuplicateDocumentId, error.Error);
    }

    [Fact]
    public void Merge_CustomerWithAnAccountInTheStartingLedger_Refused()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var part = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)));

        var error = Assert.Throws<ArgumentException>(() => ledger.ToBuilder().Merge(part));

        Assert.Equal("part", error.ParamName);
    }

    [Fact]
    public void Merge_PartContinuingALedgerOrItself_Refused()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var builder = ReceivablesLedger.CreateBuilder();
        var frozen = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)));
        frozen.ToLedger();

        Assert.Equal("part", Assert.Throws<ArgumentException>(() => builder.Merge(ledger.ToBuilder())).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => builder.Merge(frozen)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => builder.Merge(builder)).ParamName);
        Assert.Throws<ArgumentNullException>(() => builder.Merge(null!));
        // An empty ledger's builder holds nothing to lose: it may be merged.
        builder.Merge(ReceivablesLedger.Empty.ToBuilder().Post(Document.Invoice(new("INV-3"), Acme, Money.Of(5m, "EUR"), new(2026, 1, 3), new(2026, 2, 2))));
        Assert.Equal(1, builder.DocumentCount);
    }

    [Fact]
    public void Merge_PartHandedOutAnAccount_ThatAccountKeepsItsNumbers()
    {
        var first = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var part = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)));
        var handedOut = part.Account(Bolt);

        var ledger = first.Merge(part).ToLedger();

        Assert.Equal([1L], handedOut.Sequences);
        Assert.Equal([2L], ledger.Account(Bolt).Sequences);
    }
}

using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class AllocationPolicyPropertyTests
{
    private static readonly CustomerId Acme = new("C-1");

    // Up to 300 open items, so the policy's small (stack) and large (heap) paths are both taken.
    private static readonly FsCheck.Arbitrary<(int Count, int[] Named, bool[] Disputed, int Units, bool Then)> Inputs =
        (from count in Gen.Frequency((3, Gen.Choose(0, 70)), (1, Gen.Choose(240, 300)))
         from length in Gen.Choose(0, 6)
         from named in Gen.ArrayOf(Gen.Choose(0, 320), length)
         from disputed in Gen.ArrayOf(Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true))), count)
         from units in Gen.Choose(1, 2_000_000)
         from then in Gen.Elements(true, false)
         select (count, named, disputed, units, then)).ToArbitrary();

    [Fact]
    public void ByReference_AnyOpenItems_EqualsTheReferenceImplementation()
    {
        Properties.Check(Inputs, input =>
        {
            var builder = ReceivablesLedger.CreateBuilder();
            var start = new DateOnly(2026, 1, 1);
            for (var k = 0; k < input.Count; k++)
            {
                var invoice = Document.Invoice(new($"INV-{k}"), Acme, Money.Of(100m + k, "EUR"), start.AddDays(k % 7), start.AddDays(30 + (k * 13 % 11)));
                if (k % 9 == 3)
                {
                    // In installments: "INV-3" reaches INV-3/1 and INV-3/2, "INV-3/2" its own first.
                    builder.Post(invoice.WithInstallments(LedgerModel.Split(invoice.Amount, 2, start.AddDays(20), 5)));
                    continue;
                }

                builder.Post(invoice);
                if (input.Disputed[k])
                {
                    builder.Append(Acme, new DisputeOpened(new($"INV-{k}"), start.AddDays(10), "price"));
                }
            }

            var text = string.Join(" ", input.Named.Select(n => n % 5 == 4 ? $"inv-{n}0" : n % 7 == 5 ? $"INV-{n - 2}/{1 + (n % 2)}" : $"INV-{n}"));
            builder.Post(Document.Payment(new("PAY-1"), Acme, new Money(input.Units / 100m, Currency.EUR), start.AddDays(40), text));
            var account = builder.Account(Acme);
            var open = account.Items.Where(i => i.Document.IsDebit && i.IsOpen)
                .OrderBy(i => i.DueDate).ThenBy(i => i.Document.DocumentDate).ThenBy(i => i.Id).ToList();
            var arguments = new AllocationArguments(account.GetItem(new("PAY-1")), open, start.AddDays(40));

            var actual = AllocationPolicies.ByReference(input.Then).Allocate(arguments);

            Assert.Equal(Oracle(arguments, input.Then), actual);
        });
    }

    /// <summary>The policy as it was written before the allocation-free rewrite (LINQ, tuples, a hash set).</summary>
    private static List<Allocation> Oracle(AllocationArguments arguments, bool thenOldestDueFirst)
    {
        var text = arguments.Credit.Document.Reference ?? string.Empty;
        var referenced = arguments.OpenItems
            .Select(item => (item, position: FirstWholeWord(text, item), own: IndexOfWord(text, item.Id.Value) >= 0 ? 0 : 1))
            .Where(x => x.position >= 0)
            .OrderBy(x => x.position)
            .ThenBy(x => x.own)
            .Select(x => x.item)
            .ToList();
        var result = new List<Allocation>();
        var remaining = arguments.Available;
        foreach (var item in referenced.TakeWhile(_ => remaining.IsPositive))
        {
            var amount = Money.Min(remaining, item.Open);
            result.Add(new Allocation(item.Id, amount));
            remaining -= amount;
        }

        if (thenOldestDueFirst)
        {
            var skip = referenced.Select(i => i.Id).ToHashSet();
            foreach (var item in arguments.OpenItems.Where(i => !i.IsDisputed && !skip.Contains(i.Id)))
            {
                if (!remaining.IsPositive)
                {
                    break;
                }

                var amount = Money.Min(remaining, item.Open);
                result.Add(new Allocation(item.Id, amount));
                remaining -= amount;
            }
        }

        return result;
    }

    private static int FirstWholeWord(string text, LedgerItem item)
        => new[] { item.Id.Value }.Concat(item.References).Select(w => IndexOfWord(text, w)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}

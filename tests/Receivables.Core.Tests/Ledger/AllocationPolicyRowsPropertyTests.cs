using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

/// <summary>
/// The built-in allocation policies read an account's rows directly (decision 032); whatever they propose that way must
/// equal what they propose through the public path, given the same open items as <see cref="LedgerItem"/> snapshots.
/// </summary>
public class AllocationPolicyRowsPropertyTests
{
    private static readonly CustomerId Acme = new("ACME");

    private static readonly IAllocationPolicy[] Policies =
        [AllocationPolicies.OldestDueFirst, AllocationPolicies.Proportional, AllocationPolicies.ByReference(), AllocationPolicies.ByReference(thenOldestDueFirst: false)];

    // Invoices (amount in cents, due offset, customer's reference or not, disputed or not, in installments or not), a
    // first payment applied oldest due first (so some items are partly paid), then a payment whose text names some
    // items by id, reference or installment, with noise.
    private static readonly Arbitrary<((int Cents, int Due, bool Reference, bool Disputed, bool Parts)[] Invoices, int FirstCents, int Cents, int[] Named, int Policy)> Scenario =
        (from invoices in Gen.ArrayOf(
             from cents in Gen.Choose(1, 50_000)
             from due in Gen.Choose(0, 60)
             from reference in Gen.Elements(true, false)
             from disputed in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
             from parts in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
             select (cents, due, reference, disputed, parts))
         from first in Gen.Choose(0, 60_000)
         from cents in Gen.Choose(1, 120_000)
         from named in Gen.ArrayOf(Gen.Choose(-3, 20))
         from policy in Gen.Choose(0, Policies.Length - 1)
         select (invoices, first, cents, named, policy)).ToArbitrary();

    [Fact]
    public void BuiltInPolicies_OnTheAccountsRows_ProposeWhatTheyProposeForTheSameItemsAsSnapshots()
    {
        Properties.Check(Scenario, input =>
        {
            var account = CustomerAccount.Create(Acme);
            var words = new List<string>();
            for (var k = 0; k < input.Invoices.Length; k++)
            {
                var (cents, due, reference, _, parts) = input.Invoices[k];
                var amount = Money.Of(cents / 100m, "EUR");
                var invoice = Document.Invoice(new($"INV-{k}"), Acme, amount, new(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(due), reference ? $"PO-{k}" : null);
                if (parts && cents >= 2)
                {
                    var half = Money.Of(cents / 2 / 100m, "EUR");
                    invoice = invoice.WithInstallments([new Installment(half, invoice.DueDate), new Installment(amount - half, invoice.DueDate.AddDays(30))]);
                }

                account = account.Post(invoice);
                words.Add(invoice.Id.Value);
                words.Add(reference ? $"po-{k}" : $"INV-{k}/2");
            }

            if (input.FirstCents > 0 && input.Invoices.Length > 0)
            {
                account = account.Post(Document.Payment(new("PAY-0"), Acme, Money.Of(input.FirstCents / 100m, "EUR"), new(2026, 2, 1)));
                account = account.Apply(new("PAY-0"), AllocationPolicies.OldestDueFirst, new(2026, 2, 1)).Account;
            }

            for (var k = 0; k < input.Invoices.Length; k++)
            {
                if (input.Invoices[k].Disputed && account.TryGetItem(new($"INV-{k}"), out var item) && item.IsOpen)
                {
                    account = account.OpenDispute(item.Id, new(2026, 2, 2), "price");
                }
            }

            var text = string.Join(' ', input.Named.Select(n => n < 0 || words.Count == 0 ? "thanks" : words[n % words.Count]));
            account = account.Post(Document.Payment(new("PAY-1"), Acme, Money.Of(input.Cents / 100m, "EUR"), new(2026, 2, 3), text));
            var policy = Policies[input.Policy];

            var byRows = account.Apply(new("PAY-1"), policy, new(2026, 2, 3));
            var bySnapshots = account.Apply(new("PAY-1"), new Snapshots(policy), new(2026, 2, 3));

            Assert.Equal(bySnapshots.Allocations, byRows.Allocations);
            Assert.Equal(bySnapshots.Unapplied, byRows.Unapplied);
            Assert.Equal(bySnapshots.Account.Items, byRows.Account.Items);
        });
    }

    /// <summary>A policy the ledger does not know: it is given snapshots, and passes them to a built-in one.</summary>
    private sealed class Snapshots(IAllocationPolicy builtIn) : IAllocationPolicy
    {
        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments) => builtIn.Allocate(arguments);
    }
}

using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class LedgerAsOfPropertyTests
{
    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, int Day)> StepsAndDay =
        (from steps in Arbitraries.LedgerStepsGen
         from day in Gen.Choose(-1, 42)
         select (steps, day)).ToArbitrary();

    [Fact]
    public void AsOf_AnySequence_OpenAmountsEqualAnIndependentRecount()
    {
        Properties.Check(StepsAndDay, input =>
        {
            var account = Build(input.Steps, input.Steps.Length);
            var date = LedgerModel.Start.AddDays(input.Day);

            var view = account.AsOf(date);

            Assert.Equal(LedgerModel.Recount(account.History, date), view.Items.ToDictionary(i => i.Id, i => i.Open));
        });
    }

    [Fact]
    public void AsOf_AnySequence_LaterPostingsNeverChangeTheView()
    {
        Properties.Check(StepsAndDay, input =>
        {
            var day = Math.Max(0, input.Day);
            var full = Build(input.Steps, input.Steps.Length);
            var prefix = Build(input.Steps, Math.Min(input.Steps.Length, day + 1));
            var date = LedgerModel.Start.AddDays(day);

            Assert.Equal(LedgerModel.Snapshot(prefix.AsOf(date)), LedgerModel.Snapshot(full.AsOf(date)));
            Assert.Equal(LedgerModel.OpenAmounts(prefix.AsOf(date)), LedgerModel.OpenAmounts(full.AsOf(date)));
        });
    }

    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, int[] Back, LedgerStep[] Later, int Day)> BackDated =
        (from steps in Arbitraries.LedgerStepsGen
         from back in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 20))), steps.Length)
         from later in Arbitraries.LedgerStepsGen
         from day in Gen.Choose(-1, 42)
         select (steps, back, later, day)).ToArbitrary();

    [Fact]
    public void AsOf_BackDatedOutOfOrderEvents_OpenAmountsEqualTheRecountOfEventsDatedOnOrBefore()
    {
        Properties.Check(BackDated, input =>
        {
            var account = BuildBackDated(input.Steps, input.Back);
            var date = LedgerModel.Start.AddDays(input.Day);

            var view = account.AsOf(date);

            Assert.Equal(LedgerModel.Recount(account.History, date), view.Items.ToDictionary(i => i.Id, i => i.Open));
            Assert.All(view.History, e => Assert.True(e.Date <= date));
            Assert.Equal(account.History.Count(e => e.Date <= date), view.History.Count);
        });
    }

    [Fact]
    public void AsOf_AnythingDatedAfterTheDatePostedLater_NeverChangesTheView()
    {
        Properties.Check(BackDated, input =>
        {
            var account = BuildBackDated(input.Steps, input.Back);
            var date = LedgerModel.Start.AddDays(Math.Max(0, input.Day));
            var before = (LedgerModel.Snapshot(account.AsOf(date)), string.Join(",", account.AsOf(date).OpenItems));

            for (var i = 0; i < input.Later.Length; i++)
            {
                account = LedgerModel.Run(account, input.Later[i], i, date.AddDays(1 + i), out _);
            }

            Assert.Equal(before, (LedgerModel.Snapshot(account.AsOf(date)), string.Join(",", account.AsOf(date).OpenItems)));
        });
    }

    [Fact]
    public void AsKnownAt_BackDatedPostingsRecordedLater_ReportAsKnownThenUnchanged()
    {
        Properties.Check(BackDated, input =>
        {
            var account = BuildBackDated(input.Steps, input.Back);
            var date = LedgerModel.Start.AddDays(Math.Max(0, input.Day));
            var known = account.Sequences.Count == 0 ? 0 : account.Sequences[^1];
            var before = LedgerModel.Snapshot(account.AsOf(date));

            for (var i = 0; i < input.Later.Length; i++)
            {
                // Back-dated into the period already reported on.
                account = LedgerModel.Run(account, input.Later[i], i, date.AddDays(-(i % 5)), out _);
            }

            Assert.Equal(before, LedgerModel.Snapshot(account.AsKnownAt(known).AsOf(date)));
            Assert.Equal(before, LedgerModel.Snapshot(account.AsOf(date).AsKnownAt(known)));
        });
    }

    [Fact]
    public void AsKnownAt_AnythingRecordedLater_GivesBackTheAccountAsItWasThen()
    {
        Properties.Check(BackDated, input =>
        {
            var then = BuildBackDated(input.Steps, input.Back);
            var known = then.Sequences.Count == 0 ? 0 : then.Sequences[^1];
            var account = then;
            for (var i = 0; i < input.Later.Length; i++)
            {
                account = LedgerModel.Run(account, input.Later[i], input.Steps.Length + i, out _);
            }

            var view = account.AsKnownAt(known);

            // The oracle is the account object kept from then; a posting made on both afterwards must agree too.
            Assert.Equal(LedgerModel.Snapshot(then), LedgerModel.Snapshot(view));
            var next = Document.Invoice(new("KNOWN-AT-1"), LedgerModel.Customer, Money.Of(10m, "EUR"), LedgerModel.Start, LedgerModel.Start.AddDays(30));
            Assert.Equal(LedgerModel.Snapshot(then.Post(next)), LedgerModel.Snapshot(view.Post(next)));
        });
    }

    [Fact]
    public void Snapshots_SeveralDates_EachEqualsAsOfThatDate()
    {
        Properties.Check(BackDated, input =>
        {
            var builder = ReceivablesLedger.CreateBuilder();
            var account = BuildBackDated(input.Steps, input.Back);
            foreach (var e in account.History)
            {
                builder.Append(LedgerModel.Customer, e);
            }

            var ledger = builder.ToLedger();
            var dates = new[] { 40, input.Day, 10, input.Day, 25 }.Select(d => LedgerModel.Start.AddDays(d)).ToArray();

            var snapshots = ledger.Snapshots(dates);

            Assert.Equal(dates.Distinct().Order(), snapshots.Select(s => s.Date));
            foreach (var snapshot in snapshots)
            {
                var expected = account.AsOf(snapshot.Date);
                Assert.Equal(LedgerModel.Snapshot(expected), LedgerModel.Snapshot(snapshot.Ledger.Account(LedgerModel.Customer)));
                Assert.Equal(expected.OpenItems, snapshot.OpenItems);
                Assert.Equal(expected.History.OfType<DocumentPosted>().Count(), snapshot.Ledger.DocumentCount);
            }
        });
    }

    [Fact]
    public void AsOf_LedgerView_HoldsOnlyDocumentsDatedOnOrBefore()
    {
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(1000m, "EUR"), new(2026, 6, 10), new(2026, 7, 10)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(400m, "EUR"), new(2026, 7, 3)));
        ledger = ledger.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 7, 3)).Ledger;

        var june = ledger.AsOf(new(2026, 6, 30));
        var july = ledger.AsOf(new(2026, 7, 31));

        Assert.Equal(1, june.DocumentCount);
        Assert.Equal(Money.Of(1000m, "EUR"), Assert.Single(june.OpenItems).Open);
        Assert.Equal(Money.Of(600m, "EUR"), Assert.Single(july.OpenItems).Open);
        Assert.Equal(Money.Of(600m, "EUR"), july.Account(acme).BalanceIn(Currency.EUR));
        Assert.Equal(new DateOnly(2026, 6, 30), june.Account(acme).ViewDate);
    }

    [Fact]
    public void AsOf_BackDatedApplicationRecordedLater_ViewKeepsApplicationNumbers()
    {
        var acme = new CustomerId("C-1");
        var account = CustomerAccount.Create(acme)
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(30m, "EUR"), new(2026, 1, 5)))
            .Post(Document.Payment(new("PAY-2"), acme, Money.Of(20m, "EUR"), new(2026, 1, 6)));
        account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10)).Account;
        account = account.Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 1, 20)).Account;

        var view = account.AsOf(new(2026, 1, 31));
        var next = view.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 31));

        Assert.Equal(Money.Of(80m, "EUR"), view.GetItem(new("INV-1")).Open);
        Assert.False(view.TryGetItem(new("PAY-3"), out _));
        Assert.Equal(3, next.ApplicationNumber);
        Assert.Equal(Money.Of(50m, "EUR"), next.Account.GetItem(new("INV-1")).Open);
    }

    [Fact]
    public void AsOf_BackDatedExtensionsAndPlans_DueDatesEqualTheRecountOfEventsDatedOnOrBefore()
    {
        Properties.Check(BackDated, input =>
        {
            var account = BuildBackDated(input.Steps, input.Back);
            var date = LedgerModel.Start.AddDays(input.Day);

            var view = account.AsOf(date);

            Assert.Equal(LedgerModel.RecountDueDates(account.History, date), view.Items.Where(i => i.Document.IsDebit).ToDictionary(i => i.Id, i => i.DueDate));
            Assert.All(view.OpenItems, o => Assert.Equal(view.GetItem(o.Id).OriginalDueDate, o.OriginalDueDate));
        });
    }

    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, LedgerStep[] Later, int Back)> PostingsAndApplicationsLater =
        (from steps in Arbitraries.LedgerStepsGen
         from later in Arbitraries.LedgerStepsGen
         from back in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 40)))
         select (steps.Select(s => s.Op == LedgerOp.Reverse ? s with { Op = LedgerOp.Invoice } : s).ToArray(),
                 later.Where(s => s.Op is LedgerOp.Invoice or LedgerOp.Payment or LedgerOp.CreditNote or LedgerOp.WriteOff or LedgerOp.InstallmentInvoice
                     or LedgerOp.ApplyOldest or LedgerOp.ApplyProportional or LedgerOp.ApplyByReference or LedgerOp.ApplySpecified).ToArray(),
                 back)).ToArbitrary();

    [Fact]
    public void AsOf_OnlyPostingsAndApplicationsAfterTheDate_ViewEqualsReplayOfTheEventsDatedOnOrBefore()
    {
        // The view rebuilt from the prefix of the state (no replay) against an independent oracle: a fresh account
        // replaying only the events dated on or before the date; then the same posting and application on both.
        Properties.Check(PostingsAndApplicationsLater, input =>
        {
            var account = Build(input.Steps, input.Steps.Length);
            for (var j = 0; j < input.Later.Length; j++)
            {
                account = LedgerModel.Run(account, input.Later[j], input.Steps.Length + j, LedgerModel.Start.AddDays(input.Steps.Length + j), out _);
            }

            var date = LedgerModel.Start.AddDays(input.Steps.Length - 1 - input.Back);
            var expected = CustomerAccount.Replay(LedgerModel.Customer, account.History.Where(e => e.Date <= date));

            var view = account.AsOf(date);

            Assert.Equal(LedgerModel.Snapshot(expected), LedgerModel.Snapshot(view));
            Assert.Equal(expected.History, view.History);
            Assert.Equal(account.History.Zip(account.Sequences).Where(p => p.First.Date <= date).Select(p => p.Second), view.Sequences);
            Assert.Equal(string.Join(",", expected.OpenItems), string.Join(",", view.OpenItems));
            Assert.Equal(string.Join(",", expected.UnappliedCredits), string.Join(",", view.UnappliedCredits));
            Assert.Equal(expected.PaymentRecords(), view.PaymentRecords());
            Assert.Equal(expected.ItemCount, view.ItemCount);
            Assert.Equal(LedgerModel.Recount(account.History, date), view.Items.ToDictionary(i => i.Id, i => i.Open));

            // The ledger counts the view's documents (a document due in installments once), as the replay's.
            Assert.Equal(
                ReceivablesLedger.Empty.Update(LedgerModel.Customer, _ => expected).DocumentCount,
                ReceivablesLedger.Empty.Update(LedgerModel.Customer, _ => account).AsOf(date).DocumentCount);

            // A view of a later view (which shares this account's arrays and id map) is the same view.
            var viaLater = account.AsOf(date.AddDays(3)).AsOf(date);
            Assert.Equal(LedgerModel.Snapshot(expected), LedgerModel.Snapshot(viaLater));
            Assert.Equal(string.Join(",", expected.OpenItems), string.Join(",", viaLater.OpenItems));
            Assert.Equal(expected.History, viaLater.History);

            var payment = Document.Payment(new("PAY-NEXT"), LedgerModel.Customer, Money.Of(1_000m, "EUR"), date, "Payment");
            var after = expected.Post(payment).Apply(payment.Id, AllocationPolicies.OldestDueFirst, date);
            var viewAfter = view.Post(payment).Apply(payment.Id, AllocationPolicies.OldestDueFirst, date);
            Assert.Equal(after.ApplicationNumber, viewAfter.ApplicationNumber);
            Assert.Equal(LedgerModel.Snapshot(after.Account), LedgerModel.Snapshot(viewAfter.Account));
        });
    }

    [Fact]
    public void AsOf_ItemsUntouchedAfterTheDate_ReadAsInTheAccount_WithTheSameDocuments()
    {
        var acme = LedgerModel.Customer;
        var account = CustomerAccount.Create(acme)
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(120m, "EUR"), new(2026, 2, 10)));
        account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10)).Account
            .Post(Document.Invoice(new("INV-3"), acme, Money.Of(10m, "EUR"), new(2026, 2, 11), new(2026, 3, 11)));

        var view = account.AsOf(new(2026, 1, 31));

        Assert.Same(account.GetItem(new("INV-1")).Document, view.GetItem(new("INV-1")).Document);
        Assert.Equal(Money.Of(100m, "EUR"), view.GetItem(new("INV-1")).Open);
        Assert.Empty(view.GetItem(new("INV-1")).Settlements);
        Assert.False(view.TryGetItem(new("PAY-1"), out _));
        Assert.Equal([Money.Of(150m, "EUR")], view.Balances);
        var untouched = account.AsOf(new(2026, 2, 10));
        // Items are kept as rows and read as new snapshots (decision 032): equal, sharing the document.
        Assert.Equal(account.GetItem(new("INV-2")), untouched.GetItem(new("INV-2")));
        Assert.Same(account.GetItem(new("INV-2")).Document, untouched.GetItem(new("INV-2")).Document);
        Assert.Equal([new ItemSettlement(1, new("PAY-1"), Money.Of(20m, "EUR"), new(2026, 2, 10))], untouched.GetItem(new("INV-2")).Settlements.ToArray());
        Assert.False(untouched.TryGetItem(new("INV-3"), out _));
        Assert.Equal(1, untouched.ApplicationCount);
    }

    private static CustomerAccount Build(LedgerStep[] steps, int count)
    {
        var account = CustomerAccount.Create(LedgerModel.Customer);
        for (var i = 0; i < count; i++)
        {
            account = LedgerModel.Run(account, steps[i], i, out _);
        }

        return account;
    }

    private static CustomerAccount BuildBackDated(LedgerStep[] steps, int[] back)
    {
        var account = CustomerAccount.Create(LedgerModel.Customer);
        for (var i = 0; i < steps.Length; i++)
        {
            account = LedgerModel.Run(account, steps[i], i, LedgerModel.Start.AddDays(i - back[i]), out _);
        }

        return account;
    }
}

public class LedgerAnnotationTests
{
    [Fact]
    public void Annotate_ContactLog_KeptInHistoryReplayedAndDatedInViews()
    {
        var acme = new CustomerId("C-1");
        var account = CustomerAccount.Create(acme)
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Annotate(new LedgerAnnotation(new(2026, 2, 5), "acme.call-log", new DocumentId("INV-1"), [new("outcome", "promised"), new("by", "li.wei")]));

        var replayed = CustomerAccount.Replay(acme, account.History);

        Assert.Equal(account.History, replayed.History);
        Assert.Equal(Money.Of(100m, "EUR"), replayed.BalanceIn(Currency.EUR));
        Assert.Equal("promised", replayed.History.OfType<LedgerAnnotation>().Single().Payload["outcome"]);
        Assert.Empty(account.AsOf(new(2026, 2, 4)).History.OfType<LedgerAnnotation>());
    }

    [Fact]
    public void Annotate_UnknownItem_RefusedNamingItem()
    {
        var account = CustomerAccount.Create(new("C-1"));

        var error = Assert.Throws<LedgerException>(() => account.Annotate(new LedgerAnnotation(new(2026, 2, 5), "acme.note", new DocumentId("INV-9"))));

        Assert.Equal("item", error.Field);
    }

    [Theory]
    [InlineData("Note")]
    [InlineData("note")]
    [InlineData("acme..note")]
    public void Constructor_MalformedKind_ThrowsNamingKind(string kind)
    {
        var error = Assert.Throws<ArgumentException>(() => new LedgerAnnotation(new(2026, 1, 1), kind));

        Assert.Equal("kind", error.ParamName);
    }
}

using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Serialization;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class InstallmentTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly DateOnly Jan10 = new(2026, 1, 10);

    /// <summary>INV-1 of 1,000.00 EUR in three installments: 300 due 9 Feb, 300 due 11 Mar, 400 due 10 Apr.</summary>
    private static Document ThreeParts() => Document.Invoice(new("INV-1"), Acme, Money.Of(1000m, "EUR"), Jan10, new(2026, 2, 9), reference: "PO-77")
        .WithInstallments([
            new Installment(Money.Of(300m, "EUR"), new(2026, 2, 9)),
            new Installment(Money.Of(300m, "EUR"), new(2026, 3, 11)),
            new Installment(Money.Of(400m, "EUR"), new(2026, 4, 10)),
        ]);

    [Fact]
    public void Post_ThreeInstallments_OneOpenItemPerInstallmentWithDerivedIds()
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts());

        var items = account.OpenItems.ToList();

        Assert.Equal(["INV-1/1", "INV-1/2", "INV-1/3"], items.Select(i => i.Id.Value));
        Assert.Equal([1, 2, 3], items.Select(i => i.Installment));
        Assert.Equal([300m, 300m, 400m], items.Select(i => i.Open.Amount));
        Assert.Equal([300m, 300m, 400m], items.Select(i => i.Original.Amount));
        Assert.Equal([new DateOnly(2026, 2, 9), new(2026, 3, 11), new(2026, 4, 10)], items.Select(i => i.DueDate));
        Assert.All(items, i => Assert.Equal(["INV-1", "PO-77"], i.References.ToArray()));
        Assert.Equal(Money.Of(1000m, "EUR"), account.BalanceIn(Currency.EUR));
        Assert.Equal(new DateOnly(2026, 4, 10), ThreeParts().DueDate);
        Assert.Equal(new DocumentId("INV-1"), account.InstallmentsOf(new("INV-1"))[1].InstallmentOf);
        Assert.False(account.TryGetItem(new("INV-1"), out _));
    }

    [Fact]
    public void Apply_OldestDueFirst_SettlesTheFirstInstallmentThenTheSecond()
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts())
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(450m, "EUR"), new(2026, 2, 20)));

        account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 20)).Account;

        Assert.Equal(new DateOnly(2026, 2, 20), account.GetItem(new("INV-1/1")).SettledOn);
        Assert.Equal(Money.Of(150m, "EUR"), account.GetItem(new("INV-1/2")).Open);
        Assert.Equal(Money.Of(400m, "EUR"), account.GetItem(new("INV-1/3")).Open);
    }

    [Theory]
    [InlineData("Payment INV-1", "INV-1/1")]
    [InlineData("Payment INV-1/3", "INV-1/3")]
    [InlineData("PO-77", "INV-1/1")]
    public void Apply_ByReference_DocumentNumberReachesItsInstallments(string remittance, string first)
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts())
            .Post(Document.Invoice(new("INV-0"), Acme, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 1, 5)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(300m, "EUR"), new(2026, 2, 20), remittance));

        var result = account.Apply(new("PAY-1"), AllocationPolicies.ByReference(thenOldestDueFirst: false), new(2026, 2, 20));

        var allocation = Assert.Single(result.Allocations);
        Assert.Equal(new DocumentId(first), allocation.Item);
        Assert.Equal(Money.Of(50m, "EUR"), result.Account.GetItem(new("INV-0")).Open);
    }

    [Fact]
    public void Match_RemittanceQuotesTheInvoiceNumber_ReachesTheInstallments()
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts());
        var line = new StatementLine("L1", new(2026, 2, 20), new(2026, 2, 20), Money.Of(300m, "EUR"), remittanceText: "Zahlung INV-1");

        var result = MatchingEngine.Create().Match([line], account.OpenItems.ToList(), [new CustomerProfile(Acme, ["ACME GmbH"])]).Lines[0];

        Assert.NotEmpty(result.Allocations);
        Assert.All(result.Allocations, a => Assert.StartsWith("INV-1/", a.Item.Value, StringComparison.Ordinal));
        Assert.Equal(Money.Of(300m, "EUR"), result.Allocations.Aggregate(Money.Zero(Currency.EUR), (s, a) => s + a.Applied));
    }

    [Fact]
    public void Age_PerInstallment_EachInItsOwnBucket()
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts());
        var march31 = new DateOnly(2026, 3, 31);

        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(march31, account.AsOf(march31).OpenItems);

        // Not yet due, 1-30, 31-60, …: 400 not yet due, 300 20 days over, 300 50 days over.
        Assert.Equal([400m, 300m, 300m, 0m, 0m, 0m], report.Section(Currency.EUR).BucketTotals.Select(m => m.Amount));
    }

    [Fact]
    public void Post_IdOfAnInstallmentTaken_RefusedInTheAccountAndAcrossTheLedger()
    {
        var account = CustomerAccount.Create(Acme).Post(ThreeParts());
        var ledger = ReceivablesLedger.Empty.Post(ThreeParts());
        var clash = Document.Invoice(new("INV-1/2"), new("C-2"), Money.Of(5m, "EUR"), Jan10, Jan10);

        var inAccount = Assert.Throws<LedgerException>(() => account.Post(Document.Invoice(new("INV-1/2"), Acme, Money.Of(5m, "EUR"), Jan10, Jan10)));
        var inLedger = Assert.Throws<LedgerException>(() => ledger.Post(clash));
        var inBuilder = Assert.Throws<LedgerException>(() => ledger.ToBuilder().Post(clash));
        var parent = Assert.Throws<LedgerException>(() => ledger.Post(Document.Invoice(new("INV-1"), new("C-2"), Money.Of(5m, "EUR"), Jan10, Jan10)));

        Assert.All([inAccount, inLedger, inBuilder, parent], e => Assert.Equal(LedgerError.DuplicateDocumentId, e.Error));
        Assert.Equal("document.Id", inAccount.Field);
        Assert.True(ledger.TryGetOwner(new("INV-1"), out _));
        Assert.True(ledger.TryGetOwner(new("INV-1/3"), out _));
        Assert.Equal(1, ledger.DocumentCount);
        Assert.Equal(1, ledger.AsOf(Jan10).DocumentCount);
    }

    [Theory]
    [InlineData(300, 300, 300, 9, 11, 10, "installments")]
    [InlineData(300, 300, 400, 9, -30, 10, "installments[1].DueDate")]
    [InlineData(300, 0, 700, 9, 11, 10, "installments[1].Amount")]
    [InlineData(300, 300, 400, -30, 11, 10, "installments[0].DueDate")]
    [InlineData(300.001, 300, 399.999, 9, 11, 10, "installments[0].Amount")]
    public void WithInstallments_BrokenRule_ThrowsNamingTheField(decimal a, decimal b, decimal c, int dayA, int dayB, int dayC, string field)
    {
        var invoice = Document.Invoice(new("INV-1"), Acme, Money.Of(1000m, "EUR"), Jan10, Jan10);
        Installment Part(decimal amount, int month, int day) => new(new Money(amount, Currency.EUR), new DateOnly(2026, month, 1).AddDays(day));

        var error = Assert.ThrowsAny<ArgumentException>(() => invoice.WithInstallments([Part(a, 2, dayA), Part(b, 3, dayB), Part(c, 4, dayC)]));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void WithInstallments_CreditNoteOrOtherCurrencyOrNone_Refused()
    {
        var credit = Document.CreditNote(new("CN-1"), Acme, Money.Of(10m, "EUR"), Jan10);
        var invoice = Document.Invoice(new("INV-1"), Acme, Money.Of(10m, "EUR"), Jan10, Jan10);

        Assert.Equal("installments", Assert.Throws<ArgumentException>(() => credit.WithInstallments([new(Money.Of(10m, "EUR"), Jan10)])).ParamName);
        Assert.Equal("installments[0].Amount", Assert.Throws<ArgumentException>(() => invoice.WithInstallments([new(Money.Of(10m, "USD"), Jan10)])).ParamName);
        Assert.Equal("installments", Assert.Throws<ArgumentException>(() => invoice.WithInstallments([])).ParamName);
    }

    [Fact]
    public void WithSchedule_ThreePercentageInstallments_InstallmentsFromTheTerm()
    {
        var term = Receivables.Terms.TermNotation.Parse("30% NET 30, 30% NET 60, 40% NET 90");
        var amount = Money.Of(1000m, "EUR");
        var schedule = term.Schedule(amount, new Receivables.Terms.TermDates(Jan10));

        var invoice = Document.Invoice(new("INV-1"), Acme, amount, Jan10, Jan10).WithSchedule(schedule);

        Assert.Equal(schedule.Installments.Select(i => (i.Amount, i.DueDate)), invoice.Installments.Select(i => (i.Amount, i.DueDate)));
        Assert.Equal("schedule", Assert.Throws<ArgumentException>(() => Document.Invoice(new("INV-2"), Acme, Money.Of(999m, "EUR"), Jan10, Jan10).WithSchedule(schedule)).ParamName);
    }

    [Fact]
    public void Json_DocumentWithInstallments_RoundTripsAndBrokenSumIsRefused()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ThreeParts(), ReceivablesJson.Options);

        var back = System.Text.Json.JsonSerializer.Deserialize<Document>(json, ReceivablesJson.Options);
        var broken = json.Replace("\"amount\":400,", "\"amount\":401,", StringComparison.Ordinal);

        Assert.NotEqual(json, broken);

        Assert.Equal(ThreeParts(), back);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Document>(broken, ReceivablesJson.Options));
    }

    private static readonly FsCheck.Arbitrary<(long Units, int Parts, int Gap, bool Yen)> Splits =
        (from units in Gen.Choose(1, int.MaxValue)
         from parts in Gen.Choose(1, 12)
         from gap in Gen.Choose(0, 60)
         from yen in Gen.Elements(false, true)
         select ((long)units * 1000, parts, gap, yen)).ToArbitrary();

    [Fact]
    public void Post_AnySplit_InstallmentOpenAmountsSumToTheDocumentAndAreSettledOneByOne()
    {
        Properties.Check(Splits, input =>
        {
            var currency = input.Yen ? Currency.JPY : Currency.EUR;
            var amount = new Money(input.Units * currency.MinorUnit, currency);
            var parts = LedgerModel.Split(amount, input.Parts, Jan10, input.Gap);
            var account = CustomerAccount.Create(Acme).Post(Document.Invoice(new("INV-9"), Acme, amount, Jan10, Jan10).WithInstallments(parts));

            var open = account.OpenItems.ToList();

            Assert.Equal(input.Units * currency.MinorUnit, open.Sum(o => o.Open.Amount));
            Assert.Equal(parts.Length, open.Count);
            Assert.Equal(Enumerable.Range(1, parts.Length), open.Select(o => o.Installment).Order());
            Assert.Equal(amount, account.BalanceIn(currency));
        });
    }
}

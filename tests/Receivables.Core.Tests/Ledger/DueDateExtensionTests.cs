using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Tests.Ledger;

public class DueDateExtensionTests
{
    private static readonly CustomerId Acme = new("C-1");

    private static CustomerAccount OneInvoice() => CustomerAccount.Create(Acme)
        .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(500m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
        .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(200m, "EUR"), new(2026, 1, 15), new(2026, 2, 14)));

    [Fact]
    public void ExtendDueDate_Granted_DueDateMovesFromTheExtensionDateOnAndOriginalStaysVisible()
    {
        var account = OneInvoice().ExtendDueDate(new("INV-1"), new(2026, 3, 31), new(2026, 2, 5), "延期 two months");

        var item = account.OpenItems.Single(o => o.Id == new DocumentId("INV-1"));
        var before = account.AsOf(new(2026, 2, 4)).OpenItems.Single(o => o.Id == new DocumentId("INV-1"));

        Assert.Equal(new DateOnly(2026, 3, 31), item.DueDate);
        Assert.Equal(new DateOnly(2026, 1, 31), item.OriginalDueDate);
        Assert.Equal(new DateOnly(2026, 1, 31), account.GetItem(new("INV-1")).OriginalDueDate);
        Assert.Equal(new DateOnly(2026, 1, 31), before.DueDate);
        Assert.Equal(["INV-2", "INV-1"], account.OpenItems.Select(o => o.Id.Value));
    }

    [Fact]
    public void ExtendDueDate_AgingOnAFebruaryDate_ExtendedItemIsNotOverdue()
    {
        var account = OneInvoice().ExtendDueDate(new("INV-1"), new(2026, 3, 31), new(2026, 2, 5));
        var feb28 = new DateOnly(2026, 2, 28);

        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(feb28, account.AsOf(feb28).OpenItems);

        Assert.Equal([500m, 200m, 0m, 0m, 0m, 0m], report.Section(Currency.EUR).BucketTotals.Select(m => m.Amount));
    }

    [Fact]
    public void Apply_OldestDueFirstAfterAnExtension_TheOtherItemFirst()
    {
        var account = OneInvoice().ExtendDueDate(new("INV-1"), new(2026, 3, 31), new(2026, 2, 5))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(200m, "EUR"), new(2026, 2, 20)));

        var result = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 20));

        Assert.Equal(new DocumentId("INV-2"), Assert.Single(result.Allocations).Item);
    }

    [Theory]
    [InlineData("INV-9", 2026, 3, 31, 2026, 2, 5, "item")]
    [InlineData("INV-1", 2026, 1, 31, 2026, 2, 5, "newDueDate")]
    [InlineData("INV-1", 2026, 1, 20, 2026, 2, 5, "newDueDate")]
    [InlineData("INV-1", 2026, 3, 31, 2025, 12, 31, "date")]
    public void ExtendDueDate_BrokenRule_RefusedNamingTheFieldAndNothingChanged(string item, int y, int m, int d, int gy, int gm, int gd, string field)
    {
        var account = OneInvoice();
        var before = LedgerModel.Snapshot(account);

        var error = Assert.Throws<LedgerException>(() => account.ExtendDueDate(new(item), new(y, m, d), new(gy, gm, gd)));

        Assert.Equal(field, error.Field);
        Assert.Equal(before, LedgerModel.Snapshot(account));
    }

    [Fact]
    public void ExtendDueDate_SettledItem_Refused()
    {
        var account = OneInvoice().WriteOff(new("INV-2"), new("WO-1"), new(2026, 2, 1)).Account;

        var error = Assert.Throws<LedgerException>(() => account.ExtendDueDate(new("INV-2"), new(2026, 3, 31), new(2026, 2, 5)));

        Assert.Equal(LedgerError.ItemSettled, error.Error);
    }
}

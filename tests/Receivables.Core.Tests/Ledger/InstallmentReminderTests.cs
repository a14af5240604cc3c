using Receivables.Ledger;
using Receivables.Reminders;
using Receivables.Tests.Reminders;

namespace Receivables.Tests.Ledger;

public class InstallmentReminderTests
{
    private static readonly CustomerId Acme = ReminderFixtures.Acme;

    /// <summary>INV-1 of 2,000.00 CNY: 1,000 due 1 March, 1,000 due 31 March.</summary>
    private static CustomerAccount TwoInstallments() => CustomerAccount.Create(Acme).Post(
        Document.Invoice(new("INV-1"), Acme, Money.Of(2_000m, "CNY"), new(2026, 2, 1), new(2026, 3, 1))
            .WithInstallments([new(Money.Of(1_000m, "CNY"), new(2026, 3, 1)), new(Money.Of(1_000m, "CNY"), new(2026, 3, 31))]));

    [Fact]
    public void Plan_FirstInstallmentOverdue_RemindedForThatInstallmentOnly()
    {
        var asOf = new DateOnly(2026, 3, 6);

        var plan = ReminderFixtures.EveryDay.Plan(asOf, TwoInstallments().AsOf(asOf).OpenItems, ReminderHistory.Empty, ReminderFixtures.Strategy);

        var lines = plan.Proposals.SelectMany(p => p.Lines).ToList();
        Assert.Contains(lines, l => l.Item == new DocumentId("INV-1/1") && l.DaysPastDue == 5 && l.Open == Money.Of(1_000m, "CNY"));
        Assert.DoesNotContain(lines, l => l.Item == new DocumentId("INV-1/2"));
    }

    [Fact]
    public void Plan_FirstInstallmentExtended_NotReminded()
    {
        var asOf = new DateOnly(2026, 3, 6);
        var account = TwoInstallments().ExtendDueDate(new("INV-1/1"), new(2026, 4, 30), new(2026, 2, 25), "延期");

        var plan = ReminderFixtures.EveryDay.Plan(asOf, account.AsOf(asOf).OpenItems, ReminderHistory.Empty, ReminderFixtures.Strategy);

        Assert.DoesNotContain(plan.Proposals.SelectMany(p => p.Lines), l => l.Item == new DocumentId("INV-1/1"));
    }
}

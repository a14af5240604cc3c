using FsCheck;
using FsCheck.Fluent;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;

namespace Receivables.Tests.Support;

/// <summary>One generated invoice of a vintage history: amount, dates, and what was paid and written off when.</summary>
public sealed record VintageInvoice(int Customer, decimal Amount, DateOnly Date, DateOnly Due, decimal Paid, DateOnly PaidOn, decimal WrittenOff, DateOnly WrittenOffOn);

/// <summary>A generated ledger history in EUR with the options to estimate it with.</summary>
public sealed record VintageHistory(VintageInvoice[] Invoices, VintageLossDefinition Definition, int? Horizon, decimal Adjustment)
{
    /// <summary>Builds the ledger, posting the invoices in the given or the reverse order.</summary>
    public ReceivablesLedger Ledger(bool reverse = false)
    {
        var builder = ReceivablesLedger.CreateBuilder();
        var order = Enumerable.Range(0, Invoices.Length).ToArray();
        if (reverse)
        {
            Array.Reverse(order);
        }

        foreach (var i in order)
        {
            var invoice = Invoices[i];
            var customer = new CustomerId($"C-{invoice.Customer}");
            var id = new DocumentId($"INV-{i}");
            builder.Post(Document.Invoice(id, customer, Money.Of(invoice.Amount, "EUR"), invoice.Date, invoice.Due));
            if (invoice.Paid > 0m)
            {
                builder.Post(Document.Payment(new($"PAY-{i}"), customer, Money.Of(invoice.Paid, "EUR"), invoice.PaidOn));
                builder.Apply(new($"PAY-{i}"), AllocationPolicies.Specified(new Allocation(id, Money.Of(invoice.Paid, "EUR"))), invoice.PaidOn);
            }

            if (invoice.WrittenOff > 0m)
            {
                builder.Post(Document.WriteOff(new($"WO-{i}"), customer, Money.Of(invoice.WrittenOff, "EUR"), invoice.WrittenOffOn));
                builder.Apply(new($"WO-{i}"), AllocationPolicies.Specified(new Allocation(id, Money.Of(invoice.WrittenOff, "EUR"))), invoice.WrittenOffOn);
            }
        }

        return builder.ToLedger();
    }

    /// <summary>The oracle: a plain recount of one monthly cohort at one age from the generated data.</summary>
    public (decimal Originated, decimal Paid, decimal WrittenOff, decimal Open) Recount(DateOnly cohortStart, int age)
    {
        var end = cohortStart.AddMonths(age + 1).AddDays(-1);
        var members = Invoices.Where(i => i.Date.Year == cohortStart.Year && i.Date.Month == cohortStart.Month).ToList();
        var originated = members.Sum(i => i.Amount);
        var paid = members.Where(i => i.Paid > 0m && i.PaidOn <= end).Sum(i => i.Paid);
        var writtenOff = members.Where(i => i.WrittenOff > 0m && i.WrittenOffOn <= end).Sum(i => i.WrittenOff);
        return (originated, paid, writtenOff, originated - paid - writtenOff);
    }
}

/// <summary>Generators for the provisioning tests.</summary>
public static partial class Arbitraries
{
    /// <summary>The as-of date of generated vintage histories.</summary>
    public static readonly DateOnly VintageAsOf = new(2026, 12, 31);

    /// <summary>One invoice dated January to November 2026, due 0 to 60 days later, partly or fully paid and written off
    /// (or neither) on dates from its document date to 200 days later.</summary>
    public static Gen<VintageInvoice> VintageInvoiceGen { get; } =
        from customer in Gen.Choose(0, 4)
        from cents in Gen.Choose(1, 1_000_000)
        from day in Gen.Choose(0, 333)
        from terms in Gen.Choose(0, 60)
        from paidShare in Gen.Elements(0m, 0m, 0.25m, 0.5m, 1m)
        from writeOffShare in Gen.Elements(0m, 0m, 0.5m, 1m)
        from paidLag in Gen.Choose(0, 200)
        from writeOffLag in Gen.Choose(0, 200)
        let amount = cents / 100m
        let date = new DateOnly(2026, 1, 1).AddDays(day)
        let paid = Math.Round(amount * paidShare, 2, MidpointRounding.ToZero)
        let writtenOff = Math.Round((amount - paid) * writeOffShare, 2, MidpointRounding.ToZero)
        select new VintageInvoice(customer, amount, date, date.AddDays(terms), paid, date.AddDays(paidLag), writtenOff, date.AddDays(writeOffLag));

    /// <summary>A history of 1 to 40 invoices, a loss definition, a horizon and an adjustment.</summary>
    public static Arbitrary<VintageHistory> VintageHistoryArb { get; } = (
        from count in Gen.Choose(1, 40)
        from invoices in Gen.ArrayOf(VintageInvoiceGen, count)
        from definition in Gen.Elements(VintageLossDefinition.WrittenOff, VintageLossDefinition.DaysPastDue(30), VintageLossDefinition.DaysPastDue(90), VintageLossDefinition.DaysPastDue(180))
        from horizon in Gen.Elements<int?>(null, 1, 3, 6, 24)
        from adjustment in Gen.Elements(0m, 0.1m, 0.5m, -0.5m)
        select new VintageHistory(invoices, definition, horizon, adjustment)).ToArbitrary();
}

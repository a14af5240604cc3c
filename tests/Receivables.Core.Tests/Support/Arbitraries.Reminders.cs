using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Tests.Support;

/// <summary>A generated reminder situation: open items (some disputed, some promised), a history, discipline options.</summary>
public sealed record ReminderScenario(DateOnly AsOf, OpenItem[] Items, ReminderIssued[] Issued, ReminderContact[] Contacts, int MaxContacts, int Window, bool ChinaCalendar, bool PerItem, bool Jump, int Seed)
{
    public override string ToString()
        => $"asOf {AsOf:yyyy-MM-dd}, max {MaxContacts}/{Window}d, china {ChinaCalendar}, perItem {PerItem}, jump {Jump}\n  items: {string.Join("; ", Items.Select(i => $"{i}{(i.IsDisputed ? " disputed" : "")}{(i.Promise is { } p ? $" promised {p.PromisedDate:yyyy-MM-dd}" : "")}"))}\n  issued: {string.Join("; ", Issued.Select(i => i.ToString()))}";
}

/// <summary>A generated fee: options and an overdue amount.</summary>
public sealed record FeeCase(decimal Fixed, decimal Percent, (decimal From, decimal Fee)[] Tiers, decimal? Cap, Money Overdue)
{
    public override string ToString() => $"fixed {Fixed} + {Percent}% + tiers [{string.Join(", ", Tiers)}], cap {Cap?.ToString(CultureInfo.InvariantCulture) ?? "none"} on {Overdue}";
}

public static partial class Arbitraries
{
    private static readonly string[] ReminderCurrencies = ["CNY", "EUR", "JPY"];

    private static Gen<(int Customer, int Due, int Units, string Currency, int Dispute, int Promise, int PromiseOffset)> ReminderItemGen { get; } =
        from customer in Gen.Choose(1, 4)
        from due in Gen.Choose(-70, 15)
        from units in Gen.Choose(1, 2_000_000)
        from currency in Gen.Elements(ReminderCurrencies)
        from dispute in Gen.Choose(0, 9)
        from promise in Gen.Choose(0, 9)
        from promiseOffset in Gen.Choose(-12, 8)
        select (customer, due, units, currency, dispute, promise, promiseOffset);

    private static Gen<(int Item, int Level, int Back, int Trigger)> ReminderIssuedGen { get; } =
        from item in Gen.Choose(0, 15)
        from level in Gen.Choose(1, 4)
        from back in Gen.Choose(0, 40)
        from trigger in Gen.Choose(0, 5)
        select (item, level, back, trigger);

    /// <summary>Up to 16 items of up to 4 customers around a date in 2026 (Spring Festival and National Day included),
    /// a random history of reminders and contacts, and random contact discipline.</summary>
    public static Gen<ReminderScenario> ReminderScenarioGen { get; } =
        from day in Gen.Choose(0, 364)
        from raw in Gen.Choose(0, 16).SelectMany(n => Gen.ArrayOf(ReminderItemGen, n))
        from issued in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(ReminderIssuedGen, n))
        from contacts in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 40).SelectMany(back => Gen.Choose(0, 3).Select(o => (back, o))), n))
        from max in Gen.Choose(1, 3)
        from window in Gen.Choose(1, 14)
        from china in Gen.Elements(true, false)
        from perItem in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from jump in Gen.Elements(true, false)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildScenario(new DateOnly(2026, 1, 1).AddDays(day), raw, issued, contacts, max, window, china, perItem, jump, seed);

    /// <summary>Fees with a fixed part, a percentage, tiers and a cap (or none), on amounts up to 10 million.</summary>
    public static Gen<FeeCase> FeeCaseGen { get; } =
        from fix in Gen.Choose(0, 5_000)
        from percent in Gen.Choose(0, 10_000)
        from tiers in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 1_000_000).SelectMany(f => Gen.Choose(0, 50_000).Select(fee => (f, fee))), n))
        from cap in Gen.Choose(-1, 100_000)
        from units in Gen.Choose(0, int.MaxValue)
        select new FeeCase(
            fix / 100m,
            percent / 100m,
            [.. tiers.DistinctBy(t => t.f).OrderBy(t => t.f).Select(t => (t.f / 100m, t.fee / 100m))],
            cap < 0 ? null : cap / 100m,
            new Money(units / 200m, Currency.CNY).Round());

    private static ReminderScenario BuildScenario(DateOnly asOf, (int Customer, int Due, int Units, string Currency, int Dispute, int Promise, int PromiseOffset)[] raw, (int Item, int Level, int Back, int Trigger)[] issued, (int Back, int Outcome)[] contacts, int max, int window, bool china, bool perItem, bool jump, int seed)
    {
        var items = raw.Select((r, i) =>
        {
            var currency = Currency.FromCode(r.Currency);
            var customer = new CustomerId("C-" + r.Customer);
            var due = asOf.AddDays(r.Due);
            var open = new Money(r.Units * currency.MinorUnit * (currency.MinorUnits == 0 ? 1 : 1), currency);
            ItemDispute? dispute = r.Dispute < 2 ? new ItemDispute(due.AddDays(-3), "quality") : null;
            PromiseToPay? promise = r.Promise < 3 ? new PromiseToPay(asOf.AddDays(-15), asOf.AddDays(r.PromiseOffset), open, null) : null;
            return new OpenItem(new DocumentId($"INV-{i:00}"), customer, open, due.AddDays(-30), due, dispute: dispute, promise: promise);
        }).ToArray();

        var records = items.Length == 0 ? [] : issued
            .Select(h => (Item: items[h.Item % items.Length], h.Level, h.Back, h.Trigger))
            .Select(h => new ReminderIssued(asOf.AddDays(-h.Back), h.Item.Customer, "standard", h.Level, ReminderAction.Reminder, ReminderChannel.Email, ReminderTone.Firm, h.Trigger == 0 ? ReminderTrigger.BrokenPromise : ReminderTrigger.Schedule, [h.Item.Id]))
            .ToArray();
        var contactRecords = items.Length == 0 ? [] : contacts
            .Select((c, i) => new ReminderContact(asOf.AddDays(-c.Back), items[i % items.Length].Customer, (ContactOutcome)(c.Outcome + 1) is var o && o == ContactOutcome.Promised ? ContactOutcome.Reached : o, [items[i % items.Length].Id]))
            .ToArray();
        return new ReminderScenario(asOf, items, records, contactRecords, max, window, china, perItem, jump, seed);
    }
}

/// <summary>A generated reminder situation with everything the planner reads around the items: a customer directory
/// (blocked customers, preferred channels, do-not-contact periods, segments, grades), owed documents, a segment policy,
/// a firm ladder, interest and minimums on levels, outcome conditions, host item blocks and direct debits.</summary>
public sealed record ReminderWorld(ReminderScenario Scenario, int Blocked, int Preferred, int Quiet, int Segments, bool Firm, bool Interest, int ItemMinimum, int CustomerMinimum, int Documents, int BlockEvery, bool Outcomes, int DirectDebitEvery)
{
    public override string ToString()
        => $"{Scenario}\n  blocked {Blocked}, preferred {Preferred}, quiet {Quiet}, segments {Segments}, firm {Firm}, interest {Interest}, item min {ItemMinimum}, customer min {CustomerMinimum}, documents {Documents}, block every {BlockEvery}, outcomes {Outcomes}, direct debit every {DirectDebitEvery}";
}

public static partial class Arbitraries
{
    /// <summary>A <see cref="ReminderScenarioGen"/> scenario with a random directory, documents and policy options.</summary>
    public static Gen<ReminderWorld> ReminderWorldGen { get; } =
        from scenario in ReminderScenarioGen
        from blocked in Gen.Choose(0, 5)
        from preferred in Gen.Choose(0, 7)
        from quiet in Gen.Choose(0, 6)
        from segments in Gen.Choose(0, 3)
        from firm in Gen.Elements(true, false)
        from interest in Gen.Elements(true, false)
        from itemMinimum in Gen.Choose(0, 3)
        from customerMinimum in Gen.Choose(0, 3)
        from documents in Gen.Choose(0, 6)
        from blockEvery in Gen.Choose(0, 7)
        from outcomes in Gen.Elements(true, false)
        from directDebit in Gen.Choose(0, 5)
        select new ReminderWorld(scenario, blocked, preferred, quiet, segments, firm, interest, itemMinimum, customerMinimum, documents, blockEvery, outcomes, directDebit);
}

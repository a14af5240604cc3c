using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

/// <summary>Runs generated operations against a customer account, the way an ERP would: valid or not.</summary>
internal static class LedgerModel
{
    public static readonly CustomerId Customer = new("C-PROP");
    public static readonly DateOnly Start = new(2026, 1, 1);

    /// <summary>
    /// Applies one step. Returns the new account, or the same account when the ledger refused the step (then
    /// <paramref name="refused"/> holds the exception, which must name a field).
    /// </summary>
    public static CustomerAccount Run(CustomerAccount account, LedgerStep step, int index, out LedgerException? refused)
        => Run(account, step, index, Start.AddDays(index), out refused);

    /// <summary>Applies one step dated <paramref name="date"/>, which may be before earlier steps (back-dated).</summary>
    public static CustomerAccount Run(CustomerAccount account, LedgerStep step, int index, DateOnly date, out LedgerException? refused)
    {
        refused = null;
        var currency = step.Currency;
        var amount = step.Amount;
        var items = account.Items.ToList();
        var credits = items.Where(i => i.Document.IsCredit).ToList();
        var debits = items.Where(i => i.Document.IsDebit).ToList();
        try
        {
            switch (step.Op)
            {
                case LedgerOp.Invoice:
                    return account.Post(Document.Invoice(new($"INV-{index}"), Customer, amount, date, date.AddDays(step.A)));
                case LedgerOp.Payment:
                    var target = debits.Count > 0 ? debits[step.A % debits.Count].Id.Value : "none";
                    return account.Post(Document.Payment(new($"PAY-{index}"), Customer, amount, date, $"Payment {target}"));
                case LedgerOp.CreditNote:
                    return account.Post(Document.CreditNote(new($"CN-{index}"), Customer, amount, date));
                case LedgerOp.ApplyOldest when credits.Count > 0:
                    return account.Apply(credits[step.A % credits.Count].Id, AllocationPolicies.OldestDueFirst, date).Account;
                case LedgerOp.ApplyProportional when credits.Count > 0:
                    return account.Apply(credits[step.A % credits.Count].Id, AllocationPolicies.Proportional, date).Account;
                case LedgerOp.ApplyByReference when credits.Count > 0:
                    return account.Apply(credits[step.A % credits.Count].Id, AllocationPolicies.ByReference(), date).Account;
                case LedgerOp.ApplySpecified when credits.Count > 0 && debits.Count > 0:
                    var credit = credits[step.A % credits.Count];
                    var item = debits[step.B % debits.Count];
                    return account.Apply(credit.Id, AllocationPolicies.Specified(new Allocation(item.Id, amount)), date).Account;
                case LedgerOp.Reverse when account.ApplicationCount > 0:
                    return account.Reverse((step.A % account.ApplicationCount) + 1, date.AddDays(1));
                case LedgerOp.Dispute when debits.Count > 0:
                    return account.OpenDispute(debits[step.A % debits.Count].Id, date, "price");
                case LedgerOp.Resolve when debits.Count > 0:
                    return account.ResolveDispute(debits[step.A % debits.Count].Id, date);
                case LedgerOp.WriteOff when debits.Count > 0:
                    return account.WriteOff(debits[step.A % debits.Count].Id, new($"WO-{index}"), date).Account;
                default:
                    return account;
            }
        }
        catch (LedgerException ex)
        {
            refused = ex;
            return account;
        }
    }

    /// <summary>
    /// One raw event for a step, valid or not (wrong numbers, over-allocations in the second allocation, unknown items,
    /// duplicate ids): for checking that a refused event changes nothing, in the account and in the builder.
    /// </summary>
    public static LedgerEvent EventFor(CustomerAccount account, LedgerStep step, int index)
    {
        var date = Start.AddDays(index);
        var currency = step.Currency;
        var amount = step.Amount;
        var items = account.Items.ToList();
        var credits = items.Where(i => i.Document.IsCredit).Select(i => i.Id).DefaultIfEmpty(new DocumentId("PAY-none")).ToList();
        var debits = items.Where(i => i.Document.IsDebit).Select(i => i.Id).DefaultIfEmpty(new DocumentId("INV-none")).ToList();
        var id = step.B % 9 == 0 && items.Count > 0 ? items[step.A % items.Count].Id.Value : $"D-{index}";
        return step.Op switch
        {
            LedgerOp.Invoice => new DocumentPosted(Document.Invoice(new(id), Customer, amount, date, date.AddDays(step.A))),
            LedgerOp.Payment => new DocumentPosted(Document.Payment(new(id), Customer, amount, date, $"Payment {debits[step.A % debits.Count]}")),
            LedgerOp.CreditNote => new DocumentPosted(Document.CreditNote(new(id), Customer, amount, date)),
            LedgerOp.Reverse => new ApplicationReversed((step.A % (account.ApplicationCount + 1)) + 1, date.AddDays(step.B % 3 - 1), null),
            LedgerOp.Dispute => new DisputeOpened(debits[step.A % debits.Count], date.AddDays(-(step.B % 4)), "price"),
            LedgerOp.Resolve => new DisputeResolved(debits[step.A % debits.Count], date, null),
            LedgerOp.WriteOff => new PromiseToPayRecorded(debits[step.A % debits.Count], date, date.AddDays(step.B - 25), amount, null),
            _ => new CreditApplied(
                account.ApplicationCount + 1 + (step.B % 11 == 0 ? 1 : 0),
                credits[step.A % credits.Count],
                date.AddDays(-(step.B % 3)),
                [new Allocation(debits[step.A % debits.Count], amount), new Allocation(debits[step.B % debits.Count], step.B % 13 == 0 ? new Money(step.Units * 0.01m, Currency.FromCode("CHF")) : step.AmountOf(step.Units * (1L + (step.B % 3))))]),
        };
    }

    /// <summary>Everything observable about an account's state, for equality checks.</summary>
    public static string Snapshot(CustomerAccount account)
        => string.Join(
            "\n",
            account.Items.Select(i => $"{i.Id}|{i.Open}|{i.SettledOn}|{i.Dispute?.Note}|{i.Promise?.PromisedDate}|{string.Join(',', i.Settlements)}")
                .Concat(account.Balances.Select(b => "balance " + b))
                .Append("applications " + account.ApplicationCount));

    /// <summary>Everything observable about open amounts only (history-independent), for apply-then-reverse.</summary>
    public static string OpenAmounts(CustomerAccount account)
        => string.Join("\n", account.Items.Select(i => $"{i.Id}|{i.Open}").Concat(account.Balances.Select(b => "balance " + b)));
}

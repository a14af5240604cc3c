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
    {
        refused = null;
        var date = Start.AddDays(index);
        var currency = step.OtherCurrency ? Currency.USD : Currency.EUR;
        var amount = new Money(step.Units * currency.MinorUnit, currency);
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

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
                case LedgerOp.InstallmentInvoice:
                    return account.Post(Document.Invoice(new($"INV-{index}"), Customer, amount, date, date.AddDays(step.A)).WithInstallments(Split(amount, 1 + (step.B % 4), date.AddDays(step.A % 7), 10)));
                case LedgerOp.PaymentPlan when account.OpenItems.Any():
                    var open = account.OpenItems.ToList();
                    var first = open[step.A % open.Count];
                    var chosen = open.Where(o => o.Currency == first.Currency).Skip(step.A % open.Count).Take(1 + (step.B % 3)).Prepend(first).DistinctBy(o => o.Id).ToList();
                    var total = chosen.Aggregate(Money.Zero(first.Currency), (sum, o) => sum + o.Open);
                    if (total.Amount > Document.MaxAmount)
                    {
                        // A plan's installment carries at most what a document may; restructure the first item alone.
                        chosen = [first];
                        total = first.Open;
                    }

                    return account.AgreePaymentPlan(new($"PLAN-{index}"), date, chosen.Select(o => o.Id), Split(total, 1 + (step.A % 3), date.AddDays(step.B % 5), 15));
                case LedgerOp.CancelPlan when account.PaymentPlans.Count > 0:
                    return account.CancelPaymentPlan(account.PaymentPlans[step.A % account.PaymentPlans.Count].Id, date, accelerate: step.B % 2 == 0, "broken");
                case LedgerOp.ExtendDueDate when debits.Count > 0:
                    var late = debits[step.A % debits.Count];
                    return account.ExtendDueDate(late.Id, late.DueDate.AddDays(1 + step.B), date, "延期");
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

    /// <summary>Splits an amount into up to <paramref name="parts"/> installments (fewer when there are too few minor
    /// units), the remainder on the last, due <paramref name="first"/>, then every <paramref name="gap"/> days.</summary>
    public static Installment[] Split(Money amount, int parts, DateOnly first, int gap)
    {
        var minor = amount.Amount / amount.Currency.MinorUnit;
        parts = (int)Math.Max(1m, Math.Min(parts, minor));
        var each = Math.Floor(minor / parts) * amount.Currency.MinorUnit;
        return [.. Enumerable.Range(0, parts).Select(k => new Installment(
            new Money(k < parts - 1 ? each : amount.Amount - (each * (parts - 1)), amount.Currency),
            first.AddDays(k * gap)))];
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
            LedgerOp.InstallmentInvoice => new DocumentPosted(Document.Invoice(new(id), Customer, amount, date, date).WithInstallments(Split(amount, 1 + (step.B % 4), date, step.A % 9))),
            LedgerOp.PaymentPlan => new PaymentPlanAgreed(
                new(step.B % 7 == 0 ? id : $"PLAN-{index}"),
                date.AddDays(-(step.B % 3)),
                [new Allocation(debits[step.A % debits.Count], amount)],
                Split(amount, 1 + (step.A % 3), date, 5)),
            LedgerOp.CancelPlan => new PaymentPlanCancelled(account.PaymentPlans.Count > 0 && step.B % 5 != 0 ? account.PaymentPlans[step.A % account.PaymentPlans.Count].Id : new DocumentId("PLAN-none"), date.AddDays(-(step.B % 3)), step.A % 2 == 0, null),
            LedgerOp.ExtendDueDate => new DueDateExtended(debits[step.A % debits.Count], date.AddDays(step.B - 10), date.AddDays(-(step.B % 4)), null),
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
            account.Items.Select(i => $"{i.Id}|{i.Open}|{i.SettledOn}|{i.Dispute?.Note}|{i.Promise?.PromisedDate}|{i.DueDate:yyyy-MM-dd}|{i.Installment}|{i.InstallmentOf}|{string.Join(',', i.Settlements)}")
                .Concat(account.Balances.Select(b => "balance " + b))
                .Concat(account.PaymentPlans.Select(p => $"plan {p.Id} {p.CancelledOn} {p.Accelerated} {string.Join(',', p.Installments)}"))
                .Append("applications " + account.ApplicationCount));

    /// <summary>Everything observable about open amounts only (history-independent), for apply-then-reverse.</summary>
    public static string OpenAmounts(CustomerAccount account)
        => string.Join("\n", account.Items.Select(i => $"{i.Id}|{i.Open}").Concat(account.Balances.Select(b => "balance " + b)));

    /// <summary>The oracle: open amounts on a date recounted from the raw events, without the fold.</summary>
    public static Dictionary<DocumentId, Money> Recount(IEnumerable<LedgerEvent> history, DateOnly date)
    {
        var events = history.Where(e => e.Date <= date).ToList();
        var reversed = events.OfType<ApplicationReversed>().Select(r => r.ApplicationNumber).ToHashSet();
        var open = new Dictionary<DocumentId, Money>();
        foreach (var posted in events.OfType<DocumentPosted>().Select(p => p.Document))
        {
            if (posted.Installments.IsEmpty)
            {
                open.Add(posted.Id, posted.Amount);
            }

            for (var k = 0; k < posted.Installments.Length; k++)
            {
                open.Add(new DocumentId($"{posted.Id}/{k + 1}"), posted.Installments[k].Amount);
            }
        }

        foreach (var plan in events.OfType<PaymentPlanAgreed>())
        {
            foreach (var closed in plan.Items)
            {
                open[closed.Item] -= closed.Amount;
            }

            for (var k = 0; k < plan.Installments.Length; k++)
            {
                open.Add(new DocumentId($"{plan.Plan}/{k + 1}"), plan.Installments[k].Amount);
            }
        }

        foreach (var application in events.OfType<CreditApplied>().Where(a => !reversed.Contains(a.ApplicationNumber)))
        {
            foreach (var allocation in application.Allocations)
            {
                open[allocation.Item] -= allocation.Amount;
                open[application.Credit] -= allocation.Amount;
            }
        }

        return open;
    }

    /// <summary>The oracle for due dates on a date: posted (per installment), then each extension and accelerated
    /// cancellation dated on or before it, in recording order.</summary>
    public static Dictionary<DocumentId, DateOnly> RecountDueDates(IEnumerable<LedgerEvent> history, DateOnly date)
    {
        var due = new Dictionary<DocumentId, DateOnly>();
        var plans = new Dictionary<DocumentId, int>();
        var events = history.Where(e => e.Date <= date).ToList();
        var open = Recount(history, date);
        foreach (var e in events)
        {
            switch (e)
            {
                case DocumentPosted { Document: { IsDebit: true } d }:
                    if (d.Installments.IsEmpty)
                    {
                        due.Add(d.Id, d.DueDate);
                    }

                    for (var k = 0; k < d.Installments.Length; k++)
                    {
                        due.Add(new DocumentId($"{d.Id}/{k + 1}"), d.Installments[k].DueDate);
                    }

                    break;
                case PaymentPlanAgreed p:
                    plans.Add(p.Plan, p.Installments.Length);
                    for (var k = 0; k < p.Installments.Length; k++)
                    {
                        due.Add(new DocumentId($"{p.Plan}/{k + 1}"), p.Installments[k].DueDate);
                    }

                    break;
                case DueDateExtended x:
                    due[x.Item] = x.NewDueDate;
                    break;
                case PaymentPlanCancelled { Accelerate: true } c:
                    for (var k = 1; k <= plans[c.Plan]; k++)
                    {
                        var id = new DocumentId($"{c.Plan}/{k}");
                        if (due[id] > c.CancelledOn && OpenAt(events, events.IndexOf(e), id, open[id]))
                        {
                            due[id] = c.CancelledOn;
                        }
                    }

                    break;
            }
        }

        return due;
    }

    /// <summary>Whether an item was open when event <paramref name="at"/> was recorded: its amount on the date, plus
    /// what applications and plans recorded after that took from it, minus what reversals recorded after it gave back.</summary>
    private static bool OpenAt(List<LedgerEvent> events, int at, DocumentId id, Money openOnTheDate)
    {
        var open = openOnTheDate;
        var applications = events.OfType<CreditApplied>().ToDictionary(a => a.ApplicationNumber);
        for (var i = at + 1; i < events.Count; i++)
        {
            if (events[i] is CreditApplied a)
            {
                foreach (var allocation in a.Allocations.Where(x => x.Item == id))
                {
                    open += allocation.Amount;
                }
            }
            else if (events[i] is PaymentPlanAgreed p)
            {
                foreach (var closed in p.Items.Where(x => x.Item == id))
                {
                    open += closed.Amount;
                }
            }
            else if (events[i] is ApplicationReversed r && applications.TryGetValue(r.ApplicationNumber, out var undone))
            {
                foreach (var allocation in undone.Allocations.Where(x => x.Item == id))
                {
                    open -= allocation.Amount;
                }
            }
        }

        return open.IsPositive;
    }
}

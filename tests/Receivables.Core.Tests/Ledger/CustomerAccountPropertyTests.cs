using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class CustomerAccountPropertyTests
{
    [Fact]
    public void AnySequence_NoItemOrCreditIsOverAllocated()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);

            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
                foreach (var item in account.Items)
                {
                    Assert.True(item.Open.Amount >= 0m && item.Open <= item.Document.Amount, $"{item.Id}: open {item.Open} of {item.Document.Amount}");
                    var settled = item.Settlements.Aggregate(Money.Zero(item.Document.Currency), (s, x) => s + x.Amount);
                    Assert.Equal(item.Document.Amount - item.Open, settled);
                }
            }
        });
    }

    [Fact]
    public void AnySequence_BalanceEqualsDebitsMinusCreditsAtEveryStep()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);

            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
                foreach (var balance in account.Balances)
                {
                    // A payment plan closes items and opens its installments for the same total: what it closed
                    // (settlements numbered 0) is not owed twice.
                    var posted = account.Items.Where(x => x.Document.Currency == balance.Currency)
                        .Aggregate(Money.Zero(balance.Currency), (s, x) => s + x.Document.SignedAmount - x.Settlements.Where(t => t.ApplicationNumber == 0).Aggregate(Money.Zero(balance.Currency), (u, t) => u + t.Amount));
                    var open = account.Items.Where(x => x.Document.Currency == balance.Currency)
                        .Aggregate(Money.Zero(balance.Currency), (s, x) => x.Document.IsDebit ? s + x.Open : s - x.Open);
                    Assert.Equal(posted, balance);
                    Assert.Equal(open, balance);
                }
            }
        });
    }

    [Fact]
    public void AnySequence_ReplayingTheHistoryGivesTheSameState()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
            }

            var replayed = CustomerAccount.Replay(LedgerModel.Customer, account.History);

            Assert.Equal(LedgerModel.Snapshot(account), LedgerModel.Snapshot(replayed));
            Assert.Equal(account.History, replayed.History);
        });
    }

    [Fact]
    public void AnySequence_EveryEventReadsBackAsItDidWhenAppended_WhateverFollows()
    {
        // Postings and applications are recreated on each read (decisions 030 and 031): an application from its
        // credit's settlements, which later applications and reversals change. Each event, read right after it was
        // appended, must read back the same at the end, in the same place.
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            var seen = new List<LedgerEvent>();
            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
                seen.AddRange(account.History.Skip(seen.Count));
            }

            Assert.Equal(seen, account.History);
            for (var number = 1; number <= account.History.OfType<CreditApplied>().Count(); number++)
            {
                Assert.Equal(account.History.OfType<CreditApplied>().ElementAt(number - 1), account.GetApplication(number));
            }
        });
    }

    [Fact]
    public void AnySequence_ApplyThenReverse_RestoresEveryOpenAmount()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
            }

            foreach (var credit in account.UnappliedCredits.ToList())
            {
                var before = LedgerModel.OpenAmounts(account);
                var applied = account.Apply(credit.Id, AllocationPolicies.OldestDueFirst, LedgerModel.Start.AddDays(400));
                if (applied.ApplicationNumber is not { } number)
                {
                    continue;
                }

                var reversed = applied.Account.Reverse(number, LedgerModel.Start.AddDays(401));

                Assert.Equal(before, LedgerModel.OpenAmounts(reversed));
            }
        });
    }

    [Fact]
    public void AnySequence_RefusedStepNamesAFieldAndChangesNothing()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);

            for (var i = 0; i < steps.Length; i++)
            {
                // An independent record of the state before the step: text, and the history's length and last event.
                var before = LedgerModel.Snapshot(account);
                var events = account.History.Count;
                var last = events == 0 ? null : account.History[^1];
                var next = LedgerModel.Run(account, steps[i], i, out var refused);
                if (refused is not null)
                {
                    Assert.False(string.IsNullOrEmpty(refused.Field));
                    Assert.Equal(before, LedgerModel.Snapshot(next));
                    Assert.Equal(before, LedgerModel.Snapshot(account));
                    Assert.Equal(events, next.History.Count);
                    Assert.Equal(before, LedgerModel.Snapshot(CustomerAccount.Replay(LedgerModel.Customer, next.History)));
                    // The same last event: equal, and a posting's document the very object recorded (a posting is
                    // kept as its document and read as a new, equal event; an application is recreated from its
                    // credit's settlements, decision 031, so only equal); any other event the very object.
                    var now = events == 0 ? null : next.History[^1];
                    Assert.Equal(last, now);
                    if (last is DocumentPosted posted)
                    {
                        Assert.Same(posted.Document, ((DocumentPosted)now!).Document);
                    }
                    else if (last is not CreditApplied)
                    {
                        Assert.Same(last, now);
                    }
                }

                account = next;
            }
        });
    }

    [Fact]
    public void AnySequence_ApplicationsNeverExceedTheCredit()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            for (var i = 0; i < steps.Length; i++)
            {
                account = LedgerModel.Run(account, steps[i], i, out _);
            }

            for (var n = 1; n <= account.ApplicationCount; n++)
            {
                var application = account.GetApplication(n);
                var credit = account.GetItem(application.Credit);
                var total = application.Allocations.Aggregate(Money.Zero(credit.Document.Currency), (s, a) => s + a.Amount);
                Assert.True(total <= credit.Document.Amount);
            }
        });
    }
}

using System.Numerics;
using FsCheck.Fluent;
using Receivables.Terms.Billing;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms.Billing;

/// <summary>
/// Properties of billing schedules, each checked against an oracle that recomputes from the plain inputs by scanning
/// the calendar day by day and by exact rational arithmetic, never from the contract's own periods.
/// </summary>
public class BillingPropertyTests
{
    [Fact]
    public void Schedule_AnyContractWithEnd_PeriodsTileTheContractOnAnchorDates()
    {
        Properties.Check(Arbitraries.EndedBillingCaseGen.ToArbitrary(), c =>
        {
            var lines = c.Contract().Schedule().Lines;

            var expected = Oracle.Periods(c, c.End!.Value);
            Assert.Equal(expected, lines.Select(l => (l.Period.Start, l.Period.End)));
            Assert.Equal(c.Start, lines[0].Period.Start);
            Assert.Equal(c.End, lines[^1].Period.End);
            for (var i = 1; i < lines.Count; i++)
            {
                Assert.Equal(lines[i - 1].Period.End.AddDays(1), lines[i].Period.Start);
            }
        });
    }

    [Fact]
    public void Schedule_AnyContractWithEnd_AmountsSumToTheContractValue()
    {
        Properties.Check(Arbitraries.EndedBillingCaseGen.ToArbitrary(), c =>
        {
            var contract = c.Contract();
            var lines = contract.Schedule().Lines;

            var value = Oracle.ContractValue(c);
            Assert.Equal(value, lines.Aggregate(Money.Zero(c.Price.Currency), (s, l) => s + l.Amount));
            Assert.Equal(value, contract.ContractValue);
            Assert.All(lines, l => Assert.True(l.Amount.IsRounded && !l.Amount.IsNegative));
            foreach (var line in lines)
            {
                // A full period costs exactly the price. A partial period whose 30/360 fraction is capped at 1 is not
                // full: in a whole-number contract it shares the rest with the other stub (see the example test
                // Schedule_WholeContractWithCappedThirty360Stub_StubsShareOnePrice).
                Assert.Equal(Oracle.IsFull(c, line.Period.Start, line.Period.End), line.Period.IsFull);
                if (line.Period.IsFull)
                {
                    Assert.Equal(c.Price, line.Amount);
                }
            }
        });
    }

    [Fact]
    public void Schedule_OpenEndedWithHorizon_TilesFromStartAndProratesOnlyTheFirstPeriod()
    {
        Properties.Check(Arbitraries.OpenBillingCaseGen.ToArbitrary(), x =>
        {
            var (c, through) = x;

            var lines = c.Contract().Schedule(through).Lines;

            var expected = Oracle.Periods(c, through);
            Assert.Equal(expected, lines.Select(l => (l.Period.Start, l.Period.End)));
            Assert.True(lines[^1].Period.Start <= through && lines[^1].Period.End >= through);
            var (num, den) = Oracle.Fraction(c, lines[0].Period.Start, lines[0].Period.End);
            Assert.Equal(Oracle.Round(c.Price, num, den), lines[0].Amount);
            Assert.All(lines.Skip(1), l => Assert.Equal(c.Price, l.Amount));
        });
    }

    [Fact]
    public void Change_AnyUpgradeOrDowngrade_CreditPlusDebitIsThePriceDifferenceOverTheRemainingDays()
    {
        var gen = from c in Arbitraries.EndedBillingCaseGen
                  from offset in Gen.Choose(0, 5000)
                  from newUnits in Gen.OneOf(Gen.Choose(1, 10_000_000), Gen.Choose(1, 50))
                  let days = c.End!.Value.DayNumber - c.Start.DayNumber
                  select (c, date: c.Start.AddDays(offset % (days + 1)), newPrice: new Money(newUnits * c.Price.Currency.MinorUnit, c.Price.Currency));

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var result = x.c.Contract().Change(new ContractChange(x.date, x.newPrice));

            var period = Oracle.Periods(x.c, x.date)[^1];
            var (num, den) = Oracle.Fraction(x.c, x.date, period.End);
            Assert.Equal((x.date, period.End), (result.Credit.Period.Start, result.Credit.Period.End));
            Assert.Equal(Oracle.Round(x.newPrice - x.c.Price, num, den), result.Debit.Amount - result.Credit.Amount);
            Assert.Equal(result.Net, result.Debit.SignedAmount + result.Credit.SignedAmount);
            Assert.Equal(Oracle.Round(x.c.Price, num, den), result.Credit.Amount);
            Assert.True(Oracle.WithinOneUnit(result.Debit.Amount, x.newPrice, num, den), $"{result.Debit.Amount} vs {x.newPrice} × {num}/{den}");
        });
    }

    /// <summary>Recomputes billing from the inputs alone: calendar scans and exact fractions.</summary>
    private static class Oracle
    {
        public static List<(DateOnly Start, DateOnly End)> Periods(BillingCase c, DateOnly through)
        {
            var last = c.End ?? DateOnly.MaxValue;
            var periods = new List<(DateOnly, DateOnly)>();
            var start = c.Start;
            var d = c.Start.AddDays(1);
            while (true)
            {
                if (d > last)
                {
                    periods.Add((start, last));
                    return periods;
                }

                if (IsBillingDate(c, d))
                {
                    periods.Add((start, d.AddDays(-1)));
                    if (d > through)
                    {
                        return periods;
                    }

                    start = d;
                }

                d = d.AddDays(1);
            }
        }

        /// <summary>The share of the full period containing [start, end] under the convention, as a fraction.</summary>
        public static (long Num, long Den) Fraction(BillingCase c, DateOnly start, DateOnly end)
        {
            var fullStart = start;
            while (!IsBillingDate(c, fullStart))
            {
                fullStart = fullStart.AddDays(-1);
            }

            var next = start.AddDays(1);
            while (!IsBillingDate(c, next))
            {
                next = next.AddDays(1);
            }

            var full = IsFull(c, start, end);
            if (c.Convention == ProrationConvention.Thirty360)
            {
                var basis = 30L * c.Months;
                return full ? (basis, basis) : (Math.Min(Days360(start, end.AddDays(1)), basis), basis);
            }

            return (end.DayNumber - start.DayNumber + 1, next.DayNumber - fullStart.DayNumber);
        }

        /// <summary>Whether the period runs from one billing date to the day before the next.</summary>
        public static bool IsFull(BillingCase c, DateOnly start, DateOnly end)
            => IsBillingDate(c, start) && IsBillingDate(c, end.AddDays(1))
               && Enumerable.Range(1, end.DayNumber - start.DayNumber).All(i => !IsBillingDate(c, start.AddDays(i)));

        public static Money ContractValue(BillingCase c)
        {
            var end = c.End!.Value;
            for (var n = 1; ; n++)
            {
                var after = c.Start.AddMonths(n * c.Months);
                if (after == end.AddDays(1))
                {
                    return c.Price * n;
                }

                if (after > end)
                {
                    break;
                }
            }

            BigInteger num = 0;
            BigInteger den = 1;
            foreach (var (s, e) in Periods(c, end))
            {
                var (n, d) = Fraction(c, s, e);
                num = (num * d) + (n * den);
                den *= d;
            }

            return Round(c.Price, num, den);
        }

        /// <summary>price × num ÷ den rounded half away from zero to minor units, in exact integer arithmetic.</summary>
        public static Money Round(Money price, BigInteger num, BigInteger den)
        {
            var units = new BigInteger(price.Amount / price.Currency.MinorUnit) * num;
            var rounded = units.Sign * (((2 * BigInteger.Abs(units)) + den) / (2 * den));
            return new Money((decimal)rounded * price.Currency.MinorUnit, price.Currency);
        }

        public static bool WithinOneUnit(Money amount, Money price, long num, long den)
        {
            var exactTimesDen = new BigInteger(price.Amount / price.Currency.MinorUnit) * num;
            var actualTimesDen = new BigInteger(amount.Amount / amount.Currency.MinorUnit) * den;
            return BigInteger.Abs(actualTimesDen - exactTimesDen) <= den;
        }

        private static bool IsBillingDate(BillingCase c, DateOnly d)
        {
            var anchor = c.Anchor ?? c.Start.Day;
            var first = FirstBillingDate(c, anchor);

            var monthsApart = ((d.Year * 12) + d.Month) - ((first.Year * 12) + first.Month);
            return d.Day == Math.Min(anchor, DateTime.DaysInMonth(d.Year, d.Month)) && ((monthsApart % c.Months) + c.Months) % c.Months == 0;
        }

        private static DateOnly FirstBillingDate(BillingCase c, int anchor)
        {
            var first = c.Start;
            while (first.Day != Math.Min(anchor, DateTime.DaysInMonth(first.Year, first.Month)))
            {
                first = first.AddDays(1);
            }

            return first;
        }

        private static long Days360(DateOnly from, DateOnly to)
            => ((to.Year - from.Year) * 360L) + ((to.Month - from.Month) * 30L) + Math.Min(to.Day, 30) - Math.Min(from.Day, 30);
    }
}

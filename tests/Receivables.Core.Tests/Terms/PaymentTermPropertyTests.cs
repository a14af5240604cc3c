using FsCheck.Fluent;
using Receivables.Calendars;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms;

public class PaymentTermPropertyTests
{
    [Fact]
    public void Schedule_AnyTermAndTotal_AmountsSumToTotalAndAreNotNegative()
    {
        var gen = from term in Arbitraries.NotationTermGen
                  from residual in Arbitraries.ResidualGen
                  from rounding in Arbitraries.TermRoundingGen
                  from units in Gen.Choose(300_000, 10_000_000) // fixed lines are at most 1,000.00 EUR and percentages at most 40%
                  from date in Arbitraries.DateGen
                  select (term: term.WithResidual(residual).WithRounding(rounding), total: new Money(units / 100m, Currency.EUR), date);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var schedule = x.term.Schedule(x.total, new TermDates(x.date));

            Assert.Equal(x.total, schedule.Installments.Aggregate(Money.Zero(Currency.EUR), (s, i) => s + i.Amount));
            Assert.All(schedule.Installments, i => Assert.True(!i.Amount.IsNegative && i.Amount.IsRounded));
        });
    }

    [Fact]
    public void Schedule_PercentTermsInAnyCurrency_SumToTotalEvenForTinyAmounts()
    {
        var gen = from term in Arbitraries.NotationTermGen.Where(t => t.Lines.All(l => l.Amount is null))
                  from residual in Arbitraries.ResidualGen
                  from rounding in Arbitraries.TermRoundingGen
                  from currency in Gen.Elements(Currency.EUR, Currency.JPY, Currency.FromCode("KWD"))
                  from total in Gen.OneOf(Arbitraries.TotalGen(currency), Gen.Choose(0, 20).Select(u => new Money(u * currency.MinorUnit, currency)))
                  select (term: term.WithResidual(residual).WithRounding(rounding), total);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var schedule = x.term.Schedule(x.total, new TermDates(new DateOnly(2026, 1, 31)));

            Assert.Equal(x.total.Amount, schedule.Installments.Sum(i => i.Amount.Amount));
            Assert.All(schedule.Installments, i => Assert.False(i.Amount.IsNegative));
        });
    }

    [Fact]
    public void DueDate_AnyRule_NeverBeforeBaseline()
    {
        var gen = from rule in Arbitraries.AnyRuleGen
                  from document in Arbitraries.DateGen
                  from orderDaysBefore in Gen.Choose(0, 60)
                  select (rule, document, order: document.AddDays(-orderDaysBefore));

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var term = PaymentTerm.Create(InstallmentLine.Deposit(20m), InstallmentLine.Balance(x.rule, DiscountTier.Within(1m, 5)));

            var schedule = term.Schedule(new Money(100m, Currency.EUR), new TermDates(x.document) { OrderDate = x.order });

            Assert.All(schedule.Installments, i => Assert.True(i.DueDate >= i.Baseline, $"{i.DueDate} < {i.Baseline} for {x.rule}"));
            Assert.All(schedule.Installments.SelectMany(i => i.Discounts), d => Assert.True(d.PayBy >= x.document));
        });
    }

    [Fact]
    public void Adjusted_AnyRuleCalendarAndConvention_IsBusinessDayNotBeforeBaseline()
    {
        var gen = from rule in Arbitraries.AnyRuleGen
                  from calendar in Arbitraries.CalendarGen
                  from convention in Arbitraries.ConventionGen.Where(c => c != BusinessDayConvention.None)
                  from baseline in Arbitraries.DateGen
                  select (rule, calendar, convention, baseline);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var due = DueDateRules.Adjusted(x.rule, x.calendar, x.convention).DueDate(x.baseline);

            Assert.True(x.calendar.IsBusinessDay(due), $"{due} is closed in {x.calendar}");
            Assert.True(due >= x.baseline);
        });
    }

    [Fact]
    public void Notation_FormatThenParse_IsIdentity()
    {
        Properties.Check(Arbitraries.NotationTermGen.ToArbitrary(), term =>
        {
            var text = TermNotation.Format(term);

            var parsed = TermNotation.Parse(text);

            Assert.Equal(term, parsed);
            Assert.Equal(text, TermNotation.Format(parsed));
        });
    }

    [Fact]
    public void DateFormula_FormatThenParse_IsIdentity()
    {
        var gen = from text in Arbitraries.FormulaTextGen
                  from date in Arbitraries.DateGen
                  select (text, date);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var formula = DateFormula.Parse(x.text);

            var again = DateFormula.Parse(formula.Text);

            Assert.Equal(formula, again);
            Assert.Equal(formula.DueDate(x.date), again.DueDate(x.date));
        });
    }

    [Fact]
    public void Discount_AnyTierAndPayment_NeverExceedsLine()
    {
        var gen = from term in Arbitraries.NotationTermGen.Where(t => t.Lines.All(l => l.Amount is null))
                  from netOfTax in Gen.Elements(true, false)
                  from units in Gen.Choose(0, 1_000_000)
                  from taxShare in Gen.Choose(0, 100)
                  from paidOffset in Gen.Choose(-5, 90)
                  from paidShare in Gen.Choose(0, 100)
                  select (term, netOfTax, total: new Money(units / 100m, Currency.EUR), taxShare, paidOffset, paidShare);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var term = x.term.WithDiscountBase(x.netOfTax ? DiscountBase.NetOfTax : DiscountBase.Gross);
            var tax = new Money(Math.Round(x.total.Amount * x.taxShare / 100m, 2), Currency.EUR);
            var date = new DateOnly(2026, 1, 31);

            var schedule = term.Schedule(x.total, new TermDates(date), tax);

            foreach (var line in schedule.Installments)
            {
                var paid = new Money(Math.Round(line.Amount.Amount * x.paidShare / 100m, 2), Currency.EUR);
                var toSettle = line.AmountToSettle(date.AddDays(x.paidOffset), paid);
                Assert.All(line.Discounts, d => Assert.True(d.Discount <= line.Amount && !d.Discount.IsNegative));
                Assert.True(toSettle <= line.Amount - paid && !toSettle.IsNegative);
            }
        });
    }
}

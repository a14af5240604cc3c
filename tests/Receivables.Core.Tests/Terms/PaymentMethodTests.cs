using System.Globalization;
using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class PaymentMethodTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    [Fact]
    public void Default_IsUnspecifiedWithoutMaturity()
    {
        var method = default(PaymentMethod);

        Assert.Equal((PaymentMethodKind.Unspecified, (DateOnly?)null), (method.Kind, method.MaturityDate));
        Assert.Equal(PaymentMethod.Unspecified, method);
        Assert.Equal(D("2026-03-02"), method.CollectionDate(D("2026-03-02")));
    }

    [Fact]
    public void Equality_ComparesKindAndMaturity()
    {
        Assert.Equal(PaymentMethod.AcceptanceBill(D("2026-09-30")), PaymentMethod.AcceptanceBill(D("2026-09-30")));
        Assert.True(PaymentMethod.AcceptanceBill(D("2026-09-30")) != PaymentMethod.AcceptanceBill(D("2026-10-31")));
        Assert.True(PaymentMethod.AcceptanceBill() != PaymentMethod.AcceptanceBill(D("2026-09-30")));
        Assert.Equal(PaymentMethod.BankTransfer, PaymentMethod.Of(PaymentMethodKind.BankTransfer));
        Assert.NotEqual(PaymentMethod.Card, PaymentMethod.Cash);
        Assert.Equal(PaymentMethod.DirectDebit.GetHashCode(), PaymentMethod.Of(PaymentMethodKind.DirectDebit).GetHashCode());
        Assert.Equal("AcceptanceBill maturing 2026-09-30", PaymentMethod.AcceptanceBill(D("2026-09-30")).ToString());
        Assert.Equal("Other", PaymentMethod.Other.ToString());
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentMethod.Of((PaymentMethodKind)99)).ParamName);
    }

    [Fact]
    public void CollectionDate_AcceptanceBillWithMaturity_IsTheMaturity()
    {
        // 70% paid by a six-month bank acceptance bill handed over on the due date; the cash arrives when the bill matures.
        var term = PaymentTerm.Create(
            InstallmentLine.Deposit(30m).WithPaymentMethod(PaymentMethod.BankTransfer),
            InstallmentLine.Balance(DueDateRules.NetDays(30)).WithPaymentMethod(PaymentMethod.AcceptanceBill()));

        var schedule = term.Schedule(Cny(100_000.00m), new TermDates(D("2026-03-31")));
        var bill = schedule.Installments[1];
        var received = bill.WithPaymentMethod(PaymentMethod.AcceptanceBill(D("2026-10-30")));

        Assert.Equal((PaymentMethod.BankTransfer, D("2026-03-31")), (schedule.Installments[0].PaymentMethod, schedule.Installments[0].CollectionDate));
        Assert.Equal((PaymentMethodKind.AcceptanceBill, D("2026-04-30"), D("2026-04-30")), (bill.PaymentMethod.Kind, bill.DueDate, bill.CollectionDate));
        Assert.Equal((D("2026-04-30"), D("2026-10-30")), (received.DueDate, received.CollectionDate));
        Assert.Equal((bill.Amount, bill.Number, bill.Discounts), (received.Amount, received.Number, received.Discounts));
        Assert.NotEqual(bill, received);
    }

    [Fact]
    public void CollectionDate_OtherMethods_IsTheDueDate()
    {
        var schedule = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(10)).WithPaymentMethod(PaymentMethod.DirectDebit))
            .Schedule(Cny(10m), new TermDates(D("2026-01-05")));

        Assert.Equal((PaymentMethod.DirectDebit, D("2026-01-15")), (schedule.Installments[0].PaymentMethod, schedule.Installments[0].CollectionDate));
    }

    [Fact]
    public void InstallmentLine_WithPaymentMethod_KeepsEverythingElseAndChangesEquality()
    {
        var line = InstallmentLine.Percentage(40m, DueDateRules.NetDays(30), DiscountTier.Within(2m, 10));

        var card = line.WithPaymentMethod(PaymentMethod.Card);

        Assert.Equal(PaymentMethod.Unspecified, line.PaymentMethod);
        Assert.Equal((line.Kind, line.Percent, line.Rule, line.Discounts.Count), (card.Kind, card.Percent, card.Rule, card.Discounts.Count));
        Assert.NotEqual(line, card);
        Assert.Equal(line, card.WithPaymentMethod(PaymentMethod.Unspecified));
        Assert.EndsWith("by Card", card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("by", line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithBusinessDays_LineWithMethod_KeepsTheMethod()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(30)).WithPaymentMethod(PaymentMethod.AcceptanceBill()));

        var adjusted = term.WithBusinessDays(BusinessCalendars.ChinaMainland, BusinessDayConvention.Following);

        Assert.Equal(PaymentMethod.AcceptanceBill(), adjusted.Lines[0].PaymentMethod);
    }

    [Fact]
    public void TryFormat_TermWithPaymentMethod_ReturnsFalseInsteadOfLosingIt()
    {
        var plain = TermNotation.Parse("2/10 NET 30");
        var term = PaymentTerm.Create(plain.Lines[0].WithPaymentMethod(PaymentMethod.BankTransfer));

        Assert.True(TermNotation.TryFormat(plain, out _));
        Assert.False(TermNotation.TryFormat(term, out var text));
        Assert.Null(text);
    }
}

using Receivables.Calendars;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class TermNotationTests
{
    [Theory]
    [InlineData("NET 30", "NET 30")]
    [InlineData("net 30", "NET 30")]
    [InlineData("2/10 NET 30", "2/10 NET 30")]
    [InlineData("3/10 2/20 NET 45", "3/10 2/20 NET 45")]
    [InlineData("EOM 15", "EOM 15")]
    [InlineData("EOM", "EOM")]
    [InlineData("CM+15D", "EOM 15")]
    [InlineData("30D", "NET 30")]
    [InlineData("30% DEPOSIT, 70% NET 60", "30% DEPOSIT, 70% NET 60")]
    [InlineData("30%  deposit ,70% net 60", "30% DEPOSIT, 70% NET 60")]
    [InlineData("CM+1M+10D", "CM+1M+10D")]
    [InlineData("EUR 500.00 DEPOSIT, BALANCE 2/10 NET 30", "EUR 500.00 DEPOSIT, BALANCE 2/10 NET 30")]
    [InlineData("EUR 500 DEPOSIT, BALANCE NET 30", "EUR 500.00 DEPOSIT, BALANCE NET 30")]
    [InlineData("33.33% NET 30, 33.33% NET 60, 33.34% NET 90", "33.33% NET 30, 33.33% NET 60, 33.34% NET 90")]
    [InlineData("-5D", "-5D")]
    [InlineData("100% NET 0", "NET 0")]
    public void Parse_ThenFormat_GivesCanonicalText(string text, string expected)
    {
        var term = TermNotation.Parse(text);

        var formatted = TermNotation.Format(term);

        Assert.Equal(expected, formatted);
        Assert.Equal(term, TermNotation.Parse(formatted));
    }

    [Fact]
    public void Parse_ProducesCatalogueRules()
    {
        var term = TermNotation.Parse("2/10 NET 30");

        var line = Assert.Single(term.Lines);

        Assert.Equal(DueDateRules.NetDays(30), line.Rule);
        Assert.Equal(DiscountTier.Within(2m, 10), Assert.Single(line.Discounts));
        Assert.Equal(DueDateRules.EndOfMonthPlusDays(15), TermNotation.Parse("EOM 15").Lines[0].Rule);
    }

    [Theory]
    [InlineData("NET", "", 4)]
    [InlineData("NET thirty", "thirty", 5)]
    [InlineData("2/ten NET 30", "2/ten", 1)]
    [InlineData("2/10", "", 5)]
    [InlineData("120% NET 30", "120%", 1)]
    [InlineData("NET 30 extra", "extra", 8)]
    [InlineData("30% DEPOSIT, NET 60", "NET", 14)]
    [InlineData("30% DEPOSIT, 70% CM+1X", "X", 22)] // the token at the position, inside the formula
    [InlineData("XYZ 10 NET 30", "XYZ", 1)]
    [InlineData("EUR 10.005 DEPOSIT, BALANCE NET 30", "10.005", 5)]
    [InlineData("2/10 DEPOSIT", "DEPOSIT", 6)]
    [InlineData("30% NET 30,", ",", 11)]
    [InlineData(", NET 30", ",", 1)]
    public void Parse_BadNotation_NamesToken(string text, string token, int position)
    {
        var error = Assert.Throws<TermsFormatException>(() => TermNotation.Parse(text));

        Assert.Equal(token, error.Token);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void TryFormat_AdjustedRule_NotExpressible()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.Adjusted(DueDateRules.NetDays(30), BusinessCalendars.ChinaMainland, BusinessDayConvention.Following)));

        var ok = TermNotation.TryFormat(term, out var text);

        Assert.False(ok);
        Assert.Null(text);
        Assert.Throws<ArgumentException>(() => TermNotation.Format(term));
        Assert.Contains("adjusted Following on CN", term.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryFormat_NonDefaultBaseline_NotExpressible()
    {
        var term = PaymentTerm.Net(30).WithBaseline(TermBaseline.DeliveryDate);

        Assert.False(TermNotation.TryFormat(term, out _));
    }
}

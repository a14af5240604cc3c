using System.Globalization;
using FsCheck.Fluent;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms;

/// <summary>Issue 18: one set of documented limits, parsing that never throws, round trips, overflow near year 9999
/// reported with the field, and messages in the invariant culture.</summary>
public class TermLimitsTests
{
    // Regression: "EOM 100001" threw from TryParse, and the error pointed into an internal text ("CM+100001D").
    [Fact]
    public void TryParse_EomAboveLimit_ReturnsErrorAtTheNumber()
    {
        var parsed = TermNotation.TryParse("2/10 EOM 100001", out var term, out var error);

        Assert.False(parsed);
        Assert.Null(term);
        Assert.Equal(10, error!.Position);
        Assert.Equal("100001", error.Token);
    }

    // Regression: "NET 2147483647" parsed, then Schedule threw a bare ArgumentOutOfRangeException.
    [Theory]
    [InlineData("NET 2147483647", 5, "2147483647")]
    [InlineData("NET 100001", 5, "100001")]
    [InlineData("2/2147483647 NET 30", 1, "2/2147483647")]
    [InlineData("CM+100001D", 4, "100001D")]
    public void TryParse_NumberAboveLimit_ReturnsErrorAtTheNumber(string text, int position, string token)
    {
        var parsed = TermNotation.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(position, error!.Position);
        Assert.Equal(token, error.Token);
    }

    [Fact]
    public void Parse_NumbersAtTheLimit_AreAccepted()
    {
        var term = TermNotation.Parse("2/100000 EOM 100000");

        Assert.Equal(DueDateRules.EndOfMonthPlusDays(DateFormula.MaxNumber), term.Lines[0].Rule);
        Assert.Equal(100_000, DateFormula.MaxNumber);
    }

    [Fact]
    public void NetDays_AboveLimit_ThrowsNamingDays()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DueDateRules.NetDays(DateFormula.MaxNumber + 1));

        Assert.Equal("days", error.ParamName);
    }

    [Fact]
    public void Schedule_DueDatePastYear9999_ThrowsNamingDatesAndLine()
    {
        var term = TermNotation.Parse("50% NET 10, 50% NET 100000");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => term.Schedule(Money.Of(100m, "EUR"), new TermDates(new DateOnly(9800, 1, 1))));

        Assert.Equal("dates", error.ParamName);
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("100000D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_DiscountDeadlinePastYear9999_ThrowsNamingDates()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(1), DiscountTier.Within(2m, 5, graceDays: int.MaxValue)));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => term.Schedule(Money.Of(100m, "EUR"), new TermDates(new DateOnly(2026, 1, 1))));

        Assert.Equal("dates", error.ParamName);
    }

    [Theory]
    [InlineData("CW", "9999-12-31")]
    [InlineData("1D", "9999-12-31")]
    [InlineData("-1D", "0001-01-01")]
    [InlineData("D1", "9999-12-31")]
    [InlineData("100000Y", "2026-01-01")]
    public void DueDate_PastTheCalendarRange_ThrowsNamingBaseline(string formula, string baseline)
    {
        var rule = DateFormula.Parse(formula);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => rule.DueDate(DateOnly.ParseExact(baseline, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.Equal("baseline", error.ParamName);
        Assert.Contains(formula, error.Message, StringComparison.Ordinal);
    }

    // Regression: CM+0D was written as "EOM", which parses back as CM, a different formula.
    [Fact]
    public void Format_EndOfMonthPlusZeroDaysFormula_RoundTrips()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DateFormula.Parse("CM+0D")));

        var text = TermNotation.Format(term);

        Assert.Equal("CM+0D", text);
        Assert.Equal(term, TermNotation.Parse(text));
        Assert.Equal("EOM", TermNotation.Format(TermNotation.Parse("EOM 0")));
    }

    [Fact]
    public void TryParse_AnyText_NeverThrows()
    {
        Properties.Check(Arbitraries.NotationNoiseGen.ToArbitrary(), text =>
        {
            var parsed = TermNotation.TryParse(text, out var term, out var error);
            var formulaParsed = DateFormula.TryParse(text, out var formula, out var formulaError);

            Assert.Equal(parsed, term is not null);
            Assert.Equal(parsed, error is null);
            Assert.True(parsed || (error!.Position >= 1 && error.Position <= text.Length + 1), $"position {error?.Position} for '{text}'");
            Assert.Equal(formulaParsed, formula is not null && formulaError is null);
            if (parsed)
            {
                Assert.Equal(term, TermNotation.Parse(TermNotation.Format(term!)));
            }
        });
    }

    [Fact]
    public void Messages_UnderACommaCulture_UseTheInvariantCulture()
    {
        // The test host runs in globalization-invariant mode, so a culture with a decimal comma is built by hand.
        var previous = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        comma.DateTimeFormat.DateSeparator = ".";
        CultureInfo.CurrentCulture = comma;
        try
        {
            var line = InstallmentLine.Percentage(33.5m, DueDateRules.NetDays(30));
            var error = Assert.Throws<ArgumentException>(() => PaymentTerm.Create(line, InstallmentLine.Percentage(70.5m, DueDateRules.NetDays(60))));
            var formatError = Assert.Throws<TermsFormatException>(() => DateFormula.Parse("CM+1X"));

            Assert.Equal("33.5% 30D", line.ToString());
            Assert.Contains("104.0%", error.Message, StringComparison.Ordinal);
            Assert.Equal("Date formula 'CM+1X': expected a unit D, W, M, Q or Y after the number; found 'X' at position 5.", formatError.Message);
            Assert.Equal("33.5% NET 30, BALANCE NET 60", PaymentTerm.Create(line, InstallmentLine.Balance(DueDateRules.NetDays(60))).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

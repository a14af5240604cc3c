using System.Globalization;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class DateFormulaTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    // Syntax and meanings from Business Central's "DateFormula Data Type" page (learn.microsoft.com): 30D, 2W, CM+10D,
    // CM+1M, CQ+1M+20D, CW+1W, D15; weeks run Monday to Sunday.
    [Theory]
    [InlineData("30D", "2026-01-15", "2026-02-14")]
    [InlineData("2W", "2026-01-15", "2026-01-29")]
    [InlineData("CM+10D", "2026-01-15", "2026-02-10")]
    [InlineData("CM+1M", "2026-01-15", "2026-02-28")]
    [InlineData("CQ+1M+20D", "2026-02-10", "2026-05-20")]
    [InlineData("CW+1W", "2026-01-15", "2026-01-25")] // Thursday → Sunday 18th → Sunday 25th
    [InlineData("D15", "2026-01-16", "2026-02-15")]
    [InlineData("D15", "2026-01-15", "2026-01-15")] // on or after
    [InlineData("D31", "2026-02-01", "2026-02-28")] // clamped
    [InlineData("WD1", "2026-01-15", "2026-01-19")] // next Monday
    [InlineData("WD4", "2026-01-15", "2026-01-15")] // a Thursday is its own next Thursday
    [InlineData("-CM", "2026-01-15", "2026-01-01")]
    [InlineData("-CW", "2026-01-15", "2026-01-12")]
    [InlineData("-CQ", "2026-05-20", "2026-04-01")]
    [InlineData("CY", "2026-05-20", "2026-12-31")]
    [InlineData("-CY", "2026-05-20", "2026-01-01")]
    [InlineData("1Q", "2025-11-30", "2026-02-28")]
    [InlineData("1Y", "2024-02-29", "2025-02-28")]
    [InlineData("CM+1M+10D", "2026-01-15", "2026-03-10")]
    [InlineData("-CM+1M", "2026-01-15", "2026-02-01")]
    [InlineData("1M-5D", "2026-01-31", "2026-02-23")]
    [InlineData("-1M", "2026-03-31", "2026-02-28")]
    public void DueDate_BusinessCentralSyntax_ComputesDate(string formula, string baseline, string expected)
    {
        var parsed = DateFormula.Parse(formula);

        var due = parsed.DueDate(D(baseline));

        Assert.Equal(D(expected), due);
    }

    [Theory]
    [InlineData("cm+1m+10d", "CM+1M+10D")]
    [InlineData("+30D", "30D")]
    [InlineData("-CM+1M", "-CM+1M")]
    [InlineData(" CM+30D ", "CM+30D")]
    public void Text_IsCanonical(string input, string expected)
    {
        var formula = DateFormula.Parse(input.Trim());

        Assert.Equal(expected, formula.Text);
        Assert.Equal(formula, DateFormula.Parse(formula.Text));
    }

    [Theory]
    [InlineData("CM+1X", 5, "X")]
    [InlineData("D32", 2, "32")]
    [InlineData("D0", 2, "0")]
    [InlineData("WD8", 3, "8")]
    [InlineData("30", 3, "")]
    [InlineData("CM+", 4, "")]
    [InlineData("CX", 2, "X")]
    [InlineData("CM 1M", 3, " ")]
    [InlineData("30DCM", 4, "CM")]
    [InlineData("-D15", 2, "D15")]
    [InlineData("Q", 1, "Q")]
    [InlineData("", 1, "")]
    public void Parse_BadFormula_PointsAtCharacter(string text, int position, string token)
    {
        var error = Assert.Throws<TermsFormatException>(() => DateFormula.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Equal(token, error.Token);
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BadFormula_ReturnsFalseWithError()
    {
        var ok = DateFormula.TryParse("CM+1Z", out var formula, out var error);

        Assert.False(ok);
        Assert.Null(formula);
        Assert.Equal(5, error!.Position);
    }

    [Fact]
    public void Equality_SameTerms_AreEqualWithSameHash()
    {
        var a = DateFormula.Parse("CM+30D");
        var b = DueDateRules.EndOfMonthPlusDays(30);

        Assert.True(a.Equals(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, DateFormula.Parse("30D+CM"));
    }
}

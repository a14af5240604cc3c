using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class CreditCommandTests
{
    private static string SampleFinancials => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "financials.csv");

    [Fact]
    public void Credit_SampleData_PrintsScoreGradeLimitTermsAndReasonsPerCustomer()
    {
        var (code, output, error) = CliRunner.Run("credit", CliRunner.SampleDocuments, "--financials", SampleFinancials, "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("tables").GetProperty("credit").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(50, rows.Count);
        var c1001 = rows.Single(r => r.GetProperty("customer").GetString() == "C-1001");
        Assert.Equal("CNY", c1001.GetProperty("currency").GetString());
        Assert.Contains(c1001.GetProperty("grade").GetString(), new[] { "AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C" });
        Assert.Contains("Altman", c1001.GetProperty("topReasons").GetString(), StringComparison.Ordinal);
        Assert.Contains("grade ", c1001.GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("NET", c1001.GetProperty("terms").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("tables").GetProperty("latePaymentModel").GetProperty("rows").GetArrayLength() > 8);
    }

    [Fact]
    public void Credit_SameInputTwice_SameOutput()
    {
        var first = CliRunner.Run("credit", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--format", "csv");
        var second = CliRunner.Run("credit", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--format", "csv");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Credit_NegativeTotalAssets_ReportsFileLineAndColumn()
    {
        var financials = CliRunner.WriteTemp("customer,total_assets\nC-1001,-5\n", "financials.csv");

        var (code, _, error) = CliRunner.Run("credit", CliRunner.SampleDocuments, "--financials", financials, "--as-of", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Contains("financials.csv", error, StringComparison.Ordinal);
        Assert.Contains("total_assets", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Credit_ZeroCurrentLiabilities_ReportsTheColumn()
    {
        var financials = CliRunner.WriteTemp("customer,current_assets,current_liabilities\nC-1001,100,0\n", "financials.csv");

        var (code, _, error) = CliRunner.Run("credit", CliRunner.SampleDocuments, "--financials", financials, "--as-of", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Contains("current_liabilities", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Credit_UnknownCustomerInFinancials_IsAnInputError()
    {
        var financials = CliRunner.WriteTemp("customer,total_assets\nC-9999,100\n", "financials.csv");

        var (code, _, error) = CliRunner.Run("credit", CliRunner.SampleDocuments, "--financials", financials, "--as-of", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Contains("C-9999 is not in the documents file", error, StringComparison.Ordinal);
    }
}

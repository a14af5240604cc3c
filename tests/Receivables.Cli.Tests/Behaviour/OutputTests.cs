using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Receivables.Cli.Tests.Behaviour;

public class OutputTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to\n";

    private static string Small() => CliRunner.WriteTemp(Header +
        "INV-2026-00156,invoice,C1,\"=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\",EUR,1234567.50,2026-01-31,2026-03-02,,\n" +
        "INV-2026-00157,invoice,C2,Beta GmbH,EUR,500.00,2026-11-01,2026-12-31,,\n" +
        "PAY-1,payment,C3,Gamma SA,EUR,100.00,2026-11-02,,,-\n");

    [Fact]
    public void Json_Aging_HasStableSchemaWithAsOfFieldAndSeparateTotals()
    {
        var (code, output, error) = CliRunner.Run("aging", Small(), "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("aging", root.GetProperty("report").GetString());
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        Assert.Equal("2026-11-30", root.GetProperty("asOf").GetString());
        var aging = root.GetProperty("tables").GetProperty("aging");
        Assert.Equal("customer", aging.GetProperty("columns")[0].GetProperty("key").GetString());
        Assert.DoesNotContain(aging.GetProperty("rows").EnumerateArray(), r => r.GetProperty("customer").GetString() == "TOTAL");
        Assert.Equal(1_234_567.50m + 500m, aging.GetProperty("totals")[0].GetProperty("total").GetDecimal());
        Assert.DoesNotContain("2026", string.Concat(root.GetProperty("tables").EnumerateObject().Select(p => p.Name)), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Ledger_KeysDoNotChangeWithTheDate()
    {
        var first = CliRunner.Run("ledger", Small(), "--as-of", "2026-11-30", "--format", "json").Output;
        var second = CliRunner.Run("ledger", Small(), "--as-of", "2026-12-01", "--format", "json").Output;

        using var a = JsonDocument.Parse(first);
        using var b = JsonDocument.Parse(second);
        Assert.Equal(["balances", "openItems"], a.RootElement.GetProperty("tables").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            a.RootElement.GetProperty("tables").EnumerateObject().Select(p => p.Name),
            b.RootElement.GetProperty("tables").EnumerateObject().Select(p => p.Name));
        Assert.Equal(-100.00m + 1_234_567.50m + 500m, a.RootElement.GetProperty("tables").GetProperty("balances").GetProperty("totals")[0].GetProperty("balance").GetDecimal());
    }

    [Fact]
    public void Csv_SeveralTables_WritesOnlyTheFirstOrTheChosenOne()
    {
        var (code, output, error) = CliRunner.Run("ledger", Small(), "--as-of", "2026-11-30", "--format", "csv");
        var chosen = CliRunner.Run("ledger", Small(), "--as-of", "2026-11-30", "--format", "csv", "--table", "openItems");

        Assert.Equal(0, code);
        Assert.StartsWith("Customer,Name,Currency,Open items", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", output, StringComparison.Ordinal);
        Assert.Contains("--table", error, StringComparison.Ordinal);
        Assert.StartsWith("Customer,Document,Kind", chosen.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_OutputDirectory_WritesOneFilePerTable()
    {
        var dir = Path.Combine(Path.GetDirectoryName(Small())!, "out") + "/";

        var (code, _, error) = CliRunner.Run("ledger", Small(), "--as-of", "2026-11-30", "--format", "csv", "--output", dir);

        Assert.True(code == 0, error);
        Assert.StartsWith("Customer,Name", File.ReadAllText(Path.Combine(dir, "balances.csv")), StringComparison.Ordinal);
        Assert.StartsWith("Customer,Document", File.ReadAllText(Path.Combine(dir, "openItems.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_FormulaInCustomerName_IsEscapedButNegativeAmountsStayNumbers()
    {
        var (code, output, error) = CliRunner.Run("ledger", Small(), "--as-of", "2026-11-30", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.DoesNotContain(",=HYPERLINK", output, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", output, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", output, StringComparison.Ordinal);
        Assert.Contains(",-100.00,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_FormulaInPayerName_IsEscaped()
    {
        var statement = CliRunner.WriteTemp(
            "id,booking_date,value_date,amount,currency,payer_name,payer_account,remittance,end_to_end,bank_reference\n" +
            "L1,2026-12-01,2026-12-01,500.00,EUR,\"=HYPERLINK(\"\"http://evil\"\")\",,INV-2026-00157,,\n",
            "statement.csv");

        var (code, output, error) = CliRunner.Run("match", Small(), statement, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("'=HYPERLINK", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(^|,)\"?=HYPERLINK", RegexOptions.Multiline), output);
    }

    [Fact]
    public void Table_NarrowTerminal_NeverBreaksIdsOrNumbersAndGroupsThousands()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["ledger", CliRunner.SampleDocuments, "--as-of", "2026-11-30"], output, error, new CliTerminal(true, false, 60));

        Assert.True(code == 0, error.ToString());
        var text = Regex.Replace(output.ToString(), "\u001b\\[[0-9;]*m", string.Empty);
        var ids = File.ReadLines(CliRunner.SampleDocuments).Skip(1).Select(l => l.Split(',')[0]).Where(id => id.StartsWith("INV-2026-", StringComparison.Ordinal)).Take(200).ToList();
        var shown = ids.Where(id => text.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        Assert.DoesNotMatch(new Regex(@"INV-2026-0?\s*$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"\d{1,3},\d{3}\.\d{2}"), text);
        Assert.Contains("\u001b[", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_Redirected_HasNoColourAndTotalsAfterASeparator()
    {
        var (code, output, _) = CliRunner.Run("aging", Small(), "--as-of", "2026-11-30");

        Assert.Equal(0, code);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("Aging as of 2026-11-30, days past due", output, StringComparison.Ordinal);
        Assert.Contains("1,234,567.50", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var total = Array.FindIndex(lines, l => l.TrimStart().StartsWith("TOTAL", StringComparison.Ordinal));
        Assert.True(total > 0);
        Assert.Contains("───", lines[total - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Redirected_WritesNothingToStandardError()
    {
        var (code, _, error) = CliRunner.Run("ledger", CliRunner.SampleDocuments, "--as-of", "2026-11-30", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Progress_ErrorIsTerminal_ShowsWhatIsBeingDone()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["ledger", CliRunner.SampleDocuments, "--format", "json"], output, error, new CliTerminal(false, true, 80));

        Assert.Equal(0, code);
        Assert.Contains("Building the ledger", error.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.ToString());
    }

    [Fact]
    public void Decimal_OptionUnderACommaCulture_IsReadWithADot()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = comma;
        try
        {
            Assert.True(CliParsers.TryParseDecimal("1000.50", out var value));
            Assert.Equal(1000.50m, value);
            Assert.False(CliParsers.TryParseDecimal("1000,50", out _));
            var (code, output, error) = CliRunner.Run("terms", "NET 30", "--date", "2026-01-31", "--amount", "1000.50", "--currency", "eur", "--format", "csv");
            Assert.True(code == 0, error);
            Assert.Contains("1000.50", output, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}

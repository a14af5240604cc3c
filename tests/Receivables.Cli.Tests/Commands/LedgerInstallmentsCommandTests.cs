using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class LedgerInstallmentsCommandTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to,payment_term\n";

    [Fact]
    public void Ledger_PaymentTermWithTwoInstallments_OneOpenItemPerInstallment()
    {
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-01-31,,,,\"30% NET 30, 70% NET 60\"\n" +
            "PAY-1,payment,C1,Acme Ltd,EUR,100.00,2026-02-10,,INV-1,,\n");

        var (code, output, error) = CliRunner.Run("ledger", path, "--as-of", "2026-03-10", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var items = CliRunner.Rows(json, 1);
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal("INV-1/1", items[0].GetProperty("document").GetString());
        Assert.Equal(200.00m, items[0].GetProperty("open").GetDecimal());
        Assert.Equal("INV-1/2", items[1].GetProperty("document").GetString());
        Assert.Equal(700.00m, items[1].GetProperty("open").GetDecimal());
        Assert.Equal(900.00m, CliRunner.Rows(json)[0].GetProperty("balance").GetDecimal());
    }

    [Theory]
    [InlineData("INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,,,,NETT 30")]
    [InlineData("INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,NET 30")]
    [InlineData("PAY-1,payment,C1,Acme,EUR,100.00,2026-01-01,,,,NET 30")]
    public void Ledger_BadPaymentTerm_FailsNamingTheColumn(string row)
    {
        var path = CliRunner.WriteTemp(Header + row + "\n");

        var (code, _, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:2: column 'payment_term'", error, StringComparison.Ordinal);
    }
}

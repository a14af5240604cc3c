using Receivables.Ledger;
using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class LedgerCommandTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,applies_to,disputed\n";

    [Fact]
    public void Help_ListsLedgerFirst()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        var commands = output[output.IndexOf("Commands:", StringComparison.Ordinal)..];
        var first = commands.Split('\n').Skip(1).First(l => l.Trim().Length > 0).Trim();
        Assert.StartsWith("ledger", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_SampleData_PrintsBalancesAndOpenItems()
    {
        var (code, output, error) = CliRunner.Run("ledger", CliRunner.SampleDocuments, "--as-of", "2026-11-30");

        Assert.True(code == 0, error);
        Assert.Contains("Balances as of 2026-11-30", output, StringComparison.Ordinal);
        Assert.Contains("Open items as of 2026-11-30", output, StringComparison.Ordinal);
        Assert.Contains("Nordwind Logistik GmbH", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_PartialPaymentAndCreditNote_BalanceIsWhatRemains()
    {
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-01-31,2026-03-02,,,\n" +
            "INV-2,invoice,C1,Acme Ltd,EUR,500.00,2026-02-15,2026-03-17,,,\n" +
            "CN-1,credit_note,C1,Acme Ltd,EUR,100.00,2026-02-20,,return,INV-1,\n" +
            "PAY-1,payment,C1,Acme Ltd,EUR,600.00,2026-03-05,,INV-1,,\n");

        var (code, output, error) = CliRunner.Run("ledger", path, "--as-of", "2026-03-10", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var balance = CliRunner.Rows(json)[0];
        Assert.Equal(800.00m, balance.GetProperty("balance").GetDecimal());
        Assert.Equal(300.00m, balance.GetProperty("overdue").GetDecimal());
        var items = CliRunner.Rows(json, 1);
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal("INV-1", items[0].GetProperty("document").GetString());
        Assert.Equal(300.00m, items[0].GetProperty("open").GetDecimal());
        Assert.Equal(500.00m, items[1].GetProperty("open").GetDecimal());
    }

    [Fact]
    public void Ledger_DiscountDocument_ReadBackAndApplied()
    {
        // An early-payment discount document, as `match --post` writes them, read back from the documents file.
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-01-31,2026-03-02,,,\n" +
            "PAY-1,payment,C1,Acme Ltd,EUR,980.00,2026-02-09,,INV-1,INV-1:980.00,\n" +
            "PAY-1/DISC/INV-1,discount,C1,Acme Ltd,EUR,20.00,2026-02-09,,INV-1,INV-1,\n");

        var (code, output, error) = CliRunner.Run("ledger", path, "--as-of", "2026-03-10", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0.00m, CliRunner.Rows(json)[0].GetProperty("balance").GetDecimal());
        Assert.Equal(0, CliRunner.Rows(json, 1).GetArrayLength());
    }

    [Theory]
    [InlineData("write_off", "C-9,,", "contract")]
    [InlineData("discount", ",,vip", "tags")]
    [InlineData("discount", "C-9,retail,", "contract")]
    public void Ledger_WriteOffOrDiscountWithAColumnItCannotHold_FailsNamingTheColumn(string kind, string extra, string column)
    {
        // Nothing is dropped silently: a write-off or discount document has no contract or tags, so a value there is
        // refused with the file, line and column.
        var path = CliRunner.WriteTemp("id,kind,customer,currency,amount,document_date,due_date,applies_to,contract,business_type,tags\n" +
            "INV-1,invoice,C1,EUR,100.00,2026-01-01,2026-02-01,,,,\n" +
            $"X-1,{kind},C1,EUR,10.00,2026-01-05,,INV-1,{extra}\n");

        var (code, _, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains($"documents.csv:3: column '{column}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Invoice, "invoice")]
    [InlineData(DocumentKind.CreditNote, "credit_note")]
    [InlineData(DocumentKind.DebitNote, "debit_note")]
    [InlineData(DocumentKind.Payment, "payment")]
    [InlineData(DocumentKind.Adjustment, "adjustment")]
    [InlineData(DocumentKind.WriteOff, "write_off")]
    [InlineData(DocumentKind.Discount, "discount")]
    public void KindName_EveryKind_IsTheDocumentsFileSpelling(DocumentKind kind, string expected)
        => Assert.Equal(expected, Receivables.Cli.Commands.LedgerCommand.KindName(kind));

    [Theory]
    [InlineData("INV-1,invoice,C1,Acme,EUR,100.00,2026-13-01,2026-02-01,,,", 2, "document_date")]
    [InlineData("INV-1,invoice,C1,Acme,XYZ,100.00,2026-01-01,2026-02-01,,,", 2, "currency")]
    [InlineData("INV-1,invoice,C1,Acme,EUR,-100.00,2026-01-01,2026-02-01,,,", 2, "amount")]
    [InlineData("INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2025-12-01,,,", 2, "due_date")]
    [InlineData("INV-1,invoice,C1,Acme,EUR,abc,2026-01-01,2026-02-01,,,", 2, "amount")]
    [InlineData("INV-1,bill,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,", 2, "kind")]
    public void Ledger_BadRow_FailsWithFileLineAndColumn(string row, int line, string column)
    {
        var path = CliRunner.WriteTemp(Header + row + "\n");

        var (code, output, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains($"documents.csv:{line}: column '{column}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Balances", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_BadRowAfterGoodRows_ReadsNothingPartially()
    {
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,\n" +
            "INV-2,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,\n" +
            "INV-3,invoice,C1,Acme,EUR,100.00,2026-01-01,not-a-date,,,\n");

        var (code, output, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:4: column 'due_date'", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Ledger_MissingColumn_FailsOnTheHeaderLine()
    {
        var path = CliRunner.WriteTemp("id,kind,customer,amount,document_date\nINV-1,invoice,C1,100,2026-01-01\n");

        var (code, _, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:1: column 'currency': required column is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_DuplicateDocumentId_FailsWithLine()
    {
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,\n" +
            "INV-1,invoice,C1,Acme,EUR,200.00,2026-01-02,2026-02-01,,,\n");

        var (code, _, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:3: column 'id'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_OverAllocation_FailsWithLineAndAppliesTo()
    {
        var path = CliRunner.WriteTemp(Header +
            "INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01,,,\n" +
            "PAY-1,payment,C1,Acme,EUR,150.00,2026-01-10,,,INV-1:150.00,\n");

        var (code, _, error) = CliRunner.Run("ledger", path);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:3: column 'applies_to'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_MissingFile_FailsWithItsName()
    {
        var (code, _, error) = CliRunner.Run("ledger", "/no/such/documents.csv");

        Assert.Equal(2, code);
        Assert.Contains("documents.csv", error, StringComparison.Ordinal);
    }
}

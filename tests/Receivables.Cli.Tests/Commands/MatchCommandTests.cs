using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

public class MatchCommandTests
{
    private static string SampleCsv => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "bank-statement.csv");

    private static string SampleCamt => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "bank-statement.camt053.xml");

    [Fact]
    public void Match_SampleStatementCsv_PrintsProposalsReasonsAndSummary()
    {
        var (code, output, error) = CliRunner.Run("match", CliRunner.SampleDocuments, SampleCsv);

        Assert.True(code == 0, error);
        Assert.Contains("Match proposals", output, StringComparison.Ordinal);
        Assert.Contains("auto-apply", output, StringComparison.Ordinal);
        Assert.Contains("amount equals the open amount", output, StringComparison.Ordinal);
        Assert.Contains("not matched to receivables", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CamtAndCsvOfTheSameStatement_SameDecisions()
    {
        var (code1, csv, error1) = CliRunner.Run("match", CliRunner.SampleDocuments, SampleCsv, "--format", "json");
        var (code2, camt, error2) = CliRunner.Run("match", CliRunner.SampleDocuments, SampleCamt, "--format", "json");

        Assert.True(code1 == 0, error1);
        Assert.True(code2 == 0, error2);
        Assert.Equal(Decisions(csv), Decisions(camt));
    }

    [Fact]
    public void Match_MalformedCamt_ExitCode2WithElementPath()
    {
        var xml = File.ReadAllText(SampleCamt).Replace("</CdtDbtInd>", "</CdtDbInd>", StringComparison.Ordinal);
        var path = CliRunner.WriteTemp(xml, "statement.xml");

        var (code, _, error) = CliRunner.Run("match", CliRunner.SampleDocuments, path);

        Assert.Equal(2, code);
        Assert.Contains("/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[1]/CdtDbtInd[1]", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wechat-bill.csv", "INV-2026-00106")]
    [InlineData("alipay-bill.csv", "INV-2026-00314")]
    [InlineData("adyen-settlement.csv", "INV-2026-00556")]
    public void Match_WalletBill_RecognisedAndMatchedByOrderNumber(string sample, string invoice)
    {
        var (code, output, error) = CliRunner.Run("match", CliRunner.SampleDocuments, Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", sample));

        Assert.True(code == 0, error);
        Assert.Contains(invoice, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_WalletBillWithBadAmount_ExitCode2NamingLineAndColumn()
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "wechat-bill.csv")).Replace("`8672.09,`0.00,`0", "`86x2.09,`0.00,`0", StringComparison.Ordinal);
        var path = CliRunner.WriteTemp(text, "wechat-bill.csv");

        var (code, _, error) = CliRunner.Run("match", CliRunner.SampleDocuments, path);

        Assert.Equal(2, code);
        Assert.Contains("wechat-bill.csv line 2, column 13 (应结订单金额)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_StatementCsvWithoutAmountColumn_ExitCode2NamingTheColumn()
    {
        var path = CliRunner.WriteTemp("id,booking_date,currency\nL1,2026-12-01,EUR\n", "statement.csv");

        var (code, _, error) = CliRunner.Run("match", CliRunner.SampleDocuments, path);

        Assert.Equal(2, code);
        Assert.Contains("amount", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CustomersFileWithAccount_AutoAppliesAmountOnlyPayment()
    {
        var documents = CliRunner.WriteTemp("id,kind,customer,customer_name,currency,amount,document_date,due_date\nINV-1,invoice,C1,Acme Ltd,EUR,1000.00,2026-10-01,2026-10-31\nINV-2,invoice,C1,Acme Ltd,EUR,250.00,2026-10-05,2026-11-04\n");
        var customers = CliRunner.WriteTemp("customer,name,account,parent\nC1,,DE89 3704 0044 0532 0130 00,\n", "customers.csv");
        var statement = CliRunner.WriteTemp("id,booking_date,amount,currency,payer_account\nL1,2026-11-02,250.00,EUR,DE89370400440532013000\n", "statement.csv");

        var (code, output, error) = CliRunner.Run("match", documents, statement, "--customers", customers, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var row = CliRunner.Rows(json)[0];
        Assert.Equal("auto-apply", row.GetProperty("decision").GetString());
        Assert.Equal("INV-2", row.GetProperty("document").GetString());
    }

    [Fact]
    public void SampleStatement_BundledFiles_EqualTheGenerator()
    {
        var (code1, csv, _) = CliRunner.Run("sample-statement", CliRunner.SampleDocuments);
        var (code2, camt, _) = CliRunner.Run("sample-statement", CliRunner.SampleDocuments, "--camt053");

        Assert.Equal(0, code1);
        Assert.Equal(0, code2);
        Assert.Equal(File.ReadAllText(SampleCsv), csv);
        Assert.Equal(File.ReadAllText(SampleCamt), camt);
    }

    [Fact]
    public void ReconcileStatement_CustomerConfirmation_ListsDifferences()
    {
        var documents = CliRunner.WriteTemp("id,kind,customer,customer_name,currency,amount,document_date,due_date\nINV-1,invoice,C1,宁波港通贸易有限公司,CNY,10000.00,2026-10-01,2026-10-31\nINV-2,invoice,C1,宁波港通贸易有限公司,CNY,5000.00,2026-10-05,2026-11-04\nINV-3,invoice,C1,宁波港通贸易有限公司,CNY,800.00,2026-10-09,2026-11-08\n");
        var confirmed = CliRunner.WriteTemp("reference,amount,currency,kind,date\ninv-1,10000.00,CNY,invoice,\nINV-2,4500.00,CNY,invoice,\nINV-9,300.00,CNY,invoice,\nINV-3,800.00,CNY,payment,2026-11-28\n", "confirmed.csv");

        var (code, output, error) = CliRunner.Run("reconcile-statement", documents, confirmed, "--customer", "C1", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var lines = CliRunner.Rows(json);
        Assert.Equal(
            ["matched", "amount difference", "missing on their side", "missing on our side", "payment in transit"],
            lines.EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        var totals = CliRunner.Rows(json, 1)[0];
        Assert.Equal(1800.00m, totals.GetProperty("difference").GetDecimal());
    }

    private static List<string> Decisions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. CliRunner.Rows(document).EnumerateArray().Select(r => $"{r.GetProperty("amount").GetDecimal()}|{r.GetProperty("decision").GetString()}|{r.GetProperty("document").GetString()}")];
    }
}

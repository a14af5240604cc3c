using System.Globalization;
using System.Text.Json;

namespace Receivables.Cli.Tests.Commands;

/// <summary>The commands that close the ledger's loops: <c>late-charges</c>, <c>statement</c> and <c>match --post</c>.</summary>
public class LedgerLoopsCommandTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", name);

    private const string Documents = "id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,contract,business_type,segment,tags,applies_to,disputed,promised_date\n"
        + "INV-1,invoice,C1,Acme,EUR,36500.00,2026-01-01,2026-01-31,,,,,,,,\n"
        + "INV-2,invoice,C1,Acme,EUR,1000.00,2026-02-01,2026-03-03,,,,,,,,\n"
        + "PAY-1,payment,C1,Acme,EUR,18250.00,2026-02-10,,,,,,,INV-1:18250.00,,\n";

    [Fact]
    public void LateCharges_Period_ChargesAndWritesDocumentsRowsThatChargeNothingTwice()
    {
        var documents = CliRunner.WriteTemp(Documents);
        var charges = Path.Combine(Path.GetDirectoryName(documents)!, "charges-" + Guid.NewGuid().ToString("N") + ".csv");

        var (code, output, error) = CliRunner.Run("late-charges", documents, "--from", "2026-02-01", "--to", "2026-02-28", "--policy", "annual:8", "--post", charges, "--format", "json");

        Assert.True(code == 0, error);
        using (var json = JsonDocument.Parse(output))
        {
            var row = Assert.Single(CliRunner.Rows(json).EnumerateArray());
            // 1-10 February on 36,500.00 at 8.00 a day, 11-28 February on 18,250.00 at 4.00 a day.
            Assert.Equal(152.00m, row.GetProperty("amount").GetDecimal());
            Assert.Equal("INV-1/LC/20260201-20260228", row.GetProperty("charge").GetString());
        }

        var lines = File.ReadAllLines(charges);
        Assert.Equal(2, lines.Length);
        var again = CliRunner.WriteTemp(Documents + lines[1] + "\n");
        var (code2, output2, error2) = CliRunner.Run("late-charges", again, "--from", "2026-02-01", "--to", "2026-02-28", "--policy", "annual:8", "--format", "json");
        Assert.True(code2 == 0, error2);
        using var second = JsonDocument.Parse(output2);
        Assert.Null(Assert.Single(CliRunner.Rows(second).EnumerateArray()).GetProperty("charge").GetString());
        Assert.Empty(CliRunner.Rows(second, 1).EnumerateArray());
    }

    [Theory]
    [InlineData("--policy", "weekly:3")]
    [InlineData("--as-of", "2026-02-01")]
    [InlineData("--from", "2026-03-01")]
    public void LateCharges_BadOption_ExitCode2(string option, string value)
    {
        var args = new List<string> { "late-charges", CliRunner.WriteTemp(Documents), "--from", "2026-02-01", "--to", "2026-02-28" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, _, error) = CliRunner.Run([.. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_SampleCustomer_ConfirmationReconcilesWithNoDifference()
    {
        var confirmation = Path.Combine(Path.GetDirectoryName(CliRunner.WriteTemp("x"))!, "confirmation-" + Guid.NewGuid().ToString("N") + ".csv");

        var (code, output, error) = CliRunner.Run("statement", Sample("documents.csv"), "--customer", "C-1012", "--from", "2026-10-01", "--to", "2026-11-30", "--confirmation", confirmation, "--format", "json");
        var (code2, output2, error2) = CliRunner.Run("reconcile-statement", Sample("documents.csv"), confirmation, "--customer", "C-1012", "--as-of", "2026-11-30", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var summary = CliRunner.Rows(json)[0];
        var opening = summary.GetProperty("openingBalance").GetDecimal();
        var closing = summary.GetProperty("closingBalance").GetDecimal();
        var moved = CliRunner.Rows(json, 1).EnumerateArray().Where(m => m.GetProperty("movement").GetString() == "document").Sum(m => m.GetProperty("amount").GetDecimal());
        Assert.Equal(closing, opening + moved);
        Assert.True(code2 == 0, error2);
        using var reconciled = JsonDocument.Parse(output2);
        var totals = CliRunner.Rows(reconciled, 1)[0];
        Assert.Equal(0m, totals.GetProperty("difference").GetDecimal());
        Assert.Equal("yes", totals.GetProperty("agreed").GetString());
    }

    [Fact]
    public void Statement_UnknownCustomer_ExitCode2()
    {
        var (code, _, error) = CliRunner.Run("statement", Sample("documents.csv"), "--customer", "C-NOPE", "--from", "2026-10-01", "--to", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Contains("C-NOPE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_Post_WritesBalancedPostingsOfAutoAppliedLinesOnly()
    {
        var postings = Path.Combine(Path.GetDirectoryName(CliRunner.WriteTemp("x"))!, "postings-" + Guid.NewGuid().ToString("N") + ".csv");

        var (code, output, error) = CliRunner.Run("match", Sample("documents.csv"), Sample("bank-statement.csv"), "--customers", Sample("customers.csv"), "--post", postings, "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var auto = CliRunner.Rows(json).EnumerateArray().Where(r => r.GetProperty("decision").GetString() == "auto-apply").Select(r => r.GetProperty("line").GetString()).ToHashSet(StringComparer.Ordinal);
        var rows = File.ReadAllLines(postings).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(auto.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Distinct().Order(StringComparer.Ordinal));
        foreach (var payment in rows.GroupBy(r => r[1]))
        {
            decimal Sum(string posting) => payment.Where(r => r[5] == posting).Sum(r => decimal.Parse(r[8], CultureInfo.InvariantCulture));
            Assert.Equal(Sum("payment"), Sum("apply") + Sum("unapplied"));
        }
    }
}

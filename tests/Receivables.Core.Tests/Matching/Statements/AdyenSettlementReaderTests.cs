using System.Globalization;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Matching.Statements;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching.Statements;

/// <summary>Issue 19: a card acquirer's settlement file. The sample docs/samples/adyen-settlement.csv is written after
/// Adyen's published Settlement details report layout (https://docs.adyen.com/reporting/settlement-detail-report, columns
/// per https://docs.adyen.com/developers/reporting/settlement-detail-report/settlement-detail-report-structure).</summary>
public class AdyenSettlementReaderTests
{
    private const string Name = "adyen-settlement.csv";

    private static string Sample() => File.ReadAllText(Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", Name));

    [Fact]
    public void Parse_Sample_GrossAmountsFeesAndReferencesOfPaymentRowsOnly()
    {
        var statement = AdyenSettlementReader.Parse(Sample(), Name);

        Assert.Equal(AdyenSettlementReader.Format, statement.Format);
        Assert.Equal("XiHuGroupCN", statement.Account);
        Assert.Equal(["8826001234567891", "8826001234567903", "8826001234567915", "8836001234567926", "8846001234567937"], statement.Lines.Select(l => l.Id));
        var first = statement.Lines[0];
        Assert.Equal(Money.Of(27655.53m, "CNY"), first.Amount);
        Assert.Equal(Money.Of(146.58m, "CNY"), first.Fee);
        Assert.Equal("INV-2026-00556", first.EndToEndReference);
        Assert.Equal("8816001234567890", first.BankReference);
        Assert.Equal(["INV-2026-00556", "8816001234567890"], first.References.AsEnumerable());
        Assert.Equal(new DateOnly(2026, 12, 1), first.BookingDate);
        Assert.Equal(Money.Of(36.24m, "CNY"), statement.Lines[1].Fee);
        var refund = statement.Lines[3];
        Assert.Equal(Money.Of(-500.00m, "CNY"), refund.Amount);
        Assert.Equal(Money.Of(0.12m, "CNY"), refund.Fee);
        var chargeback = statement.Lines[4];
        Assert.Equal(Money.Of(-26854.38m, "CNY"), chargeback.Amount);
        Assert.Equal(Money.Of(15.00m, "CNY"), chargeback.Fee);

        // The lines' net amounts, less the Fee row, are the merchant payout of the batch (38,871.91).
        Assert.Equal(38871.91m, statement.Lines.Sum(l => l.Amount.Amount - l.Fee!.Value.Amount) - 25.00m);
    }

    [Fact]
    public void Parse_ReorderedColumns_SameLines()
    {
        var rows = Sample().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var order = Enumerable.Range(0, rows[0].Length).Reverse().ToArray();
        var reordered = string.Join("\r\n", rows.Select(r => string.Join(",", order.Select(i => r[i]))));

        var expected = AdyenSettlementReader.Parse(Sample(), Name).Lines;
        var actual = AdyenSettlementReader.Parse(reordered, Name).Lines;

        Assert.Equal(expected.Select(l => (l.Id, l.Amount, l.Fee, l.EndToEndReference)), actual.Select(l => (l.Id, l.Amount, l.Fee, l.EndToEndReference)));
    }

    [Fact]
    public void Parse_NetCurrencyDiffersFromGross_FeeLeftUnset()
    {
        var text = Sample().Replace("8826001234567891,CNY,,27655.53,1,CNY", "8826001234567891,USD,,3890.00,7.1094,CNY", StringComparison.Ordinal);

        var line = AdyenSettlementReader.Parse(text, Name).Lines[0];

        Assert.Equal(Money.Of(3890.00m, "USD"), line.Amount);
        Assert.Null(line.Fee);
    }

    [Fact]
    public void Parse_GeneratedReports_GrossLessFeesIsTheNetAndNoRowIsLost()
    {
        Properties.Check(Arb.From(Arbitraries.AdyenReportGen), generated =>
        {
            var statement = AdyenSettlementReader.Parse(generated.Csv);

            // The oracle is the generator's own list of payment rows, not the reader's output.
            Assert.Equal(generated.Expected.Count, statement.Lines.Length);
            Assert.Equal(generated.Expected.Select(e => e.Gross), statement.Lines.Select(l => l.Amount.Amount));
            Assert.Equal(generated.Expected.Select(e => e.Fee), statement.Lines.Select(l => l.Fee!.Value.Amount));
            Assert.Equal(generated.Expected.Select(e => e.Net), statement.Lines.Select(l => l.Amount.Amount - l.Fee!.Value.Amount));
            Assert.All(statement.Lines, l => Assert.Equal(generated.Currency, l.Amount.Currency.Code));
        });
    }

    [Theory]
    [InlineData("27655.53,1,CNY,,27508.95", "27655.5x,1,CNY,,27508.95", 2, 12, "Gross Credit (GC)")]
    [InlineData("27655.53,1,CNY,,27508.95", "27655.531,1,CNY,,27508.95", 2, 12, "Gross Credit (GC)")]
    [InlineData("27655.53,1,CNY,,27508.95", "27655.53,1,CNY,,27508.96", 2, 16, "Net Credit (NC)")]
    [InlineData("8826001234567891,CNY", "8826001234567891,XXX", 2, 10, "Gross Currency")]
    [InlineData("2026-12-01 10:12:45", "2026-12-01T10:12:45", 2, 6, "Creation Date")]
    [InlineData("CET,Settled,8826001234567903", "CET,Captured,8826001234567903", 3, 8, "Type")]
    [InlineData(",36.24,", ",36.2x,", 3, 17, "Commission (NC)")]
    [InlineData("CET,Refunded,8836001234567926,CNY,500.00,", "CET,Refunded,8836001234567926,CNY,,500.00", 5, 12, "Gross Credit (GC)")]
    public void Parse_BadField_NamesFileLineAndColumn(string find, string replace, int line, int column, string columnName)
    {
        var text = ReplaceFirst(Sample(), find, replace);

        var error = Assert.Throws<StatementFormatException>(() => AdyenSettlementReader.Parse(text, Name));

        Assert.Equal((Name, line, column, columnName), (error.FileName, error.Line, error.Column, error.ColumnName));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{Name} line {line}, column {column} ({columnName})"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingColumn_RefusedOnTheHeader()
    {
        var text = Sample().Replace("Commission (NC)", "Provision", StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => AdyenSettlementReader.Parse(text, Name));

        Assert.Equal(1, error.Line);
        Assert.Contains("Commission (NC)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithTooFewFields_Refused()
    {
        var text = Sample().Replace(",visacredit,,42", ",visacredit,42", StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => AdyenSettlementReader.Parse(text, Name));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void IsReport_HeaderInAnyOrder_RecognisedAndOtherFilesNot()
    {
        Assert.True(AdyenSettlementReader.IsReport(Sample().Split("\r\n")[0]));
        Assert.True(AdyenSettlementReader.IsReport("Net Currency,Type,\"Gross Currency\",Psp Reference"));
        Assert.False(AdyenSettlementReader.IsReport("id,booking_date,amount"));
        Assert.False(AdyenSettlementReader.IsReport("交易时间,公众账号ID,商户号"));
        Assert.False(WeChatPayBillReader.IsBill(Sample().Split("\r\n")[0]));
        Assert.False(AlipayBillReader.IsBill(Sample().Split("\r\n")[0]));
    }

    [Fact]
    public void Parse_Sample_PaysInvoicesOfTheSampleLedger()
    {
        var ledger = File.ReadAllLines(Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", "documents.csv"))
            .Skip(1).Where(l => !l.Contains('"', StringComparison.Ordinal)).Select(l => l.Split(',')).Where(f => f[1] == "invoice").ToDictionary(f => f[0], f => decimal.Parse(f[5], CultureInfo.InvariantCulture));

        var payments = AdyenSettlementReader.Parse(Sample()).Lines.Where(l => l.Amount.Amount > 0).ToList();

        Assert.Equal(3, payments.Count);
        Assert.All(payments, p => Assert.Equal(ledger[p.EndToEndReference!], p.Amount.Amount));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the sample");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}

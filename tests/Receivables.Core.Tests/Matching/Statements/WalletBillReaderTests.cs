using System.Globalization;
using System.Text;
using Receivables.Matching;
using Receivables.Matching.Statements;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching.Statements;

/// <summary>Issue 19: WeChat Pay and Alipay merchant bills. The samples follow the published layouts: WeChat Pay
/// 交易账单文件格式说明 (pay.weixin.qq.com/docs/merchant/products/bill-download/format-trade.html, ALL bill) and the
/// Alipay business detail bill (业务明细, docs.open.alipay.com/204/106262, bill type trade).</summary>
public class WalletBillReaderTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", name));

    [Fact]
    public void WeChatPay_Sample_GrossAmountsFeesReferencesAndRefund()
    {
        var statement = WeChatPayBillReader.Parse(Sample("wechat-bill.csv"), "wechat-bill.csv");

        Assert.Equal(WeChatPayBillReader.Format, statement.Format);
        Assert.Equal("1900000109", statement.Account);
        Assert.Equal(["4200002026120200000000001", "4200002026120200000000002", "50300002026120200000000001"], statement.Lines.Select(l => l.Id));
        var first = statement.Lines[0];
        Assert.Equal(Money.Of(8672.09m, "CNY"), first.Amount);
        Assert.Equal(Money.Of(52.03m, "CNY"), first.Fee);
        Assert.Equal("INV-2026-00106", first.EndToEndReference);
        Assert.Equal(["INV-2026-00106"], first.References.AsEnumerable());
        Assert.Equal("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", first.PayerAccount);
        Assert.Equal(new DateOnly(2026, 12, 2), first.ValueDate);
        Assert.Equal("货款 杭州西湖软件有限公司 C-1004", first.RemittanceText);
        Assert.Equal(Money.Of(52.63m, "CNY"), statement.Lines[1].Fee);
        var refund = statement.Lines[2];
        Assert.Equal(Money.Of(-100.00m, "CNY"), refund.Amount);
        Assert.Equal(Money.Of(-0.60m, "CNY"), refund.Fee);
        Assert.Equal(["INV-2026-00106", "RF-2026-0001"], refund.References.AsEnumerable());
    }

    [Fact]
    public void WeChatPay_TimeZone_ConvertsFromChinaStandardTime()
    {
        var options = new StatementReaderOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") };
        var text = Sample("wechat-bill.csv").Replace("`2026-12-02 09:15:31", "`2026-12-02 06:15:31", StringComparison.Ordinal);

        var statement = WeChatPayBillReader.Parse(text, "wechat-bill.csv", options);

        Assert.Equal(new DateOnly(2026, 12, 1), statement.Lines[0].BookingDate);
        Assert.Equal(new DateOnly(2026, 12, 2), statement.Lines[1].BookingDate);
    }

    [Theory]
    [InlineData("`8672.09,`0.00,`0,`0", "`8672.0x,`0.00,`0,`0", 2, 13, "应结订单金额")]
    [InlineData("`8672.09,`0.00,`0,`0", "`8672.091,`0.00,`0,`0", 2, 13, "应结订单金额")]
    [InlineData("`CNY,`8672.09", "`XXX,`8672.09", 2, 12, "货币种类")]
    [InlineData("`2026-12-02 09:15:31", "`2026-12-02T09:15:31", 2, 1, "交易时间")]
    [InlineData("`NATIVE,`SUCCESS", "`NATIVE,`CLOSED", 2, 10, "交易状态")]
    [InlineData("`52.03254", "`52.0x", 2, 23, "手续费")]
    [InlineData("`3,`17443.44", "`4,`17443.44", 6, 1, "总交易单数")]
    public void WeChatPay_BadField_NamesFileLineAndColumn(string find, string replace, int line, int column, string columnName)
    {
        var text = ReplaceFirst(Sample("wechat-bill.csv"), find, replace);

        var error = Assert.Throws<StatementFormatException>(() => WeChatPayBillReader.Parse(text, "wechat-bill.csv"));

        Assert.Equal(("wechat-bill.csv", line, column, columnName), (error.FileName, error.Line, error.Column, error.ColumnName));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"wechat-bill.csv line {line}, column {column} ({columnName})"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeChatPay_CutOffWithoutSummary_Refused()
    {
        var text = string.Join("\r\n", Sample("wechat-bill.csv").Split("\r\n").Take(3));

        var error = Assert.Throws<StatementFormatException>(() => WeChatPayBillReader.Parse(text, "wechat-bill.csv"));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void WeChatPay_MissingColumn_RefusedOnTheHeader()
    {
        var text = Sample("wechat-bill.csv").Replace(",手续费,", ",Fee,", StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => WeChatPayBillReader.Parse(text, "wechat-bill.csv"));

        Assert.Equal(1, error.Line);
        Assert.Contains("手续费", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeChatPay_RowWithTooFewFields_Refused()
    {
        var text = ReplaceFirst(Sample("wechat-bill.csv"), ",`0.60%,`8672.09,`0.00,`", ",`0.60%,`8672.09,`0.00");

        var error = Assert.Throws<StatementFormatException>(() => WeChatPayBillReader.Parse(text, "wechat-bill.csv"));

        Assert.Equal(2, error.Line);
        Assert.Equal(27, error.Column);
    }

    [Fact]
    public void WeChatPay_CommaInGoodsName_KeptInsideTheField()
    {
        var text = ReplaceFirst(Sample("wechat-bill.csv"), "`货款 杭州西湖软件有限公司", "`货款, 杭州西湖软件有限公司");

        var line = WeChatPayBillReader.Parse(text).Lines[0];

        Assert.StartsWith("货款, 杭州西湖软件有限公司", line.RemittanceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Alipay_Sample_GrossAmountsFeesPayerAndFooterTotals()
    {
        var statement = AlipayBillReader.Parse(Sample("alipay-bill.csv"), "alipay-bill.csv");

        Assert.Equal(AlipayBillReader.Format, statement.Format);
        Assert.Equal("20881234567890120156", statement.Account);
        Assert.Equal(["2026120222001458860500000001", "2026120222001458860500000002", "2026120222001458860500000002/2026120200001"], statement.Lines.Select(l => l.Id));
        var first = statement.Lines[0];
        Assert.Equal(Money.Of(15422.26m, "CNY"), first.Amount);
        Assert.Equal(Money.Of(92.53m, "CNY"), first.Fee);
        Assert.Equal("*鹭岛", first.PayerName);
        Assert.Equal("xmld***@example.com", first.PayerAccount);
        Assert.Equal("INV-2026-00314", first.EndToEndReference);
        Assert.Equal("20881234567890120156", first.Account);
        Assert.Equal(new DateOnly(2026, 12, 2), first.ValueDate);
        var refund = statement.Lines[2];
        Assert.Equal(Money.Of(-72.98m, "CNY"), refund.Amount);
        Assert.Equal(Money.Of(-0.44m, "CNY"), refund.Fee);
        Assert.Equal(["INV-2026-00773", "2026120200001"], refund.References.AsEnumerable());
    }

    [Fact]
    public void Alipay_Gb18030Stream_Decoded()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Sample("alipay-bill.csv"));
        using var stream = new MemoryStream(bytes);

        var statement = AlipayBillReader.Read(stream, "alipay-bill.csv");

        Assert.Equal(3, statement.Lines.Length);
        Assert.Equal("*鹭岛", statement.Lines[0].PayerName);
    }

    [Theory]
    [InlineData("#交易合计：2笔", "#交易合计：3笔", 10)]
    [InlineData("商家实收共25195.24元", "商家实收共25195.25元", 10)]
    [InlineData("#退款合计：1笔", "#退款合计：0笔", 11)]
    public void Alipay_FooterNotMatchingTheRows_RefusedOnTheFooterLine(string find, string replace, int line)
    {
        var text = Sample("alipay-bill.csv").Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => AlipayBillReader.Parse(text, "alipay-bill.csv"));

        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData(",15422.26,15422.26,", ",15422.26,15422.2x,", 13, "商家实收（元）")]
    [InlineData(",-92.53,", ",-92.5x,", 23, "服务费（元）")]
    [InlineData("交易\t,货款,2026-12-02 10:02:11", "转账\t,货款,2026-12-02 10:02:11", 3, "业务类型")]
    [InlineData("2026-12-02 10:02:19", "2026/12/02 10:02:19", 6, "完成时间")]
    public void Alipay_BadField_NamesFileLineAndColumn(string find, string replace, int column, string columnName)
    {
        var text = ReplaceFirst(Sample("alipay-bill.csv"), find, replace);

        var error = Assert.Throws<StatementFormatException>(() => AlipayBillReader.Parse(text, "alipay-bill.csv"));

        Assert.Equal(("alipay-bill.csv", 6, column, columnName), (error.FileName, error.Line, error.Column, error.ColumnName));
    }

    [Fact]
    public void Bills_DuplicateId_RefusedUnlessLenient()
    {
        var text = ReplaceFirst(Sample("wechat-bill.csv"), "4200002026120200000000002", "4200002026120200000000001");

        var error = Assert.Throws<StatementFormatException>(() => WeChatPayBillReader.Parse(text, "wechat-bill.csv"));
        var lenient = WeChatPayBillReader.Parse(text, "wechat-bill.csv", new StatementReaderOptions { Strictness = StatementStrictness.Lenient });

        Assert.Equal(3, error.Line);
        Assert.Equal("4200002026120200000000001#2", lenient.Lines[1].Id);
        Assert.True(lenient.Lines[1].Notes.Single().Is(StatementReasonCodes.IdRenamed));
    }

    [Fact]
    public void Bills_Samples_PayInvoicesOfTheSampleLedger()
    {
        var ledger = File.ReadAllLines(Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", "documents.csv"))
            .Skip(1).Where(l => !l.Contains('"', StringComparison.Ordinal)).Select(l => l.Split(',')).Where(f => f[1] == "invoice").ToDictionary(f => f[0], f => decimal.Parse(f[5], CultureInfo.InvariantCulture));
        var payments = WeChatPayBillReader.Parse(Sample("wechat-bill.csv")).Lines.Concat(AlipayBillReader.Parse(Sample("alipay-bill.csv")).Lines)
            .Where(l => l.Amount.Amount > 0).ToList();

        Assert.Equal(4, payments.Count);
        Assert.All(payments, p => Assert.Equal(ledger[p.EndToEndReference!], p.Amount.Amount));
    }

    [Fact]
    public void Bills_Detection_RecognisesTheirFirstLines()
    {
        Assert.True(WeChatPayBillReader.IsBill(Sample("wechat-bill.csv").Split("\r\n")[0]));
        Assert.True(AlipayBillReader.IsBill(Sample("alipay-bill.csv").Split("\r\n")[0]));
        Assert.False(WeChatPayBillReader.IsBill("id,booking_date,amount"));
        Assert.False(AlipayBillReader.IsBill("交易时间,公众账号ID"));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the sample");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}

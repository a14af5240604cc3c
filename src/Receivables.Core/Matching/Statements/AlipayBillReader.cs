using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Receivables.Internal;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads an Alipay (支付宝) merchant business detail bill (业务明细, the <c>…_业务明细.csv</c> of the daily or monthly
/// bill download, bill type <c>trade</c>) into statement lines: one per payment or refund, the gross amount with the
/// service fee kept apart.
/// </summary>
/// <remarks>
/// <para>Layout (Alipay open platform, 对账说明 / bill download, docs.open.alipay.com/204/106262): comment lines starting
/// with <c>#</c> before and after the table (<c>#支付宝业务明细查询</c>, <c>#账号：[…]</c>, <c>#起始日期：[…]</c>, the
/// footer <c>#交易合计：n笔，商家实收共x元…</c>, <c>#退款合计：…</c>, <c>#导出时间：[…]</c>), then a header row
/// 支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,
/// 支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,
/// 退款批次号/请求号,服务费（元）,分润（元）,备注 and one row per business event; fields may end in a tab. Columns are found by
/// name; required: 支付宝交易号, 商户订单号, 业务类型, 完成时间, 商家实收（元）, 服务费（元）. Amounts are CNY (元).</para>
/// <para>Per row: 业务类型 <c>交易</c> gives a payment, <c>退款</c> a refund (negative, as in the file); the amount is
/// 商家实收（元） (what the merchant is owed before the fee), <see cref="StatementLine.Fee"/> is minus 服务费（元） (the
/// file shows a charged fee as negative). Date: 完成时间 (else 创建时间), China Standard Time, converted to
/// <see cref="StatementReaderOptions.TimeZone"/> when set. Payer: 对方账户 (<c>name(account)</c> is split); end-to-end
/// reference and references: 商户订单号 (and the refund batch number); bank reference and id: 支付宝交易号 (refunds add
/// <c>/</c> and the refund batch number); text: 商品名称 and 备注; account: the <c>#账号</c> comment.</para>
/// <para>When the footer states them, the number and total of payments and refunds must equal the rows. Every error is
/// a <see cref="StatementFormatException"/> with the file name, line and column; nothing is returned partially.
/// Stateless and thread-safe.</para>
/// </remarks>
public static partial class AlipayBillReader
{
    /// <summary>The format name of the statements this reader returns: <c>alipay.trade</c>.</summary>
    public const string Format = "alipay.trade";

    private const string TradeNumber = "支付宝交易号";
    private const string OrderNumber = "商户订单号";
    private const string Kind = "业务类型";
    private const string Goods = "商品名称";
    private const string Created = "创建时间";
    private const string Completed = "完成时间";
    private const string Counterparty = "对方账户";
    private const string Received = "商家实收（元）";
    private const string RefundBatch = "退款批次号/请求号";
    private const string ServiceFee = "服务费（元）";
    private const string Memo = "备注";

    /// <summary>Returns whether a line starts an Alipay business detail bill (<c>#支付宝业务明细查询</c>, or the header row
    /// starting with 支付宝交易号).</summary>
    /// <param name="firstLine">The first line of the file.</param>
    /// <returns>True for an Alipay business detail bill.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstLine"/> is null.</exception>
    public static bool IsBill(string firstLine)
    {
        Guard.NotNull(firstLine);
        var line = firstLine.TrimStart('\uFEFF');
        return line.StartsWith("#支付宝业务明细", StringComparison.Ordinal) || line.StartsWith(TradeNumber + ",", StringComparison.Ordinal);
    }

    /// <summary>Reads a bill from a stream (GB18030 as Alipay writes it, or UTF-8 when the bytes are UTF-8; a byte-order
    /// mark wins).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="fileName">The file name for error messages, or null.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement (format <see cref="Format"/>, account from <c>#账号</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="StatementFormatException">The file is not a valid bill; the message names line and column.</exception>
    public static BankStatement Read(Stream stream, string? fileName = null, StatementReaderOptions? options = null)
    {
        Guard.NotNull(stream);
        var checkedOptions = StatementReaderOptions.Checked(options);
        return Read(CsvBill.Decode(stream), new CsvBill(fileName, checkedOptions));
    }

    /// <summary>Reads a bill from text.</summary>
    /// <param name="text">The bill's text.</param>
    /// <param name="fileName">The file name for error messages, or null.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement (format <see cref="Format"/>, account from <c>#账号</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="StatementFormatException">The file is not a valid bill; the message names line and column.</exception>
    public static BankStatement Parse(string text, string? fileName = null, StatementReaderOptions? options = null)
    {
        Guard.NotNull(text);
        var checkedOptions = StatementReaderOptions.Checked(options);
        return Read(text, new CsvBill(fileName, checkedOptions));
    }

    private static BankStatement Read(string text, CsvBill bill)
    {
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        string? account = null;
        var headerSeen = false;
        var lastLine = 0;
        var trades = (Count: 0, Total: 0m);
        var refunds = (Count: 0, Total: 0m);
        foreach (var (number, raw) in CsvBill.Lines(text))
        {
            lastLine = number;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                if (AccountPattern().Match(trimmed) is { Success: true } accountMatch)
                {
                    account = accountMatch.Groups[1].Value.Trim();
                }

                CheckTotal(bill, number, TradeTotalPattern().Match(trimmed), trades, "payments (交易)");
                CheckTotal(bill, number, RefundTotalPattern().Match(trimmed), refunds, "refunds (退款)");
                continue;
            }

            var fields = bill.Split(raw, number);
            if (!headerSeen)
            {
                if (!raw.TrimStart('\uFEFF').StartsWith(TradeNumber + ",", StringComparison.Ordinal))
                {
                    throw bill.Error(number, 0, $"not an Alipay business detail bill: expected the header starting with {TradeNumber}");
                }

                bill.Header(fields, number, "Alipay business detail bill", TradeNumber, OrderNumber, Kind, Completed, Received, ServiceFee);
                headerSeen = true;
                continue;
            }

            bill.Row(fields, number);
            var line = Row(bill, fields, number, account);
            if (line.Amount.Amount < 0 || bill.Text(fields, Kind) == "退款")
            {
                refunds = (refunds.Count + 1, refunds.Total + line.Amount.Amount);
            }
            else
            {
                trades = (trades.Count + 1, trades.Total + line.Amount.Amount);
            }

            lines.Add(bill.Unique(line, number, TradeNumber));
        }

        if (!headerSeen)
        {
            throw bill.Error(Math.Max(lastLine, 1), 0, $"no Alipay business detail header ({TradeNumber},…) found");
        }

        return new BankStatement(Format, account, lines.ToImmutable());
    }

    private static void CheckTotal(CsvBill bill, int number, Match match, (int Count, decimal Total) actual, string what)
    {
        if (!match.Success)
        {
            return;
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var total = decimal.Parse(match.Groups[2].Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (count != actual.Count || Math.Abs(total) != Math.Abs(actual.Total))
        {
            throw bill.Error(number, 0, string.Create(CultureInfo.InvariantCulture, $"the footer states {count} {what} totalling {total}, the rows give {actual.Count} totalling {actual.Total}"));
        }
    }

    private static StatementLine Row(CsvBill bill, List<string> fields, int number, string? account)
    {
        var currency = Currency.CNY;
        var kind = bill.Required(fields, number, Kind);
        if (kind is not ("交易" or "退款"))
        {
            throw bill.Error(number, Kind, $"'{kind}' is not a business type of the bill (交易 or 退款)");
        }

        var trade = bill.Required(fields, number, TradeNumber);
        var date = bill.Text(fields, Completed) is not null || !bill.Has(Created) ? bill.ChinaDate(fields, number, Completed) : bill.ChinaDate(fields, number, Created);
        var amount = bill.Amount(fields, number, Received, currency, allowSign: true);
        if ((kind == "交易" && amount < 0) || (kind == "退款" && amount > 0))
        {
            throw bill.Error(number, Received, string.Create(CultureInfo.InvariantCulture, $"a {kind} row with the amount {amount}: payments are positive, refunds negative"));
        }

        var fee = -bill.RoundedAmount(fields, number, ServiceFee, currency);
        var order = bill.Text(fields, OrderNumber);
        var batch = bill.Text(fields, RefundBatch);
        var id = kind == "退款" ? $"{trade}/{batch ?? "refund"}" : trade;
        string? payerName = null;
        string? payerAccount = null;
        if (bill.Text(fields, Counterparty) is { } counterparty)
        {
            var split = CounterpartyPattern().Match(counterparty);
            (payerName, payerAccount) = split.Success ? (split.Groups[1].Value.Trim(), split.Groups[2].Value.Trim()) : (counterparty, null);
        }

        var text = string.Join(" ", new[] { bill.Text(fields, Goods), bill.Text(fields, Memo) }.OfType<string>());
        return new StatementLine(id, date, date, new Money(amount, currency), payerName, payerAccount, text, order, trade)
        {
            Account = account,
            References = CsvBill.References(order, batch),
            Fee = new Money(fee, currency),
        };
    }

    [GeneratedRegex(@"^#账号[:：]\s*\[([^\]]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"^#交易合计[:：]\s*([0-9]+)笔[,，]\s*商家实收共\s*(-?[0-9]+(?:\.[0-9]+)?)元", RegexOptions.CultureInvariant)]
    private static partial Regex TradeTotalPattern();

    [GeneratedRegex(@"^#退款合计[:：]\s*([0-9]+)笔[,，]\s*商家实收退款共\s*(-?[0-9]+(?:\.[0-9]+)?)元", RegexOptions.CultureInvariant)]
    private static partial Regex RefundTotalPattern();

    [GeneratedRegex(@"^(.*)\(([^()]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterpartyPattern();
}

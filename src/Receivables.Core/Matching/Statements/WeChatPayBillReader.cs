using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads a WeChat Pay (微信支付) merchant trade bill (交易账单, bill types ALL, SUCCESS and REFUND) in the published CSV
/// layout into statement lines: one per payment or refund, the gross amount with the fee kept apart.
/// </summary>
/// <remarks>
/// <para>Layout (pay.weixin.qq.com, 交易账单文件格式说明, docs/merchant/products/bill-download/format-trade.html): a
/// header row (ALL: 交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,
/// 货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,
/// 手续费,费率,订单金额,申请退款金额,费率备注), detail rows whose every field starts with a backquote, then the summary
/// header (总交易单数,…) and one summary row. Columns are found by name, so older layouts (子商户号) and the SUCCESS and
/// REFUND bills read the same; required: 交易时间, 商户号, 微信订单号, 商户订单号, 交易状态, 货币种类, 应结订单金额, 手续费.</para>
/// <para>Per row: <c>SUCCESS</c> gives a payment of 应结订单金额 (the order amount less merchant-funded coupons, what
/// the payer's money settles), <c>REFUND</c> a negative line of 退款金额 (id 微信退款单号), <c>REVOKED</c> a line of
/// 应结订单金额 marked <see cref="StatementLine.IsReversal"/>. <see cref="StatementLine.Fee"/> is 手续费 rounded half
/// away from zero to the currency's minor unit (negative on refunds: the fee returned). The date is 交易时间, China
/// Standard Time (UTC+8), converted to <see cref="StatementReaderOptions.TimeZone"/> when set. Payer account: 用户标识
/// (the payer's openid); end-to-end reference and <see cref="StatementLine.References"/>: 商户订单号 (and 商户退款单号);
/// bank reference: 微信订单号; text: 商品名称 and 商户数据包; account: 特约商户号 when not 0, else 商户号.</para>
/// <para>The summary's 总交易单数 must equal the number of detail rows. Every error is a
/// <see cref="StatementFormatException"/> with the file name, line and column; nothing is returned partially.
/// Stateless and thread-safe.</para>
/// </remarks>
public static class WeChatPayBillReader
{
    /// <summary>The format name of the statements this reader returns: <c>wechatpay.trade</c>.</summary>
    public const string Format = "wechatpay.trade";

    private const string Time = "交易时间";
    private const string Merchant = "商户号";
    private const string SubMerchant = "特约商户号";
    private const string OldSubMerchant = "子商户号";
    private const string TransactionId = "微信订单号";
    private const string OrderNumber = "商户订单号";
    private const string Payer = "用户标识";
    private const string State = "交易状态";
    private const string CurrencyColumn = "货币种类";
    private const string Settlement = "应结订单金额";
    private const string RefundId = "微信退款单号";
    private const string RefundNumber = "商户退款单号";
    private const string RefundAmount = "退款金额";
    private const string Goods = "商品名称";
    private const string Attach = "商户数据包";
    private const string FeeColumn = "手续费";
    private const string Summary = "总交易单数";

    /// <summary>Returns whether a line is the header of a WeChat Pay trade bill (it starts with 交易时间 and names
    /// 微信订单号).</summary>
    /// <param name="firstLine">The first line of the file.</param>
    /// <returns>True for a WeChat Pay trade bill header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstLine"/> is null.</exception>
    public static bool IsBill(string firstLine)
    {
        Guard.NotNull(firstLine);
        var line = firstLine.TrimStart('\uFEFF');
        return line.StartsWith(Time + ",", StringComparison.Ordinal) && line.Contains(TransactionId, StringComparison.Ordinal);
    }

    /// <summary>Reads a bill from a stream (UTF-8, or GB18030 when the bytes are not UTF-8; a byte-order mark wins).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="fileName">The file name for error messages, or null.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement (format <see cref="Format"/>, account the merchant number).</returns>
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
    /// <returns>The statement (format <see cref="Format"/>, account the merchant number).</returns>
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
        var summaryHeader = -1;
        var summaryChecked = false;
        var rows = 0;
        var lastLine = 0;
        foreach (var (number, raw) in CsvBill.Lines(text))
        {
            lastLine = number;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var fields = bill.Split(raw, number);
            if (!headerSeen)
            {
                if (!IsBill(raw))
                {
                    throw bill.Error(number, 0, $"not a WeChat Pay trade bill: the first line must be the header starting with {Time}");
                }

                bill.Header(fields, number, "WeChat Pay trade bill", Time, Merchant, TransactionId, OrderNumber, State, CurrencyColumn, Settlement, FeeColumn);
                headerSeen = true;
                continue;
            }

            if (summaryHeader < 0 && fields[0].Trim() == Summary)
            {
                summaryHeader = number;
                continue;
            }

            if (summaryHeader >= 0)
            {
                if (summaryChecked)
                {
                    throw bill.Error(number, 0, "text after the summary row");
                }

                var countText = fields[0].Trim();
                if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != rows)
                {
                    throw bill.Error(number, 1, string.Create(CultureInfo.InvariantCulture, $"the summary counts '{countText}' trades, the file has {rows} detail rows"), Summary);
                }

                summaryChecked = true;
                continue;
            }

            bill.Row(fields, number);
            rows++;
            var line = Row(bill, fields, number);
            account ??= line.Account;
            lines.Add(bill.Unique(line, number, line.Amount.Amount < 0 ? RefundId : TransactionId));
        }

        if (!headerSeen)
        {
            throw bill.Error(Math.Max(lastLine, 1), 0, "the file is empty: no WeChat Pay trade bill header");
        }

        if (!summaryChecked)
        {
            throw bill.Error(lastLine + 1, 0, $"the summary ({Summary}, …) and its row are missing: the bill may be cut off");
        }

        return new BankStatement(Format, account, lines.ToImmutable());
    }

    private static StatementLine Row(CsvBill bill, List<string> fields, int number)
    {
        var currency = bill.CurrencyOf(fields, number, CurrencyColumn);
        var date = bill.ChinaDate(fields, number, Time);
        var state = bill.Required(fields, number, State);
        var transaction = bill.Required(fields, number, TransactionId);
        var order = bill.Text(fields, OrderNumber);
        var fee = bill.RoundedAmount(fields, number, FeeColumn, currency);
        string id;
        decimal amount;
        var reversal = false;
        string? refundNumber = null;
        switch (state)
        {
            case "SUCCESS":
                id = transaction;
                amount = bill.Amount(fields, number, Settlement, currency, allowSign: false);
                break;
            case "REFUND":
                if (!bill.Has(RefundAmount))
                {
                    throw bill.Error(number, State, $"a REFUND row needs the column {RefundAmount}");
                }

                id = bill.Text(fields, RefundId) ?? transaction + "/refund";
                amount = -bill.Amount(fields, number, RefundAmount, currency, allowSign: false);
                refundNumber = bill.Text(fields, RefundNumber);
                break;
            case "REVOKED":
                id = transaction + "/revoked";
                amount = bill.Amount(fields, number, Settlement, currency, allowSign: false);
                reversal = true;
                break;
            default:
                throw bill.Error(number, State, $"'{state}' is not a trade state of the bill (SUCCESS, REFUND or REVOKED)");
        }

        var subMerchant = bill.Text(fields, SubMerchant) ?? bill.Text(fields, OldSubMerchant);
        var text = string.Join(" ", new[] { bill.Text(fields, Goods), bill.Text(fields, Attach) }.OfType<string>());
        return new StatementLine(id, date, date, new Money(amount, currency), payerAccount: bill.Text(fields, Payer), remittanceText: text, endToEndReference: order, bankReference: transaction)
        {
            Account = subMerchant is null or "0" ? bill.Required(fields, number, Merchant) : subMerchant,
            IsReversal = reversal,
            References = CsvBill.References(order, refundNumber),
            Fee = new Money(fee, currency),
        };
    }
}

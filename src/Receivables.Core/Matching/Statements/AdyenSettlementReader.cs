using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads an Adyen Settlement details report (the per-batch <c>settlement_detail_report_batch_N.csv</c>) into statement
/// lines: one per settled payment, refund or chargeback, the gross amount in the shopper's currency with Adyen's fees
/// kept apart.
/// </summary>
/// <remarks>
/// <para>Layout (Adyen, Settlement details report, https://docs.adyen.com/reporting/settlement-detail-report and
/// https://docs.adyen.com/developers/reporting/settlement-detail-report/settlement-detail-report-structure): one header
/// row, then one row per journal entry. Merchants may add and reorder columns, so columns are found by name; required:
/// <c>Merchant Account</c>, <c>Psp Reference</c>, <c>Merchant Reference</c>, <c>Creation Date</c>, <c>Type</c>,
/// <c>Gross Currency</c>, <c>Gross Debit (GC)</c>, <c>Gross Credit (GC)</c>, <c>Net Currency</c>, <c>Net Debit (NC)</c>,
/// <c>Net Credit (NC)</c>, <c>Commission (NC)</c>; read when present: <c>Markup (NC)</c>, <c>Scheme Fees (NC)</c>,
/// <c>Interchange (NC)</c>, <c>Modification Reference</c>, <c>Shopper Reference</c>.</para>
/// <para>Per row: the payment-level types <c>Settled</c>, <c>RefundedReversed</c> and <c>ChargebackReversed</c>
/// (credits) and <c>Refunded</c>, <c>Chargeback</c> and <c>SecondChargeback</c> (debits) give a line of
/// <c>Gross Credit (GC)</c> − <c>Gross Debit (GC)</c> in <c>Gross Currency</c> (the amount the invoice was for).
/// <see cref="StatementLine.Fee"/> is <c>Commission (NC)</c> + <c>Markup (NC)</c> + <c>Scheme Fees (NC)</c> +
/// <c>Interchange (NC)</c> (empty counts as 0; up to 5 decimals, the sum rounded half away from zero to the currency's
/// minor unit), positive when charged, and the reader checks that the line's amount less the fee equals
/// <c>Net Credit (NC)</c> − <c>Net Debit (NC)</c>, so that no cost column is overlooked. When the net currency differs
/// from the gross currency the fee cannot be expressed in the line's currency and is left unset (no check is
/// made). The batch-level types (<c>Fee</c>, <c>MiscCosts</c>, <c>MerchantPayout</c>, <c>DepositCorrection</c>,
/// <c>InvoiceDeduction</c>, <c>MatchedStatement</c>, <c>ManualCorrected</c>, <c>BankInstructionReturned</c>,
/// <c>EpaPaid</c>, <c>Balancetransfer</c>, <c>PaymentCost</c>, <c>PaidOut</c>, <c>PaidOutReversed</c>) are not
/// customer payments and are skipped after their field count is checked, as the wallet readers skip their summary
/// rows; any other type is refused. Date: the date of <c>Creation Date</c> (<c>yyyy-MM-dd HH:mm:ss</c>) as written,
/// in the report's time zone (the <c>TimeZone</c> column names it by an ambiguous abbreviation such as CET, so
/// <see cref="StatementReaderOptions.TimeZone"/> is not applied). Id: <c>Modification Reference</c> (else
/// <c>Psp Reference</c>/Type); bank reference: <c>Psp Reference</c>; end-to-end reference: <c>Merchant Reference</c>;
/// <see cref="StatementLine.References"/>: <c>Merchant Reference</c> and <c>Psp Reference</c>; payer account:
/// <c>Shopper Reference</c> when present, else <c>Merchant Reference</c>; account: <c>Merchant Account</c>.</para>
/// <para>Every error is a <see cref="StatementFormatException"/> with the file name, line and column; nothing is
/// returned partially. Stateless and thread-safe.</para>
/// </remarks>
public static class AdyenSettlementReader
{
    /// <summary>The format name of the statements this reader returns: <c>adyen.settlement</c>.</summary>
    public const string Format = "adyen.settlement";

    private const string MerchantAccount = "Merchant Account";
    private const string PspReference = "Psp Reference";
    private const string MerchantReference = "Merchant Reference";
    private const string ShopperReference = "Shopper Reference";
    private const string Created = "Creation Date";
    private const string Type = "Type";
    private const string ModificationReference = "Modification Reference";
    private const string GrossCurrency = "Gross Currency";
    private const string GrossDebit = "Gross Debit (GC)";
    private const string GrossCredit = "Gross Credit (GC)";
    private const string NetCurrency = "Net Currency";
    private const string NetDebit = "Net Debit (NC)";
    private const string NetCredit = "Net Credit (NC)";
    private const string Commission = "Commission (NC)";
    private const string Markup = "Markup (NC)";
    private const string SchemeFees = "Scheme Fees (NC)";
    private const string Interchange = "Interchange (NC)";

    private static readonly Currency FeeDigits = Receivables.Currency.Custom("FEE", StatementValues.MaxAmountDecimals);

    private static readonly string[] FeeColumns = [Commission, Markup, SchemeFees, Interchange];

    private static readonly HashSet<string> Credits = new(StringComparer.Ordinal) { "Settled", "RefundedReversed", "ChargebackReversed" };

    private static readonly HashSet<string> Debits = new(StringComparer.Ordinal) { "Refunded", "Chargeback", "SecondChargeback" };

    private static readonly HashSet<string> BatchLevel = new(StringComparer.Ordinal)
    {
        "Fee", "MiscCosts", "MerchantPayout", "DepositCorrection", "InvoiceDeduction", "MatchedStatement", "ManualCorrected",
        "BankInstructionReturned", "EpaPaid", "Balancetransfer", "PaymentCost", "PaidOut", "PaidOutReversed",
    };

    /// <summary>Returns whether a line is the header of an Adyen Settlement details report: its comma-separated
    /// names include <c>Psp Reference</c>, <c>Type</c>, <c>Gross Currency</c> and <c>Net Currency</c>, in any order.</summary>
    /// <param name="firstLine">The first line of the file (a cut-off line is fine when the names are in it).</param>
    /// <returns>True for a Settlement details report header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstLine"/> is null.</exception>
    public static bool IsReport(string firstLine)
    {
        Guard.NotNull(firstLine);
        var names = firstLine.TrimStart('\uFEFF').Split(',').Select(n => n.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return names.Contains(PspReference) && names.Contains(Type) && names.Contains(GrossCurrency) && names.Contains(NetCurrency);
    }

    /// <summary>Reads a report from a stream (UTF-8; a byte-order mark wins).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="fileName">The file name for error messages, or null.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement (format <see cref="Format"/>, account the first merchant account).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="StatementFormatException">The file is not a valid report; the message names line and column.</exception>
    public static BankStatement Read(Stream stream, string? fileName = null, StatementReaderOptions? options = null)
    {
        Guard.NotNull(stream);
        var checkedOptions = StatementReaderOptions.Checked(options);
        return Read(CsvBill.Decode(stream), new CsvBill(fileName, checkedOptions));
    }

    /// <summary>Reads a report from text.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="fileName">The file name for error messages, or null.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement (format <see cref="Format"/>, account the first merchant account).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="StatementFormatException">The file is not a valid report; the message names line and column.</exception>
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
                if (!IsReport(raw))
                {
                    throw bill.Error(number, 0, $"not an Adyen Settlement details report: the first line must be the header naming {PspReference}, {Type}, {GrossCurrency} and {NetCurrency}");
                }

                bill.Header(fields, number, "Adyen Settlement details report", MerchantAccount, PspReference, MerchantReference, Created, Type, GrossCurrency, GrossDebit, GrossCredit, NetCurrency, NetDebit, NetCredit, Commission);
                headerSeen = true;
                continue;
            }

            bill.Row(fields, number);
            var type = bill.Required(fields, number, Type);
            if (BatchLevel.Contains(type))
            {
                continue;
            }

            if (!Credits.Contains(type) && !Debits.Contains(type))
            {
                throw bill.Error(number, Type, $"'{type}' is not a journal type of the report (Settled, Refunded, Chargeback, …, or a batch-level type such as Fee or MerchantPayout)");
            }

            var line = Row(bill, fields, number, type);
            account ??= line.Account;
            lines.Add(bill.Unique(line, number, bill.Has(ModificationReference) ? ModificationReference : PspReference));
        }

        if (!headerSeen)
        {
            throw bill.Error(Math.Max(lastLine, 1), 0, "the file is empty: no Adyen Settlement details report header");
        }

        return new BankStatement(Format, account, lines.ToImmutable());
    }

    private static StatementLine Row(CsvBill bill, List<string> fields, int number, string type)
    {
        var currency = bill.CurrencyOf(fields, number, GrossCurrency);
        var netCurrency = bill.CurrencyOf(fields, number, NetCurrency);
        var amount = Optional(bill, fields, number, GrossCredit, currency) - Optional(bill, fields, number, GrossDebit, currency);
        var credit = Credits.Contains(type);
        if ((credit && amount < 0) || (!credit && amount > 0))
        {
            throw bill.Error(number, credit ? GrossDebit : GrossCredit, string.Create(CultureInfo.InvariantCulture, $"a {type} row with the gross amount {amount}: {(credit ? "it credits the merchant" : "it debits the merchant")}"));
        }

        Money? fee = null;
        if (netCurrency == currency)
        {
            var exact = 0m;
            foreach (var column in FeeColumns)
            {
                if (bill.Text(fields, column) is not null)
                {
                    exact += bill.RoundedAmount(fields, number, column, FeeDigits);
                }
            }

            var rounded = decimal.Round(exact, currency.MinorUnits, MidpointRounding.AwayFromZero);
            var net = Optional(bill, fields, number, NetCredit, currency) - Optional(bill, fields, number, NetDebit, currency);
            if (amount - rounded != net)
            {
                throw bill.Error(number, credit ? NetCredit : NetDebit, string.Create(CultureInfo.InvariantCulture, $"the net amount {net} is not the gross amount {amount} less the fees {rounded} ({string.Join(" + ", FeeColumns)})"));
            }

            fee = new Money(rounded, currency);
        }

        var date = CreationDate(bill, fields, number);
        var psp = bill.Required(fields, number, PspReference);
        var merchantReference = bill.Text(fields, MerchantReference);
        var id = bill.Text(fields, ModificationReference) ?? $"{psp}/{type}";
        return new StatementLine(id, date, date, new Money(amount, currency), payerAccount: bill.Text(fields, ShopperReference) ?? merchantReference, remittanceText: type, endToEndReference: merchantReference, bankReference: psp)
        {
            Account = bill.Required(fields, number, MerchantAccount),
            References = CsvBill.References(merchantReference, psp),
            Fee = fee,
        };
    }

    private static decimal Optional(CsvBill bill, List<string> fields, int number, string column, Currency currency)
        => bill.Text(fields, column) is null ? 0m : bill.Amount(fields, number, column, currency, allowSign: false);

    private static DateOnly CreationDate(CsvBill bill, List<string> fields, int number)
    {
        var text = bill.Required(fields, number, Created);
        return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? DateOnly.FromDateTime(local)
            : throw bill.Error(number, Created, $"'{text}' is not a time yyyy-MM-dd HH:mm:ss");
    }
}

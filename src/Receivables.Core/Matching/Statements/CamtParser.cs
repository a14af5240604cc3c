using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Receivables.Matching.Statements;

/// <summary>One read of one camt message: walks the file forward, loads one entry at a time and turns it into lines.</summary>
internal sealed partial class CamtParser
{
    private readonly XmlWalker _walker;
    private readonly StatementReaderOptions _options;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public CamtParser(XmlReader reader, StatementReaderOptions options)
    {
        _walker = new XmlWalker(reader, options);
        _options = options;
    }

    public string Format { get; private set; } = string.Empty;

    public string? FirstAccount { get; private set; }

    public ImmutableArray<StatementBalance>.Builder Balances { get; } = ImmutableArray.CreateBuilder<StatementBalance>();

    public IEnumerable<StatementLine> Lines()
    {
        var w = _walker;
        while (w.Read() && w.NodeType != XmlNodeType.Element)
        {
        }

        if (w.NodeType != XmlNodeType.Element)
        {
            throw new StatementFormatException("/", "the file has no root element", null);
        }

        const string NotCamt = "not an ISO 20022 camt message (expected a Document element with a BkToCstmrStmt, BkToCstmrDbtCdtNtfctn or BkToCstmrAcctRpt child)";
        if (w.LocalName != "Document" || w.IsEmptyElement || !w.NextChild(1))
        {
            throw new StatementFormatException("/" + w.LocalName, NotCamt, null);
        }

        var messageName = w.LocalName;
        var kind = MessagePattern().Match(messageName);
        var (format, part) = kind.Success ? kind.Groups[1].Value switch
        {
            "BkToCstmrStmt" => ("camt.053", "Stmt"),
            "BkToCstmrDbtCdtNtfctn" => ("camt.054", "Ntfctn"),
            _ => ("camt.052", "Rpt"),
        }
        : throw new StatementFormatException($"/Document/{messageName}", "not a camt.052, camt.053 or camt.054 message", null);
        Format = format;
        var basePath = $"/Document/{messageName}";
        DateOnly? groupCreated = null;
        var statementCount = 0;
        if (w.IsEmptyElement)
        {
            yield break;
        }

        while (w.NextChild(2))
        {
            if (w.LocalName == "GrpHdr")
            {
                var header = w.Load();
                groupCreated = DateTimeOf(header, "CreDtTm", basePath + "/GrpHdr");
            }
            else if (w.LocalName == part)
            {
                statementCount++;
                var statement = new StatementContext(string.Create(CultureInfo.InvariantCulture, $"{basePath}/{part}[{statementCount}]"), statementCount, groupCreated);
                foreach (var line in Statement(statement))
                {
                    yield return line;
                }
            }
            else
            {
                w.Skip();
            }
        }

        // Read to the end, so that a file cut off or broken after the message is refused too.
        while (w.Read())
        {
        }
    }

    private IEnumerable<StatementLine> Statement(StatementContext statement)
    {
        var w = _walker;
        if (w.IsEmptyElement)
        {
            yield break;
        }

        var entries = 0;
        while (w.NextChild(3))
        {
            switch (w.LocalName)
            {
                case "Id":
                    statement.Id = Text(w.Load()) ?? statement.Id;
                    break;
                case "CreDtTm":
                    statement.Created = DateTimeValue(w.Load(), statement.Path + "/CreDtTm");
                    break;
                case "FrToDt":
                {
                    var period = w.Load();
                    statement.From = DateTimeOf(period, "FrDtTm", statement.Path + "/FrToDt");
                    statement.To = DateTimeOf(period, "ToDtTm", statement.Path + "/FrToDt");
                    break;
                }

                case "Acct":
                {
                    var account = w.Load();
                    statement.Account = AccountId(account);
                    FirstAccount ??= statement.Account;
                    break;
                }

                case "Bal":
                    Balances.Add(Balance(w.Load(), statement));
                    break;
                case "Ntry":
                {
                    entries++;
                    var path = string.Create(CultureInfo.InvariantCulture, $"{statement.Path}/Ntry[{entries}]");
                    foreach (var line in Entry(w.Load(), path, statement, entries))
                    {
                        yield return Unique(line, path);
                    }

                    break;
                }

                default:
                    w.Skip();
                    break;
            }
        }
    }

    private StatementLine Unique(StatementLine line, string path)
    {
        if (_ids.TryAdd(line.Id, path))
        {
            return line;
        }

        if (_options.Strictness == StatementStrictness.Strict)
        {
            throw new StatementFormatException(path, $"the line id '{line.Id}' was used before at {_ids[line.Id]} (ids come from AcctSvcrRef, else NtryRef; StatementReaderOptions.Strictness Lenient renames repeated ids)", null);
        }

        var k = 2;
        string renamed;
        while (!_ids.TryAdd(renamed = string.Create(CultureInfo.InvariantCulture, $"{line.Id}#{k}"), path))
        {
            k++;
        }

        return Copy(line, renamed, [.. line.Notes, StatementReasonCodes.IdRenamed.Of(line.Id, renamed)]);
    }

    internal static StatementLine Copy(StatementLine line, string id, ImmutableArray<Reason> notes)
        => new(id, line.BookingDate, line.ValueDate, line.Amount, line.PayerName, line.PayerAccount, line.RemittanceText, line.EndToEndReference, line.BankReference)
        {
            Account = line.Account,
            Status = line.Status,
            IsReversal = line.IsReversal,
            References = line.References,
            Fee = line.Fee,
            Notes = notes,
        };

    private List<StatementLine> Entry(XElement entry, string path, StatementContext statement, int position)
    {
        var amountElement = entry.Element("Amt") ?? throw new StatementFormatException(path + "/Amt", "the entry amount is missing", null);
        var amount = Amount(amountElement, path + "/Amt");
        var sign = Sign(entry.Element("CdtDbtInd"), path + "/CdtDbtInd") ?? throw new StatementFormatException(path + "/CdtDbtInd", "the credit/debit indicator is missing", null);
        var signed = new Money(sign * amount.Amount, amount.Currency);
        var reversal = Flag(entry.Element("RvslInd"), path + "/RvslInd");
        var status = Status(entry.Element("Sts"), path + "/Sts");
        var booking = EntryDate(entry, "BookgDt", path);
        var value = EntryDate(entry, "ValDt", path);
        var notes = ImmutableArray<Reason>.Empty;
        if (booking is null && value is null)
        {
            var (date, source) = statement.Fallback()
                ?? throw new StatementFormatException(path + "/BookgDt", "the entry has neither a booking date nor a value date, and the statement has no FrToDt or CreDtTm to take them from", null);
            booking = value = date;
            notes = [StatementReasonCodes.DatesFromStatement.Of(date, source)];
        }

        var common = new Common(booking ?? value!.Value, value ?? booking!.Value, status, reversal, statement.Account, Text(entry, "AcctSvcrRef"), Text(entry, "AddtlNtryInf"));
        var id = common.BankReference ?? Text(entry, "NtryRef") ?? string.Create(CultureInfo.InvariantCulture, $"{statement.Id}/{position}");
        var transactions = new List<(XElement Element, string Path)>();
        var blocks = 0;
        foreach (var details in entry.Elements("NtryDtls"))
        {
            blocks++;
            var t = 0;
            foreach (var transaction in details.Elements("TxDtls"))
            {
                transactions.Add((transaction, string.Create(CultureInfo.InvariantCulture, $"{path}/NtryDtls[{blocks}]/TxDtls[{++t}]")));
            }
        }

        if (transactions.Count <= 1)
        {
            return [Line(id, signed, transactions.Select(t => t.Element).ToList(), common, notes)];
        }

        var parts = transactions.Select(t => TransactionAmount(t.Element, t.Path, sign)).ToList();
        if (parts.Any(p => p is null))
        {
            return [Line(id, signed, transactions.Select(t => t.Element).ToList(), common, [.. notes, StatementReasonCodes.BatchMerged.Of(transactions.Count)])];
        }

        var sum = 0m;
        for (var t = 0; t < parts.Count; t++)
        {
            var part = parts[t]!.Value;
            if (part.Currency != signed.Currency)
            {
                throw new StatementFormatException(transactions[t].Path + "/Amt", $"the transaction amount is in {part.Currency.Code}, its entry in {signed.Currency.Code}", null);
            }

            sum += part.Amount;
        }

        if (sum != signed.Amount)
        {
            throw new StatementFormatException(path + "/Amt", string.Create(CultureInfo.InvariantCulture, $"the {parts.Count} transactions (NtryDtls/TxDtls) add up to {sum} {signed.Currency.Code}, the entry amount is {signed.Amount} {signed.Currency.Code}"), null);
        }

        var lines = new List<StatementLine>(parts.Count);
        for (var t = 0; t < parts.Count; t++)
        {
            lines.Add(Line(string.Create(CultureInfo.InvariantCulture, $"{id}/{t + 1}"), parts[t]!.Value, [transactions[t].Element], common, notes));
        }

        return lines;
    }

    private static StatementLine Line(string id, Money amount, List<XElement> transactions, Common common, ImmutableArray<Reason> notes)
    {
        var names = new List<string>();
        var accounts = new List<string>();
        var endToEnd = new List<string>();
        var texts = new List<string>();
        var references = new List<string>();
        string? transactionBankReference = null;
        foreach (var transaction in transactions)
        {
            var parties = transaction.Element("RltdPties");
            var debtor = parties?.Element("Dbtr");
            AddDistinct(names, debtor is null ? null : Text(debtor, "Nm") ?? Text(debtor, "Pty", "Nm"));
            var debtorAccount = parties?.Element("DbtrAcct");
            AddDistinct(accounts, debtorAccount is null ? null : AccountId(debtorAccount));
            AddDistinct(endToEnd, Text(transaction, "Refs", "EndToEndId"));
            transactionBankReference ??= Text(transaction, "Refs", "AcctSvcrRef");
            var own = new List<string>();
            foreach (var remittance in transaction.Elements("RmtInf"))
            {
                own.AddRange(remittance.Elements("Ustrd").Select(Text).OfType<string>());
                foreach (var structured in remittance.Elements("Strd"))
                {
                    var found = new List<string>();
                    found.AddRange(structured.Elements("RfrdDocInf").SelectMany(d => d.Elements("Nb").Concat(d.Elements("RfrdDocNb"))).Select(Text).OfType<string>());
                    found.AddRange(structured.Elements("CdtrRefInf").SelectMany(c => c.Elements("Ref").Concat(c.Elements("CdtrRef"))).Select(Text).OfType<string>());
                    found.AddRange(structured.Elements("AddtlRmtInf").Select(Text).OfType<string>());
                    own.AddRange(found);
                    references.AddRange(found);
                }
            }

            if (own.Count == 0 && Text(transaction, "AddtlTxInf") is { } extra)
            {
                own.Add(extra);
            }

            texts.AddRange(own);
        }

        if (texts.Count == 0 && common.EntryInfo is not null)
        {
            texts.Add(common.EntryInfo);
        }

        var singleEndToEnd = endToEnd.Count == 1 ? endToEnd[0] : null;
        if (endToEnd.Count > 1)
        {
            references.AddRange(endToEnd.Where(e => !string.Equals(e, "NOTPROVIDED", StringComparison.OrdinalIgnoreCase)));
        }

        return new StatementLine(
            id,
            common.Booking,
            common.Value,
            amount,
            names.Count == 1 ? names[0] : null,
            accounts.Count == 1 ? accounts[0] : null,
            texts.Count == 0 ? null : string.Join(" ", texts),
            singleEndToEnd,
            common.BankReference ?? transactionBankReference)
        {
            Account = common.Account,
            Status = common.Status,
            IsReversal = common.Reversal,
            References = [.. references],
            Notes = notes,
        };
    }

    private static void AddDistinct(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }

    private static Money? TransactionAmount(XElement transaction, string path, decimal entrySign)
    {
        var own = transaction.Element("Amt");
        var element = own ?? transaction.Element("AmtDtls")?.Element("TxAmt")?.Element("Amt");
        if (element is null)
        {
            return null;
        }

        var amount = Amount(element, path + (own is null ? "/AmtDtls/TxAmt/Amt" : "/Amt"));
        var sign = Sign(transaction.Element("CdtDbtInd"), path + "/CdtDbtInd") ?? entrySign;
        return new Money(sign * amount.Amount, amount.Currency);
    }

    private StatementBalance Balance(XElement balance, StatementContext statement)
    {
        var path = $"{statement.Path}/Bal";
        var type = Text(balance, "Tp", "CdOrPrtry", "Cd") ?? Text(balance, "Tp", "CdOrPrtry", "Prtry") ?? throw new StatementFormatException(path + "/Tp", "the balance type is missing", null);
        var amountElement = balance.Element("Amt") ?? throw new StatementFormatException(path + "/Amt", "the balance amount is missing", null);
        var amount = Amount(amountElement, path + "/Amt");
        var sign = Sign(balance.Element("CdtDbtInd"), path + "/CdtDbtInd") ?? 1m;
        var date = EntryDate(balance, "Dt", $"{statement.Path}/Bal") ?? throw new StatementFormatException(path + "/Dt", "the balance date is missing", null);
        return new StatementBalance(statement.Account, type, new Money(sign * amount.Amount, amount.Currency), date);
    }

    private static Money Amount(XElement element, string path)
    {
        var code = element.Attribute("Ccy")?.Value;
        if (code is null || !CurrencyCodePattern().IsMatch(code) || !Currency.TryFromCode(code, out var currency))
        {
            throw new StatementFormatException(path, $"'{code}' is not an ISO 4217 currency code (attribute Ccy)", null);
        }

        var value = StatementValues.Amount(element.Value, currency, allowSign: false, out var problem)
            ?? throw new StatementFormatException(path, problem!, null);
        return new Money(value, currency);
    }

    private static decimal? Sign(XElement? element, string path)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.Value.Trim();
        return text switch
        {
            "CRDT" => 1m,
            "DBIT" => -1m,
            _ => throw new StatementFormatException(path, $"'{text}' is not CRDT or DBIT", null),
        };
    }

    private static bool Flag(XElement? element, string path)
    {
        if (element is null)
        {
            return false;
        }

        var text = element.Value.Trim();
        return text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw new StatementFormatException(path, $"'{text}' is not a boolean (true or false)", null),
        };
    }

    private static StatementLineStatus Status(XElement? element, string path)
    {
        if (element is null)
        {
            return StatementLineStatus.Booked;
        }

        var code = Text(element, "Cd") ?? Text(element, "Prtry") ?? (element.HasElements ? null : Text(element));
        return code switch
        {
            "BOOK" => StatementLineStatus.Booked,
            "PDNG" => StatementLineStatus.Pending,
            "INFO" => StatementLineStatus.Information,
            "FUTR" => StatementLineStatus.Future,
            _ => throw new StatementFormatException(path, $"'{code}' is not an entry status (BOOK, PDNG, INFO or FUTR)", null),
        };
    }

    private DateOnly? EntryDate(XElement parent, string name, string path)
    {
        var element = parent.Element(name);
        if (element is null)
        {
            return null;
        }

        if (element.Element("Dt") is { } date)
        {
            return StatementValues.Date(date.Value) ?? throw new StatementFormatException($"{path}/{name}/Dt", $"'{date.Value}' is not a date (yyyy-MM-dd)", null);
        }

        if (element.Element("DtTm") is { } dateTime)
        {
            return DateTimeValue(dateTime, $"{path}/{name}/DtTm");
        }

        throw new StatementFormatException($"{path}/{name}", "has neither Dt nor DtTm", null);
    }

    private DateOnly? DateTimeOf(XElement parent, string name, string path)
        => parent.Element(name) is { } element ? DateTimeValue(element, $"{path}/{name}") : null;

    private DateOnly DateTimeValue(XElement element, string path)
        => StatementValues.DateTimeDate(element.Value, _options.TimeZone)
            ?? throw new StatementFormatException(path, $"'{element.Value}' is not an ISO 8601 date-time (yyyy-MM-ddTHH:mm:ss with optional fraction and Z or ±hh:mm)", null);

    private static string? AccountId(XElement account)
        => Text(account, "Id", "IBAN") ?? Text(account, "Id", "Othr", "Id") ?? Text(account, "Id", "PrtryAcct", "Id") ?? Text(account, "Id", "BBAN") ?? Text(account, "Id", "UPIC");

    private static string? Text(XElement element)
    {
        var value = element.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    private static string? Text(XElement parent, params string[] names)
    {
        XElement? current = parent;
        foreach (var name in names)
        {
            current = current?.Element(name);
        }

        return current is null ? null : Text(current);
    }

    [GeneratedRegex(@"^(BkToCstmrStmt|BkToCstmrDbtCdtNtfctn|BkToCstmrAcctRpt)(V[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex MessagePattern();

    [GeneratedRegex(@"^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCodePattern();

    private readonly record struct Common(DateOnly Booking, DateOnly Value, StatementLineStatus Status, bool Reversal, string? Account, string? BankReference, string? EntryInfo);

    private sealed class StatementContext(string path, int position, DateOnly? groupCreated)
    {
        public string Path { get; } = path;

        public string Id { get; set; } = position.ToString(CultureInfo.InvariantCulture);

        public string? Account { get; set; }

        public DateOnly? Created { get; set; } = groupCreated;

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public (DateOnly Date, string Source)? Fallback()
            => To is { } to ? (to, "FrToDt/ToDtTm")
            : From is { } from ? (from, "FrToDt/FrDtTm")
            : Created is { } created ? (created, "CreDtTm")
            : null;
    }
}

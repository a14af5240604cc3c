using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Receivables.Internal;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads ISO 20022 bank-to-customer messages into statement lines: camt.053 (statement), camt.054 (debit/credit
/// notification) and camt.052 (account report), any version (elements are matched by local name).
/// </summary>
/// <remarks>
/// <para>Per entry (<c>Ntry</c>): amount and currency (<c>Amt/@Ccy</c>), sign (<c>CdtDbtInd</c>: <c>DBIT</c> gives a
/// negative amount), booking and value dates (<c>Dt</c> or <c>DtTm</c>; either stands in for the other), bank
/// reference (<c>AcctSvcrRef</c>). Transaction details (<c>NtryDtls/TxDtls</c>) give the end-to-end reference, the
/// debtor name and account (<c>RltdPties/Dbtr</c>, <c>DbtrAcct/Id/IBAN</c> or <c>Othr/Id</c>) and the remittance
/// text (all <c>RmtInf/Ustrd</c> and <c>Strd/CdtrRefInf/Ref</c>). A batch entry whose transactions carry their
/// own amounts gives one line per transaction. Line ids are the bank reference, else <c>NtryRef</c>, else
/// statement id and position; repeated ids get a <c>#n</c> suffix.</para>
/// <para>Malformed XML or a missing or invalid required element throws <see cref="StatementFormatException"/> with
/// the element path (for malformed XML the path of the element being read, every step with its position, such as
/// <c>/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[2]/Amt[1]</c>); nothing is returned partially. DTDs are refused.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class CamtReader
{
    /// <summary>Reads a camt message from a stream (the encoding is taken from the XML declaration).</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a camt.052/053/054 message.</exception>
    public static BankStatement Read(Stream stream)
    {
        Guard.NotNull(stream);
        using var reader = XmlReader.Create(stream, Settings);
        return Read(reader);
    }

    /// <summary>Reads a camt message from text.</summary>
    /// <param name="reader">The text reader.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a camt.052/053/054 message.</exception>
    public static BankStatement Read(TextReader reader)
    {
        Guard.NotNull(reader);
        using var xml = XmlReader.Create(reader, Settings);
        return Read(xml);
    }

    /// <summary>Reads a camt message from a string.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a camt.052/053/054 message.</exception>
    public static BankStatement Parse(string xml)
    {
        Guard.NotNull(xml);
        using var reader = new StringReader(xml);
        return Read(reader);
    }

    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };

    private static BankStatement Read(XmlReader reader)
    {
        var root = Load(reader);
        var document = root.Name.LocalName == "Document" ? root : null;
        var message = document?.Elements().FirstOrDefault()
            ?? throw new StatementFormatException("/" + root.Name.LocalName, "not an ISO 20022 camt message (expected a Document element with a BkToCstmrStmt, BkToCstmrDbtCdtNtfctn or BkToCstmrAcctRpt child)", null);
        var (format, part) = message.Name.LocalName switch
        {
            "BkToCstmrStmt" => ("camt.053", "Stmt"),
            "BkToCstmrDbtCdtNtfctn" => ("camt.054", "Ntfctn"),
            "BkToCstmrAcctRpt" => ("camt.052", "Rpt"),
            _ => throw new StatementFormatException($"/Document/{message.Name.LocalName}", "not a camt.052, camt.053 or camt.054 message", null),
        };

        var basePath = $"/Document/{message.Name.LocalName}";
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? account = null;
        var statements = Children(message, part).ToList();
        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            var statementPath = $"{basePath}/{part}[{s + 1}]";
            var statementId = Text(statement, "Id") ?? (s + 1).ToString(CultureInfo.InvariantCulture);
            account ??= Text(statement, "Acct", "Id", "IBAN") ?? Text(statement, "Acct", "Id", "Othr", "Id");
            var entries = Children(statement, "Ntry").ToList();
            for (var n = 0; n < entries.Count; n++)
            {
                var entryPath = $"{statementPath}/Ntry[{n + 1}]";
                foreach (var line in Entry(entries[n], entryPath, $"{statementId}/{n + 1}"))
                {
                    var id = line.Id;
                    for (var k = 2; !ids.Add(id); k++)
                    {
                        id = $"{line.Id}#{k}";
                    }

                    lines.Add(id == line.Id ? line : new StatementLine(id, line.BookingDate, line.ValueDate, line.Amount, line.PayerName, line.PayerAccount, line.RemittanceText, line.EndToEndReference, line.BankReference));
                }
            }
        }

        return new BankStatement(format, account, lines.ToImmutable());
    }

    private static IEnumerable<StatementLine> Entry(XElement entry, string path, string fallbackId)
    {
        var amountElement = Child(entry, "Amt") ?? throw new StatementFormatException(path + "/Amt", "the entry amount is missing", null);
        var amount = Amount(amountElement, path + "/Amt");
        var indicator = Text(entry, "CdtDbtInd") ?? throw new StatementFormatException(path + "/CdtDbtInd", "the credit/debit indicator is missing", null);
        var sign = indicator switch
        {
            "CRDT" => 1m,
            "DBIT" => -1m,
            _ => throw new StatementFormatException(path + "/CdtDbtInd", $"'{indicator}' is not CRDT or DBIT", null),
        };
        var booking = Date(entry, "BookgDt", path);
        var value = Date(entry, "ValDt", path);
        if (booking is null && value is null)
        {
            throw new StatementFormatException(path + "/BookgDt", "the entry has neither a booking date nor a value date", null);
        }

        var bankReference = Text(entry, "AcctSvcrRef");
        var id = bankReference ?? Text(entry, "NtryRef") ?? fallbackId;
        var entryInfo = Text(entry, "AddtlNtryInf");
        var transactions = Children(entry, "NtryDtls").SelectMany(d => Children(d, "TxDtls")).ToList();
        var split = transactions.Count > 1 && transactions.All(t => TransactionAmount(t) is not null);
        if (!split)
        {
            var details = transactions.FirstOrDefault();
            yield return Line(id, booking ?? value!.Value, value ?? booking!.Value, new Money(sign * amount.Amount, amount.Currency), details, entryInfo, bankReference);
            yield break;
        }

        for (var t = 0; t < transactions.Count; t++)
        {
            var tPath = $"{path}/NtryDtls/TxDtls[{t + 1}]";
            var own = Amount(TransactionAmount(transactions[t])!, tPath + "/Amt");
            yield return Line($"{id}/{t + 1}", booking ?? value!.Value, value ?? booking!.Value, new Money(sign * own.Amount, own.Currency), transactions[t], entryInfo, bankReference);
        }
    }

    private static StatementLine Line(string id, DateOnly booking, DateOnly value, Money amount, XElement? details, string? entryInfo, string? bankReference)
    {
        var parties = details is null ? null : Child(details, "RltdPties");
        var debtor = parties is null ? null : Child(parties, "Dbtr");
        var name = debtor is null ? null : Text(debtor, "Nm") ?? Text(debtor, "Pty", "Nm");
        var debtorAccount = parties is null ? null : Text(parties, "DbtrAcct", "Id", "IBAN") ?? Text(parties, "DbtrAcct", "Id", "Othr", "Id");
        var remittance = details is null ? null : Child(details, "RmtInf");
        var texts = new List<string>();
        if (remittance is not null)
        {
            texts.AddRange(Children(remittance, "Ustrd").Select(u => u.Value.Trim()).Where(u => u.Length > 0));
            texts.AddRange(Children(remittance, "Strd").Select(s => Text(s, "CdtrRefInf", "Ref")).OfType<string>());
        }

        if (texts.Count == 0 && (details is null ? null : Text(details, "AddtlTxInf")) is { } extra)
        {
            texts.Add(extra);
        }

        if (texts.Count == 0 && entryInfo is not null)
        {
            texts.Add(entryInfo);
        }

        var endToEnd = details is null ? null : Text(details, "Refs", "EndToEndId");
        return new StatementLine(id, booking, value, amount, name, debtorAccount, texts.Count == 0 ? null : string.Join(" ", texts), endToEnd, bankReference ?? (details is null ? null : Text(details, "Refs", "AcctSvcrRef")));
    }

    private static XElement? TransactionAmount(XElement transaction)
        => Child(transaction, "Amt") ?? Descendant(transaction, "AmtDtls", "TxAmt", "Amt");

    private static Money Amount(XElement element, string path)
    {
        var currencyCode = element.Attribute("Ccy")?.Value;
        if (!Currency.TryFromCode(currencyCode, out var currency))
        {
            throw new StatementFormatException(path, $"'{currencyCode}' is not an ISO 4217 currency code (attribute Ccy)", null);
        }

        if (!decimal.TryParse(element.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw new StatementFormatException(path, $"'{element.Value}' is not an amount", null);
        }

        return new Money(amount, currency);
    }

    private static DateOnly? Date(XElement entry, string name, string path)
    {
        var element = Child(entry, name);
        if (element is null)
        {
            return null;
        }

        var text = Text(element, "Dt") ?? Text(element, "DtTm");
        if (text is null || text.Length < 10 || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new StatementFormatException($"{path}/{name}", $"'{text}' is not a date (Dt yyyy-MM-dd or DtTm)", null);
        }

        return date;
    }

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static XElement? Descendant(XElement parent, params string[] names)
    {
        XElement? current = parent;
        foreach (var name in names)
        {
            current = current is null ? null : Child(current, name);
        }

        return current;
    }

    private static string? Text(XElement parent, params string[] names)
    {
        var element = Descendant(parent, names);
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Loads the document while tracking the element path, so that malformed XML is reported with it.</summary>
    private static XElement Load(XmlReader reader)
    {
        var stack = new Stack<(XElement Element, Dictionary<string, int> Counts)>();
        var path = new List<string>();
        XElement? root = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        var counts = stack.Count == 0 ? null : stack.Peek().Counts;
                        var position = 1;
                        if (counts is not null)
                        {
                            position = counts.GetValueOrDefault(reader.LocalName) + 1;
                            counts[reader.LocalName] = position;
                        }

                        path.Add(position == 1 && counts is null ? reader.LocalName : $"{reader.LocalName}[{position}]");
                        if (reader.HasAttributes)
                        {
                            while (reader.MoveToNextAttribute())
                            {
                                if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns")
                                {
                                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                                }
                            }

                            reader.MoveToElement();
                        }

                        if (stack.Count == 0)
                        {
                            root = element;
                        }
                        else
                        {
                            stack.Peek().Element.Add(element);
                        }

                        if (reader.IsEmptyElement)
                        {
                            path.RemoveAt(path.Count - 1);
                        }
                        else
                        {
                            stack.Push((element, new Dictionary<string, int>(StringComparer.Ordinal)));
                        }

                        break;
                    }

                    case XmlNodeType.EndElement:
                        stack.Pop();
                        path.RemoveAt(path.Count - 1);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                        stack.Peek().Element.Add(new XText(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            throw new StatementFormatException("/" + string.Join("/", path), $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}", ex);
        }

        return root ?? throw new StatementFormatException("/", "the file has no root element", null);
    }
}

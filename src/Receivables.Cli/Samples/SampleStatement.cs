using System.Globalization;
using System.Xml;
using CsvHelper;
using Receivables.Matching;

namespace Receivables.Cli.Samples;

/// <summary>
/// Generates the bundled sample bank statement for the sample ledger (docs/samples/bank-statement.csv and
/// bank-statement.camt053.xml): early-December receipts against the ledger's open items with exact, mistyped, cut-off
/// and listed references, amount-only payments, a partial payment, bank fees, Chinese remittance texts, and lines that
/// are no customer payment (interest, a refund, an own transfer). Deterministic for a seed; a test keeps the files equal.
/// </summary>
internal static class SampleStatement
{
    public const string Account = "CN12 3456 7890 1234 5678 90";

    public static List<StatementLine> Generate(LoadedLedger loaded, int seed = SampleData.DefaultSeed)
    {
        var random = new Random(seed);
        var open = loaded.Ledger.OpenItems.Where(i => i.Open.Amount >= 100m).ToList();
        var picked = open.OrderBy(_ => random.Next()).Take(40).ToList();
        var lines = new List<StatementLine>();
        var day = new DateOnly(2026, 12, 1);
        var used = new HashSet<DocumentId>();
        var n = 0;
        foreach (var item in picked)
        {
            if (!used.Add(item.Id) || lines.Count >= 24)
            {
                continue;
            }

            var name = loaded.NameOf(item.Customer);
            var chinese = item.Currency == Currency.CNY;
            var number = item.Id.Value;
            var date = day.AddDays(n % 3);
            var id = string.Create(CultureInfo.InvariantCulture, $"2026120{1 + (n % 3)}-{n + 1:000}");
            (Money amount, string? text) = (n % 8) switch
            {
                0 => (item.Open, chinese ? $"货款 {number}" : $"Invoice {number}"),
                1 => (item.Open, chinese ? $"付款{number[..^2]}{number[^1]}{number[^2]}" : $"Payment {number[..^2]}{number[^1]}{number[^2]}"),
                2 => (item.Open, $"Payment for invoice {number[..^2]}"),
                3 => (item.Open, chinese ? $"支付{number}号发票款" : $"RE {number}"),
                4 => (item.Open, null),
                5 => ((item.Open * 0.5m).Round(), chinese ? $"{number} 部分付款" : $"{number} first installment"),
                6 => (item.Open - new Money(item.Currency == Currency.JPY ? 500m : 15m, item.Currency), $"{number} less bank charges"),
                _ => (item.Open, chinese ? $"发票{number}" : number),
            };

            if (n % 8 == 7 && picked.FirstOrDefault(o => o.Customer == item.Customer && o.Currency == item.Currency && !used.Contains(o.Id)) is { } second)
            {
                used.Add(second.Id);
                amount = item.Open + second.Open;
                text = $"{number}, {second.Id.Value}";
            }

            lines.Add(new StatementLine(id, date, date, amount, n % 5 == 2 ? name.ToUpperInvariant() : name, null, text, n % 2 == 0 ? "NOTPROVIDED" : string.Create(CultureInfo.InvariantCulture, $"E2E-{random.Next(100000, 999999)}"), string.Create(CultureInfo.InvariantCulture, $"BK{random.Next(10000000, 99999999)}")));
            n++;
        }

        lines.Add(new StatementLine("20261201-INT", day, day, Money.Of(12.40m, "CNY"), "中国工商银行", null, "利息 Q4 interest"));
        lines.Add(new StatementLine("20261202-REF", day.AddDays(1), day.AddDays(1), Money.Of(-880.00m, "CNY"), "上海华东机电有限公司", null, "退款 refund"));
        lines.Add(new StatementLine("20261203-OWN", day.AddDays(2), day.AddDays(2), Money.Of(500000.00m, "CNY"), "Our Trading Co., Ltd.", Account, "Own transfer 内部调拨"));
        return lines;
    }

    public static void WriteCsv(TextWriter writer, IEnumerable<StatementLine> lines)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
        csv.WriteRecord(StatementCsv.Columns);
        foreach (var l in lines)
        {
            csv.WriteRecord(
            [
                l.Id, ReportWriter.Date(l.BookingDate), ReportWriter.Date(l.ValueDate), ReportWriter.Amount(l.Amount), l.Amount.Currency.Code,
                l.PayerName ?? string.Empty, l.PayerAccount ?? string.Empty, l.RemittanceText ?? string.Empty, l.EndToEndReference ?? string.Empty, l.BankReference ?? string.Empty,
            ]);
        }
    }

    public static void WriteCamt053(TextWriter writer, IReadOnlyList<StatementLine> lines)
    {
        const string ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true };
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartElement("Document", ns);
        xml.WriteStartElement("BkToCstmrStmt");
        xml.WriteStartElement("GrpHdr");
        xml.WriteElementString("MsgId", "SAMPLE-20261203");
        xml.WriteElementString("CreDtTm", "2026-12-03T18:00:00+08:00");
        xml.WriteEndElement();
        xml.WriteStartElement("Stmt");
        xml.WriteElementString("Id", "SAMPLE-2026-12");
        xml.WriteStartElement("Acct");
        xml.WriteStartElement("Id");
        xml.WriteStartElement("Othr");
        xml.WriteElementString("Id", Account);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        foreach (var l in lines)
        {
            xml.WriteStartElement("Ntry");
            xml.WriteElementString("NtryRef", l.Id);
            xml.WriteStartElement("Amt");
            xml.WriteAttributeString("Ccy", l.Amount.Currency.Code);
            xml.WriteString(ReportWriter.Amount(l.Amount.Abs()));
            xml.WriteEndElement();
            xml.WriteElementString("CdtDbtInd", l.Amount.IsNegative ? "DBIT" : "CRDT");
            xml.WriteStartElement("Sts");
            xml.WriteElementString("Cd", "BOOK");
            xml.WriteEndElement();
            DateElement(xml, "BookgDt", l.BookingDate);
            DateElement(xml, "ValDt", l.ValueDate);
            if (l.BankReference is not null)
            {
                xml.WriteElementString("AcctSvcrRef", l.BankReference);
            }

            xml.WriteStartElement("NtryDtls");
            xml.WriteStartElement("TxDtls");
            if (l.EndToEndReference is not null)
            {
                xml.WriteStartElement("Refs");
                xml.WriteElementString("EndToEndId", l.EndToEndReference);
                xml.WriteEndElement();
            }

            if (l.PayerName is not null || l.PayerAccount is not null)
            {
                xml.WriteStartElement("RltdPties");
                if (l.PayerName is not null)
                {
                    xml.WriteStartElement("Dbtr");
                    xml.WriteStartElement("Pty");
                    xml.WriteElementString("Nm", l.PayerName);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                if (l.PayerAccount is not null)
                {
                    xml.WriteStartElement("DbtrAcct");
                    xml.WriteStartElement("Id");
                    xml.WriteStartElement("Othr");
                    xml.WriteElementString("Id", l.PayerAccount);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            if (l.RemittanceText is not null)
            {
                xml.WriteStartElement("RmtInf");
                xml.WriteElementString("Ustrd", l.RemittanceText);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.Flush();
        writer.Write('\n');
    }

    private static void DateElement(XmlWriter xml, string name, DateOnly date)
    {
        xml.WriteStartElement(name);
        xml.WriteElementString("Dt", ReportWriter.Date(date));
        xml.WriteEndElement();
    }
}

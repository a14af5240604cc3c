using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>A generated camt.053 statement and what the generator put in it: the signed amount of every line it
/// expects (one per single entry, one per transaction of a batch) with its booking status, and the balances.</summary>
public sealed record GeneratedCamt(string Xml, IReadOnlyList<(decimal Amount, bool Booked)> Expected, decimal Opening, decimal Closing, string Currency)
{
    /// <inheritdoc/>
    public override string ToString() => Xml;
}

public static partial class Arbitraries
{
    /// <summary>camt.053.001.08 statements in EUR, JPY or BHD (2, 0 and 3 decimals) with 0 to 8 entries: single entries
    /// (booked or pending, with or without dates) and batches of 2 to 6 transactions with their own signs.</summary>
    public static Gen<GeneratedCamt> CamtStatementGen { get; } =
        from currency in Gen.Elements(("EUR", 2), ("JPY", 0), ("BHD", 3))
        from opening in Gen.Choose(-100_000, 100_000)
        from entries in Gen.ListOf(CamtEntryGen(currency.Item2)).Select(l => l.Take(8).ToList())
        select Build(currency.Item1, currency.Item2, opening, entries);

    private static Gen<(List<long> Parts, bool Batch, bool Booked, bool Dated)> CamtEntryGen(int decimals) =>
        from batch in Gen.Elements(false, false, true)
        from parts in Gen.ListOf(Gen.Choose(-500_000, 500_000).Select(v => (long)v)).Where(l => l.Count >= (batch ? 2 : 1)).Select(l => l.Take(batch ? 6 : 1).ToList())
        from booked in Gen.Elements(true, true, false)
        from dated in Gen.Elements(true, true, false)
        select (parts, batch, booked, dated);

    private static GeneratedCamt Build(string currency, int decimals, int openingUnits, List<(List<long> Parts, bool Batch, bool Booked, bool Dated)> entries)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        string Text(decimal value) => Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        string Sign(decimal value) => value < 0 ? "DBIT" : "CRDT";
        var expected = new List<(decimal, bool)>();
        var opening = openingUnits / scale;
        var closing = opening;
        var body = new StringBuilder();
        for (var e = 0; e < entries.Count; e++)
        {
            var (parts, batch, booked, dated) = entries[e];
            var amounts = parts.Select(p => p / scale).ToList();
            var total = amounts.Sum();
            body.Append(CultureInfo.InvariantCulture, $"<Ntry><Amt Ccy=\"{currency}\">{Text(total)}</Amt><CdtDbtInd>{Sign(total)}</CdtDbtInd>");
            body.Append(booked ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts><Cd>PDNG</Cd></Sts>");
            body.Append(dated ? "<BookgDt><Dt>2026-11-10</Dt></BookgDt>" : string.Empty);
            body.Append(CultureInfo.InvariantCulture, $"<AcctSvcrRef>E{e + 1}</AcctSvcrRef>");
            if (batch)
            {
                body.Append("<NtryDtls>");
                foreach (var amount in amounts)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<TxDtls><Amt Ccy=\"{currency}\">{Text(amount)}</Amt><CdtDbtInd>{Sign(amount)}</CdtDbtInd></TxDtls>");
                }

                body.Append("</NtryDtls>");
                expected.AddRange(amounts.Select(a => (a, booked)));
            }
            else
            {
                expected.Add((total, booked));
            }

            body.Append("</Ntry>");
            closing += booked ? total : 0m;
        }

        string Balance(string type, decimal value) => $"<Bal><Tp><CdOrPrtry><Cd>{type}</Cd></CdOrPrtry></Tp><Amt Ccy=\"{currency}\">{Text(value)}</Amt><CdtDbtInd>{Sign(value)}</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>";
        var xml = $"""
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>G</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>S</Id><FrToDt><FrDtTm>2026-11-01T00:00:00</FrDtTm><ToDtTm>2026-11-30T23:59:59</ToDtTm></FrToDt><Acct><Id><IBAN>DE02100100100000000001</IBAN></Id></Acct>
            {Balance("OPBD", opening)}{Balance("CLBD", closing)}{body}</Stmt></BkToCstmrStmt></Document>
            """;
        return new GeneratedCamt(xml, expected, opening, closing, currency);
    }
}

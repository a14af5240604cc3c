using System.Globalization;
using System.Text;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching.Statements;

/// <summary>
/// Hand-written camt fixtures. <see cref="Version"/> writes one message of camt.052, camt.053 or camt.054 in the shape
/// of each message version 001.01 to 001.10, following the ISO 20022 message definitions: the 001.01 message names end
/// in V01 and accounts are <c>PrtryAcct</c>; entry status is <c>&lt;Sts&gt;BOOK&lt;/Sts&gt;</c> up to 001.07 and
/// <c>&lt;Sts&gt;&lt;Cd&gt;BOOK&lt;/Cd&gt;&lt;/Sts&gt;</c> from 001.08; the debtor is <c>Dbtr/Nm</c> up to 001.07 and
/// <c>Dbtr/Pty/Nm</c> from 001.08; transactions carry <c>AmtDtls/TxAmt/Amt</c> up to 001.03 and their own
/// <c>Amt</c> and <c>CdtDbtInd</c> from 001.04; referred documents are <c>RfrdDocNb</c> in 001.01.
/// </summary>
internal static class CamtFixtures
{
    public static string FixturePath(string name)
        => Path.Combine(PublicApi.RepositoryRoot(), "tests", "Receivables.Core.Tests", "Matching", "Statements", "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));

    public static string Version(string kind, int version)
    {
        var (message, part) = kind switch
        {
            "052" => ("BkToCstmrAcctRpt", "Rpt"),
            "053" => ("BkToCstmrStmt", "Stmt"),
            "054" => ("BkToCstmrDbtCdtNtfctn", "Ntfctn"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var v = version.ToString("00", CultureInfo.InvariantCulture);
        var messageName = version == 1 ? message + "V01" : message;
        var account = version == 1 ? "<Id><PrtryAcct><Id>0532013000</Id></PrtryAcct></Id>" : "<Id><IBAN>DE02100100100000000001</IBAN></Id>";
        string Status(string code) => version >= 8 ? $"<Sts><Cd>{code}</Cd></Sts>" : $"<Sts>{code}</Sts>";
        string Debtor(string name) => version >= 8 ? $"<Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr>" : $"<Dbtr><Nm>{name}</Nm></Dbtr>";
        var document = version == 1 ? "RfrdDocNb" : "Nb";
        string Part(string amount, string sign, string text)
            => version >= 4
                ? $"<TxDtls><Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>{sign}</CdtDbtInd><RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls>"
                : $"<TxDtls><AmtDtls><TxAmt><Amt Ccy=\"EUR\">{amount}</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls>";
        var batch = version >= 4
            ? Part("350.00", "CRDT", "INV-2026-001235") + Part("50.00", "DBIT", "Ruecklastschrift INV-2026-001236")
            : Part("100.00", "CRDT", "INV-2026-001235") + Part("200.00", "CRDT", "INV-2026-001236");
        var balances = version == 1 ? string.Empty : """
            <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">2477.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-02</Dt></Dt></Bal>
            """;
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.{kind}.001.{v}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <{messageName}>
                <GrpHdr><MsgId>MSG-{kind}-{v}</MsgId><CreDtTm>2026-11-02T18:00:00+01:00</CreDtTm></GrpHdr>
                <{part}>
                  <Id>{kind}-{v}</Id>
                  <CreDtTm>2026-11-02T18:00:00+01:00</CreDtTm>
                  <Acct>{account}<Ccy>EUR</Ccy></Acct>
                  {balances}
                  <Ntry>
                    <NtryRef>E1</NtryRef>
                    <Amt Ccy="EUR">1190.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    {Status("BOOK")}
                    <BookgDt><Dt>2026-11-02</Dt></BookgDt>
                    <ValDt><Dt>2026-11-01</Dt></ValDt>
                    <AcctSvcrRef>BANK-{kind}-{v}-1</AcctSvcrRef>
                    <NtryDtls><TxDtls>
                      <Refs><EndToEndId>E2E-4711</EndToEndId></Refs>
                      <RltdPties>{Debtor("ACME Maschinenbau GmbH")}<DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>
                      <RmtInf><Ustrd>Rechnung</Ustrd><Strd><RfrdDocInf><{document}>INV-2026-001234</{document}></RfrdDocInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="EUR">300.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    {Status("BOOK")}
                    <BookgDt><DtTm>2026-11-02T10:15:00+01:00</DtTm></BookgDt>
                    <AcctSvcrRef>BANK-{kind}-{v}-2</AcctSvcrRef>
                    <NtryDtls>{batch}</NtryDtls>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="EUR">12.50</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    {Status("BOOK")}
                    <ValDt><Dt>2026-11-02</Dt></ValDt>
                    <AddtlNtryInf>Kontofuehrung</AddtlNtryInf>
                  </Ntry>
                </{part}>
              </{messageName}>
            </Document>
            """);
        return xml.ToString();
    }

    /// <summary>A camt.053.001.08 document around the given entries (statement period 2026-11-01 to 2026-11-30).</summary>
    public static string Statement(string entries, string account = "DE02100100100000000001")
        => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>S1</Id>
                  <CreDtTm>2026-12-01T06:00:00</CreDtTm>
                  <FrToDt><FrDtTm>2026-11-01T00:00:00</FrDtTm><ToDtTm>2026-11-30T23:59:59</ToDtTm></FrToDt>
                  <Acct><Id><IBAN>{account}</IBAN></Id></Acct>
                  {entries}
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;

    /// <summary>One booked entry.</summary>
    public static string Entry(string amount, string sign = "CRDT", string reference = "B-1", string details = "", string dates = "<BookgDt><Dt>2026-11-10</Dt></BookgDt><ValDt><Dt>2026-11-10</Dt></ValDt>", string currency = "EUR", string extra = "")
        => $"""<Ntry><Amt Ccy="{currency}">{amount}</Amt><CdtDbtInd>{sign}</CdtDbtInd>{extra}<Sts><Cd>BOOK</Cd></Sts>{dates}<AcctSvcrRef>{reference}</AcctSvcrRef>{details}</Ntry>""";
}

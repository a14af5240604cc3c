using Receivables.Matching;
using Receivables.Matching.Statements;

using Receivables.Ledger;

namespace Receivables.Tests.Matching.Statements;

public class CamtReaderTests
{
    // Shape follows the ISO 20022 camt.053.001.08 message definition (BkToCstmrStmt/Stmt/Ntry/NtryDtls/TxDtls).
    private const string Camt053 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>STMT-2026-11-02</MsgId><CreDtTm>2026-11-02T18:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-2026-11-02-01</Id>
              <Acct><Id><IBAN>DE02100100100000000001</IBAN></Id></Acct>
              <Ntry>
                <NtryRef>E1</NtryRef>
                <Amt Ccy="EUR">1190.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-02</Dt></BookgDt>
                <ValDt><Dt>2026-11-01</Dt></ValDt>
                <AcctSvcrRef>BANK-0001</AcctSvcrRef>
                <NtryDtls><TxDtls>
                  <Refs><EndToEndId>E2E-4711</EndToEndId></Refs>
                  <RltdPties>
                    <Dbtr><Pty><Nm>ACME Maschinenbau GmbH</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
                  </RltdPties>
                  <RmtInf><Ustrd>Rechnung INV-2026-001234</Ustrd><Ustrd>danke</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">300.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <BookgDt><DtTm>2026-11-02T10:15:00+01:00</DtTm></BookgDt>
                <AcctSvcrRef>BANK-0002</AcctSvcrRef>
                <NtryDtls>
                  <TxDtls><Amt Ccy="EUR">100.00</Amt><RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
                  <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">200.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>INV-2026-001235</Ustrd></RmtInf></TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">12.50</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <ValDt><Dt>2026-11-02</Dt></ValDt>
                <AddtlNtryInf>Kontofuehrung</AddtlNtryInf>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    [Fact]
    public void Parse_Camt053_ReadsEntriesTransactionsAndSigns()
    {
        var statement = CamtReader.Parse(Camt053);

        Assert.Equal("camt.053", statement.Format);
        Assert.Equal("DE02100100100000000001", statement.Account);
        Assert.Equal(["BANK-0001", "BANK-0002/1", "BANK-0002/2", "STMT-2026-11-02-01/3"], statement.Lines.Select(l => l.Id));
        var first = statement.Lines[0];
        Assert.Equal(Money.Of(1190.00m, "EUR"), first.Amount);
        Assert.Equal(new DateOnly(2026, 11, 2), first.BookingDate);
        Assert.Equal(new DateOnly(2026, 11, 1), first.ValueDate);
        Assert.Equal("ACME Maschinenbau GmbH", first.PayerName);
        Assert.Equal("DE89370400440532013000", first.PayerAccount);
        Assert.Equal("Rechnung INV-2026-001234 danke", first.RemittanceText);
        Assert.Equal("E2E-4711", first.EndToEndReference);
        Assert.Equal([100.00m, 200.00m, -12.50m], statement.Lines.Skip(1).Select(l => l.Amount.Amount));
        Assert.Equal("RF18539007547034", statement.Lines[1].RemittanceText);
        Assert.Equal(new DateOnly(2026, 11, 2), statement.Lines[2].ValueDate);
        Assert.Equal("Kontofuehrung", statement.Lines[3].RemittanceText);
    }

    [Fact]
    public void Parse_Camt054Notification_ReadsEntries()
    {
        var xml = Camt053.Replace("camt.053.001.08", "camt.054.001.08", StringComparison.Ordinal)
            .Replace("BkToCstmrStmt>", "BkToCstmrDbtCdtNtfctn>", StringComparison.Ordinal)
            .Replace("<Stmt>", "<Ntfctn>", StringComparison.Ordinal).Replace("</Stmt>", "</Ntfctn>", StringComparison.Ordinal);

        var statement = CamtReader.Parse(xml);

        Assert.Equal("camt.054", statement.Format);
        Assert.Equal(4, statement.Lines.Length);
    }

    [Fact]
    public void Parse_ReadLinesMatchTheSampleItems()
    {
        var statement = CamtReader.Parse(Camt053);
        var items = new[] { new OpenItem(new DocumentId("INV-2026-001234"), new CustomerId("C-1001"), Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)) };

        var result = MatchingEngine.Create().Match(statement.Lines, items);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[0].Decision);
        Assert.Equal(MatchDecision.Unmatched, result.Lines[3].Decision);
    }

    [Theory]
    [InlineData("<Amt Ccy=\"EUR\">300.00</Amt>", "<Amt Ccy=\"XXY\">300.00</Amt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt")]
    [InlineData("<Amt Ccy=\"EUR\">300.00</Amt>", "<Amt Ccy=\"EUR\">3OO</Amt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt")]
    [InlineData("<Amt Ccy=\"EUR\">300.00</Amt>", "", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt")]
    [InlineData("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DEBIT</CdtDbtInd>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/CdtDbtInd")]
    [InlineData("<ValDt><Dt>2026-11-02</Dt></ValDt>", "", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/BookgDt")]
    [InlineData("<Dt>2026-11-02</Dt></BookgDt>", "<Dt>02.11.2026</Dt></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt")]
    [InlineData("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbInd>", "/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[3]/CdtDbtInd[1]")]
    [InlineData("<BkToCstmrStmt>", "<BkToCstmrStmtX>", "/Document/BkToCstmrStmtX")]
    public void Parse_MalformedOrIncomplete_ThrowsWithElementPath(string find, string replace, string path)
    {
        var xml = Camt053.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.StartsWith(path, error.ElementPath, StringComparison.Ordinal);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Dtd_Refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x \"y\">]><Document/>";

        Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));
    }

    [Fact]
    public void Parse_NotCamt_Throws()
    {
        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse("<Invoice/>"));

        Assert.Equal("/Invoice", error.ElementPath);
    }
}

using Receivables.Matching;
using Receivables.Matching.Statements;
using static Receivables.Tests.Matching.Statements.CamtFixtures;

using Receivables.Ledger;

namespace Receivables.Tests.Matching.Statements;

/// <summary>Issue 18 (bank files): entries, batches, references, status, accounts and balances.</summary>
public class CamtReaderEntryTests
{
    [Theory]
    [InlineData("052")]
    [InlineData("053")]
    [InlineData("054")]
    public void Parse_EveryVersion01To10_ReadsLinesAccountsAndBalances(string kind)
    {
        for (var version = 1; version <= 10; version++)
        {
            var statement = CamtReader.Parse(Version(kind, version));

            Assert.Equal("camt." + kind, statement.Format);
            Assert.Equal(version == 1 ? "0532013000" : "DE02100100100000000001", statement.Account);
            Assert.Equal(4, statement.Lines.Length);
            var first = statement.Lines[0];
            Assert.Equal(Money.Of(1190.00m, "EUR"), first.Amount);
            Assert.Equal("ACME Maschinenbau GmbH", first.PayerName);
            Assert.Equal(["INV-2026-001234"], first.References.AsEnumerable());
            Assert.Equal("Rechnung INV-2026-001234", first.RemittanceText);
            Assert.Equal(version >= 4 ? [350.00m, -50.00m] : [100.00m, 200.00m], statement.Lines.Skip(1).Take(2).Select(l => l.Amount.Amount));
            Assert.Equal(-12.50m, statement.Lines[3].Amount.Amount);
            Assert.All(statement.Lines, l => Assert.Equal(statement.Account, l.Account));
            Assert.All(statement.Lines, l => Assert.Equal(StatementLineStatus.Booked, l.Status));
            if (version > 1)
            {
                var opening = statement.Balances.Single(b => b.Type == "OPBD").Amount;
                var closing = statement.Balances.Single(b => b.Type == "CLBD").Amount;
                Assert.Equal(closing, statement.Lines.Aggregate(opening, (sum, l) => sum + l.Amount));
            }
        }
    }

    [Fact]
    public void Parse_EntryWithoutDates_TakesTheStatementPeriodEndAndSaysSo()
    {
        var xml = Statement(Entry("50.00", dates: string.Empty));

        var line = CamtReader.Parse(xml).Lines.Single();

        Assert.Equal(new DateOnly(2026, 11, 30), line.BookingDate);
        Assert.Equal(new DateOnly(2026, 11, 30), line.ValueDate);
        var note = Assert.Single(line.Notes);
        Assert.True(note.Is(StatementReasonCodes.DatesFromStatement));
        Assert.Equal("FrToDt/ToDtTm", note.Get<string>("source"));
    }

    [Fact]
    public void Parse_EntryWithoutDatesOrPeriod_TakesTheCreationDate()
    {
        var xml = Statement(Entry("50.00", dates: string.Empty)).Replace("<FrToDt><FrDtTm>2026-11-01T00:00:00</FrDtTm><ToDtTm>2026-11-30T23:59:59</ToDtTm></FrToDt>", string.Empty, StringComparison.Ordinal);

        var line = CamtReader.Parse(xml).Lines.Single();

        Assert.Equal(new DateOnly(2026, 12, 1), line.ValueDate);
        Assert.Equal("CreDtTm", line.Notes.Single().Get<string>("source"));
    }

    [Fact]
    public void Read_BatchWithDebitTransactions_UsesEachSignAndAddsUpToTheEntry()
    {
        using var file = File.OpenRead(FixturePath("batch-6329.camt053.xml"));

        var statement = CamtReader.Read(file);

        Assert.Equal(31, statement.Lines.Length);
        Assert.Equal(6_329.00m, statement.Lines.Sum(l => l.Amount.Amount));
        Assert.Equal(2, statement.Lines.Count(l => l.Amount.Amount == -6.00m));
        Assert.Equal("Kunde 01 GmbH", statement.Lines[0].PayerName);
        Assert.Equal(["INV-2026-000001"], statement.Lines[0].References.AsEnumerable());
        Assert.Equal("SEPA-DD-0006-RTN", statement.Lines[29].EndToEndReference);
        var opening = statement.Balances.Single(b => b.Type == "OPBD").Amount;
        Assert.Equal(statement.Balances.Single(b => b.Type == "CLBD").Amount, statement.Lines.Aggregate(opening, (s, l) => s + l.Amount));
    }

    [Fact]
    public void Parse_BatchPartsNotAddingUp_RefusedWithTheEntryPath()
    {
        var details = "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">60.00</Amt></TxDtls><TxDtls><Amt Ccy=\"EUR\">60.00</Amt></TxDtls></NtryDtls>";
        var xml = Statement(Entry("100.00", details: details));

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt", error.ElementPath);
        Assert.Contains("120.00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BatchPartInAnotherCurrency_RefusedWithTheTransactionPath()
    {
        var details = "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">60.00</Amt></TxDtls><TxDtls><Amt Ccy=\"USD\">40.00</Amt></TxDtls></NtryDtls>";
        var xml = Statement(Entry("100.00", details: details));

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[2]/Amt", error.ElementPath);
    }

    [Fact]
    public void Parse_BatchWithoutAmounts_KeepsEveryTransactionsTextAndReferences()
    {
        var details = """
            <NtryDtls>
              <TxDtls><Refs><EndToEndId>E-1</EndToEndId></Refs><RmtInf><Ustrd>INV-2026-000101</Ustrd></RmtInf></TxDtls>
              <TxDtls><Refs><EndToEndId>E-2</EndToEndId></Refs><RmtInf><Strd><RfrdDocInf><Nb>INV-2026-000102</Nb></RfrdDocInf></Strd></RmtInf></TxDtls>
            </NtryDtls>
            """;
        var line = CamtReader.Parse(Statement(Entry("300.00", details: details))).Lines.Single();

        Assert.Equal(300.00m, line.Amount.Amount);
        Assert.Contains("INV-2026-000101", line.RemittanceText, StringComparison.Ordinal);
        Assert.Contains("INV-2026-000102", line.RemittanceText, StringComparison.Ordinal);
        Assert.Equal(["INV-2026-000102", "E-1", "E-2"], line.References.AsEnumerable());
        Assert.Null(line.EndToEndReference);
        Assert.True(line.Notes.Single().Is(StatementReasonCodes.BatchMerged));
    }

    [Fact]
    public void Parse_TwoDetailBlocks_KeepsTheTransactionsOfBoth()
    {
        var details = """
            <NtryDtls><TxDtls><Amt Ccy="EUR">100.00</Amt><RmtInf><Ustrd>INV-2026-000201</Ustrd></RmtInf></TxDtls></NtryDtls>
            <NtryDtls><TxDtls><Amt Ccy="EUR">200.00</Amt><RmtInf><Ustrd>INV-2026-000202</Ustrd></RmtInf></TxDtls></NtryDtls>
            """;

        var lines = CamtReader.Parse(Statement(Entry("300.00", details: details))).Lines;

        Assert.Equal(["INV-2026-000201", "INV-2026-000202"], lines.Select(l => l.RemittanceText));
        Assert.Equal([100.00m, 200.00m], lines.Select(l => l.Amount.Amount));
    }

    [Fact]
    public void Parse_TwoDetailBlocksWithoutAmounts_KeepsTheTextsOfBoth()
    {
        var details = """
            <NtryDtls><TxDtls><Refs><EndToEndId>E-1</EndToEndId></Refs><RmtInf><Ustrd>INV-2026-000301</Ustrd></RmtInf></TxDtls></NtryDtls>
            <NtryDtls><TxDtls><Refs><EndToEndId>E-2</EndToEndId></Refs><RmtInf><Ustrd>INV-2026-000302</Ustrd></RmtInf></TxDtls></NtryDtls>
            """;

        var line = CamtReader.Parse(Statement(Entry("300.00", details: details))).Lines.Single();

        Assert.Equal("INV-2026-000301 INV-2026-000302", line.RemittanceText);
        Assert.Equal(["E-1", "E-2"], line.References.AsEnumerable());
    }

    [Fact]
    public void Parse_StructuredRemittance_ReadsReferredDocumentsAndAdditionalInformation()
    {
        var details = """
            <NtryDtls><TxDtls><RmtInf>
              <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>4711-A</Nb></RfrdDocInf><RfrdDocInf><Nb>4712-B</Nb></RfrdDocInf></Strd>
              <Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf><AddtlRmtInf>Skonto 2 %</AddtlRmtInf></Strd>
            </RmtInf></TxDtls></NtryDtls>
            """;

        var line = CamtReader.Parse(Statement(Entry("98.00", details: details))).Lines.Single();

        Assert.Equal(["4711-A", "4712-B", "RF18539007547034", "Skonto 2 %"], line.References.AsEnumerable());
        Assert.Equal("4711-A 4712-B RF18539007547034 Skonto 2 %", line.RemittanceText);
    }

    [Fact]
    public void Read_PendingReversalAndTwoAccounts_FlaggedPerLineWithTheirAccount()
    {
        using var file = File.OpenRead(FixturePath("two-accounts.camt053.xml"));

        var statement = CamtReader.Read(file);

        Assert.Equal(["EUR-1", "EUR-2", "EUR-3", "CNY-1"], statement.Lines.Select(l => l.Id));
        Assert.Equal([StatementLineStatus.Booked, StatementLineStatus.Pending, StatementLineStatus.Booked, StatementLineStatus.Booked], statement.Lines.Select(l => l.Status));
        Assert.Equal([false, false, true, false], statement.Lines.Select(l => l.IsReversal));
        Assert.Equal(["DE02100100100000000001", "DE02100100100000000001", "DE02100100100000000001", "31001234567890"], statement.Lines.Select(l => l.Account));
        Assert.Equal("DE02100100100000000001", statement.Account);
        foreach (var account in statement.Balances.Select(b => b.Account).Distinct())
        {
            var opening = statement.Balances.Single(b => b.Account == account && b.Type == "OPBD").Amount;
            var closing = statement.Balances.Single(b => b.Account == account && b.Type == "CLBD").Amount;
            var booked = statement.Lines.Where(l => l.Account == account && l.Status == StatementLineStatus.Booked);
            Assert.Equal(closing, booked.Aggregate(opening, (s, l) => s + l.Amount));
        }
    }

    [Theory]
    [InlineData("<Sts>PDNG</Sts>", StatementLineStatus.Pending)]
    [InlineData("<Sts><Cd>PDNG</Cd></Sts>", StatementLineStatus.Pending)]
    [InlineData("<Sts><Cd>INFO</Cd></Sts>", StatementLineStatus.Information)]
    [InlineData("<Sts><Cd>FUTR</Cd></Sts>", StatementLineStatus.Future)]
    [InlineData("", StatementLineStatus.Booked)]
    public void Parse_Status_ReadInBothShapes(string status, StatementLineStatus expected)
    {
        var xml = Statement(Entry("10.00")).Replace("<Sts><Cd>BOOK</Cd></Sts>", status, StringComparison.Ordinal);

        Assert.Equal(expected, CamtReader.Parse(xml).Lines.Single().Status);
    }

    [Fact]
    public void Parse_UnknownStatus_Refused()
    {
        var xml = Statement(Entry("10.00")).Replace("<Cd>BOOK</Cd>", "<Cd>XXXX</Cd>", StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Sts", error.ElementPath);
    }

    [Fact]
    public void Parse_Reversal_Flagged()
    {
        var line = CamtReader.Parse(Statement(Entry("10.00", "DBIT", extra: "<RvslInd>true</RvslInd>"))).Lines.Single();

        Assert.True(line.IsReversal);
        Assert.Equal(-10.00m, line.Amount.Amount);
    }

    [Fact]
    public void Parse_DuplicateId_RefusedNamingBothPlaces()
    {
        var xml = Statement(Entry("10.00", reference: "X") + Entry("20.00", reference: "X"));

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]", error.ElementPath);
        Assert.Contains("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateIdLenient_RenamedToAFreeIdAndNoted()
    {
        var xml = Statement(Entry("10.00", reference: "X") + Entry("20.00", reference: "X#2") + Entry("30.00", reference: "X"));

        var lines = CamtReader.Parse(xml, new StatementReaderOptions { Strictness = StatementStrictness.Lenient }).Lines;

        Assert.Equal(["X", "X#2", "X#3"], lines.Select(l => l.Id));
        var note = lines[2].Notes.Single();
        Assert.True(note.Is(StatementReasonCodes.IdRenamed));
        Assert.Equal("X", note.Get<string>("original"));
        Assert.Empty(lines[1].Notes);
    }

    [Fact]
    public void Parse_ReadLinesMatchTheirReferences()
    {
        var details = "<NtryDtls><TxDtls><RmtInf><Strd><RfrdDocInf><Nb>INV-2026-001234</Nb></RfrdDocInf></Strd></RmtInf></TxDtls></NtryDtls>";
        var statement = CamtReader.Parse(Statement(Entry("1190.00", details: details)));
        var items = new[] { new OpenItem(new DocumentId("INV-2026-001234"), new CustomerId("C-1001"), Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)) };

        var result = MatchingEngine.Create().Match(statement.Lines, items);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[0].Decision);
    }
}

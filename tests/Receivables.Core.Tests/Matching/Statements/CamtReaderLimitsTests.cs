using System.Diagnostics;
using System.Globalization;
using System.Text;
using Receivables.Matching.Statements;
using Xunit.Abstractions;
using static Receivables.Tests.Matching.Statements.CamtFixtures;

namespace Receivables.Tests.Matching.Statements;

/// <summary>Issue 18 (bank files): value validation, time zones, depth, size and memory.</summary>
[Collection(Receivables.Tests.Support.MeasuresProcessMemory.Name)]
public class CamtReaderLimitsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("0.00000000000000000000000000000001", "EUR")]
    [InlineData("100.005", "EUR")]
    [InlineData("100.5", "JPY")]
    [InlineData("1234567890123456789", "EUR")]
    [InlineData("-100.00", "EUR")]
    [InlineData("1e3", "EUR")]
    [InlineData("1,000.00", "EUR")]
    public void Parse_AmountNotValidForItsCurrency_RefusedWithThePath(string amount, string currency)
    {
        var xml = Statement(Entry(amount, currency: currency));

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt", error.ElementPath);
    }

    [Theory]
    [InlineData("100.50", "EUR", "100.50")]
    [InlineData("100.500", "EUR", "100.50")]
    [InlineData("100", "JPY", "100")]
    [InlineData("1.234", "BHD", "1.234")]
    [InlineData("9999999999999999.99", "EUR", "9999999999999999.99")]
    public void Parse_AmountWithinItsCurrency_Read(string amount, string currency, string expectedText)
    {
        var expected = decimal.Parse(expectedText, CultureInfo.InvariantCulture);
        var line = CamtReader.Parse(Statement(Entry(amount, currency: currency))).Lines.Single();

        Assert.Equal(expected, line.Amount.Amount);
        Assert.Equal(currency, line.Amount.Currency.Code);
    }

    [Theory]
    [InlineData("<BookgDt><DtTm>2026-11-02T10:15:00+01:00garbage</DtTm></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/DtTm")]
    [InlineData("<BookgDt><DtTm>2026-11-02</DtTm></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/DtTm")]
    [InlineData("<BookgDt><DtTm>2026-11-02T25:00:00</DtTm></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/DtTm")]
    [InlineData("<BookgDt><Dt>2026-02-30</Dt></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/Dt")]
    [InlineData("<BookgDt><Dt>2026-11-02x</Dt></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/Dt")]
    [InlineData("<BookgDt><Foo>2026-11-02</Foo></BookgDt>", "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt")]
    public void Parse_MalformedDate_RefusedWithThePath(string dates, string path)
    {
        var xml = Statement(Entry("10.00", dates: dates));

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal(path, error.ElementPath);
    }

    [Theory]
    [InlineData("2026-11-02T23:30:00-05:00", null, "2026-11-02")]
    [InlineData("2026-11-02T23:30:00-05:00", "Europe/Berlin", "2026-11-03")]
    [InlineData("2026-11-02T00:30:00+01:00", "America/New_York", "2026-11-01")]
    [InlineData("2026-11-02T16:30:00Z", "Asia/Shanghai", "2026-11-03")]
    [InlineData("2026-11-02T23:30:00", "Asia/Shanghai", "2026-11-02")]
    [InlineData("2026-11-02T23:30:00.123456-05:00", "UTC", "2026-11-03")]
    public void Parse_DateTimeWithOffset_DateInTheAccountsZone(string dateTime, string? zone, string expected)
    {
        var xml = Statement(Entry("10.00", dates: $"<BookgDt><DtTm>{dateTime}</DtTm></BookgDt>"));
        var options = new StatementReaderOptions { TimeZone = zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone) };

        var line = CamtReader.Parse(xml, options).Lines.Single();

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), line.BookingDate);
    }

    [Fact]
    public void Parse_DeepNesting_RefusedQuicklyWithTheDepthLimit()
    {
        // 40,000 nested elements in about 273 KB: the old reader took seconds (quadratic), this one stops at depth 64.
        var nested = string.Concat(Enumerable.Repeat("<a>", 40_000)) + string.Concat(Enumerable.Repeat("</a>", 40_000));
        var xml = Statement(Entry("10.00", details: $"<NtryDtls><TxDtls><SplmtryData><Envlp>{nested}</Envlp></SplmtryData></TxDtls></NtryDtls>"));
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]/SplmtryData[1]/Envlp[1]/a[1]/a[1]", error.ElementPath, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_NestingAtTheLimit_LoadsInLinearTime()
    {
        // Depth 1,000 (the highest allowed limit) inside each of 100 entries: linear loading keeps this well below a second
        // on an idle machine (the bound is loose because the test machine is shared).
        var nested = string.Concat(Enumerable.Repeat("<a>", 990)) + string.Concat(Enumerable.Repeat("</a>", 990));
        var entries = string.Concat(Enumerable.Range(1, 100).Select(i => Entry("1.00", reference: $"B-{i}", details: $"<NtryDtls><TxDtls><SplmtryData><Envlp>{nested}</Envlp></SplmtryData></TxDtls></NtryDtls>")));
        var watch = Stopwatch.StartNew();

        var statement = CamtReader.Parse(Statement(entries), new StatementReaderOptions { MaxDepth = StatementReaderOptions.DepthLimit });

        Assert.Equal(100, statement.Lines.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_FileCutOffAfterTheMessage_Refused()
    {
        var xml = Statement(Entry("10.00")).Replace("</Document>", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(xml));

        Assert.Equal("/Document", error.ElementPath);
    }

    [Fact]
    public void Parse_TextLongerThanTheLimit_RefusedWithThePath()
    {
        var details = $"<NtryDtls><TxDtls><RmtInf><Ustrd>{new string('x', 5_000)}</Ustrd></RmtInf></TxDtls></NtryDtls>";

        var error = Assert.Throws<StatementFormatException>(() => CamtReader.Parse(Statement(Entry("1.00", details: details))));

        Assert.Equal("/Document/BkToCstmrStmt[1]/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]/RmtInf[1]/Ustrd[1]", error.ElementPath);
    }

    [Fact]
    public void ReadLines_LargeFile_StreamsWithFlatMemory()
    {
        // About 12.5 MB of camt.053 (kept small: the test machine is shared): 2,500 entries of 5 KB. The lines come while the
        // file is being read, and the live heap stays small (a whole-document load holds the file's text twice over, as
        // UTF-16, plus every node: about 7 times the file).
        var path = Path.Combine(Path.GetTempPath(), $"camt-large-{Environment.ProcessId}.xml");
        try
        {
            const int Entries = 2_500;
            var timer = Stopwatch.StartNew();
            WriteLargeStatement(path, Entries);
            output.WriteLine($"write {timer.Elapsed}");
            timer.Restart();
            using var file = new CountingStream(File.OpenRead(path));
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = 0L;
            var count = 0;
            var sum = 0m;
            long readAtFirstLine = -1;

            foreach (var line in CamtReader.ReadLines(file))
            {
                if (count == 0)
                {
                    readAtFirstLine = file.BytesRead;
                }

                count++;
                sum += line.Amount.Amount;
                if (count % 500 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }

            output.WriteLine($"read {timer.Elapsed}, live heap growth at most {peak:N0} bytes");
            Assert.True(file.Length > 12_000_000, $"file is {file.Length} bytes");
            Assert.Equal(Entries, count);
            Assert.Equal(Entries * 12.34m, sum);
            Assert.InRange(readAtFirstLine, 1, 1_000_000);
            Assert.True(peak < 8_000_000, $"live heap grew by {peak:N0} bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteLargeStatement(string path, int entries)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(Statement("@").Split('@')[0]);
        var filler = string.Concat(Enumerable.Repeat($"<AdrLine>{new string('x', 1_200)}</AdrLine>", 4));
        for (var i = 1; i <= entries; i++)
        {
            writer.Write(Entry("12.34", reference: "B-" + i.ToString(CultureInfo.InvariantCulture), details: $"<NtryDtls><TxDtls><Refs><EndToEndId>E2E-{i}</EndToEndId></Refs><RltdAgts><DbtrAgt><FinInstnId><PstlAdr>{filler}</PstlAdr></FinInstnId></DbtrAgt></RltdAgts><RmtInf><Ustrd>INV-{i}</Ustrd></RmtInf></TxDtls></NtryDtls>"));
            writer.Write('\n');
        }

        writer.Write(Statement("@").Split('@')[1]);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

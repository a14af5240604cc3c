using System.Collections.Immutable;
using System.Xml;
using Receivables.Internal;

namespace Receivables.Matching.Statements;

/// <summary>
/// Reads ISO 20022 bank-to-customer messages into statement lines: camt.053 (statement), camt.054 (debit/credit
/// notification) and camt.052 (account report), any version (elements are matched by local name; tested with 001.01
/// to 001.10, including the 001.01 message names <c>…V01</c> and <c>PrtryAcct</c> accounts).
/// </summary>
/// <remarks>
/// <para>Per entry (<c>Ntry</c>): amount and currency (<c>Amt/@Ccy</c>), sign (<c>CdtDbtInd</c>: <c>DBIT</c> gives a
/// negative amount), status (<c>Sts</c> or <c>Sts/Cd</c>: BOOK, PDNG, INFO, FUTR, see
/// <see cref="StatementLine.Status"/>), reversal (<c>RvslInd</c>), booking and value dates (<c>Dt</c> or
/// <c>DtTm</c>; either stands in for the other; when both are missing the statement's <c>FrToDt/ToDtTm</c>,
/// <c>FrToDt/FrDtTm</c> or <c>CreDtTm</c> is used and noted on the line), bank reference (<c>AcctSvcrRef</c>). Each
/// line carries the account of its own statement block. Transaction details (every <c>NtryDtls/TxDtls</c>) give the
/// end-to-end reference, the debtor name and account, the remittance text (all <c>RmtInf/Ustrd</c>, and of every
/// <c>Strd</c> the <c>CdtrRefInf/Ref</c>, every <c>RfrdDocInf/Nb</c> and <c>AddtlRmtInf</c>) and the
/// <see cref="StatementLine.References"/> (the structured ones).</para>
/// <para>A batch entry whose transactions all carry amounts gives one line per transaction, each with its own sign
/// (its <c>CdtDbtInd</c>, else the entry's); the signed amounts must add up to the entry amount in the entry's
/// currency. A batch whose transactions do not all carry amounts gives one line for the entry with the texts and
/// references of all of them. Line ids are the bank reference, else <c>NtryRef</c>, else statement id and position
/// (transactions of a batch add <c>/n</c>); a repeated id is refused (or renamed with
/// <see cref="StatementStrictness.Lenient"/>).</para>
/// <para>Values are checked: amounts as ISO 20022 amounts (digits, at most 18 of them and 5 decimals) with no more
/// decimals than the currency has, dates as <c>yyyy-MM-dd</c>, date-times as ISO 8601
/// (<c>yyyy-MM-ddTHH:mm:ss[.f][Z|±hh:mm]</c>), converted to <see cref="StatementReaderOptions.TimeZone"/> when set.</para>
/// <para>The file is read forward once (<see cref="XmlReader"/>); only one entry is held in memory at a time, so
/// memory does not grow with the file beyond the lines returned (<see cref="ReadLines"/> returns them one by one).
/// Every error is a <see cref="StatementFormatException"/> with the element path, every step with its position where
/// it counts, such as <c>/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt</c>; <see cref="Read(Stream)"/> returns nothing
/// partially. DTDs are refused.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class CamtReader
{
    /// <summary>Reads a camt message from a stream with the default options (the encoding is taken from the XML
    /// declaration).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Read(Stream stream) => Read(stream, null);

    /// <summary>Reads a camt message from a stream (the encoding is taken from the XML declaration).</summary>
    /// <param name="stream">The stream; read to the end, not closed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (all problems listed).</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Read(Stream stream, StatementReaderOptions? options)
    {
        Guard.NotNull(stream);
        var checkedOptions = StatementReaderOptions.Checked(options);
        using var reader = XmlReader.Create(stream, Settings);
        return ReadAll(reader, checkedOptions);
    }

    /// <summary>Reads a camt message from text with the default options.</summary>
    /// <param name="reader">The text reader; read to the end, not closed.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Read(TextReader reader) => Read(reader, null);

    /// <summary>Reads a camt message from text.</summary>
    /// <param name="reader">The text reader; read to the end, not closed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (all problems listed).</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Read(TextReader reader, StatementReaderOptions? options)
    {
        Guard.NotNull(reader);
        var checkedOptions = StatementReaderOptions.Checked(options);
        using var xml = XmlReader.Create(reader, Settings);
        return ReadAll(xml, checkedOptions);
    }

    /// <summary>Reads a camt message from a string with the default options.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Parse(string xml) => Parse(xml, null);

    /// <summary>Reads a camt message from a string.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (all problems listed).</exception>
    /// <exception cref="StatementFormatException">The XML is malformed or not a valid camt.052/053/054 message.</exception>
    public static BankStatement Parse(string xml, StatementReaderOptions? options)
    {
        Guard.NotNull(xml);
        using var reader = new StringReader(xml);
        return Read(reader, options);
    }

    /// <summary>Reads the lines of a camt message one by one while the stream is read, for files too large to hold
    /// (memory stays flat whatever the file size). Unlike <see cref="Read(Stream, StatementReaderOptions?)"/>, lines
    /// before an error have already been returned when the <see cref="StatementFormatException"/> is thrown, and
    /// balances are not returned.</summary>
    /// <param name="stream">The stream; read while enumerating, not closed. Enumerate once.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The lines, in file order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (all problems listed).</exception>
    /// <exception cref="StatementFormatException">(While enumerating) the XML is malformed or not a valid camt
    /// message.</exception>
    public static IEnumerable<StatementLine> ReadLines(Stream stream, StatementReaderOptions? options = null)
    {
        Guard.NotNull(stream);
        var checkedOptions = StatementReaderOptions.Checked(options);
        return Stream(stream, checkedOptions);

        static IEnumerable<StatementLine> Stream(Stream stream, StatementReaderOptions options)
        {
            using var reader = XmlReader.Create(stream, Settings);
            foreach (var line in new CamtParser(reader, options).Lines())
            {
                yield return line;
            }
        }
    }

    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true, CloseInput = false };

    private static BankStatement ReadAll(XmlReader reader, StatementReaderOptions options)
    {
        var parser = new CamtParser(reader, options);
        var lines = ImmutableArray.CreateBuilder<StatementLine>();
        foreach (var line in parser.Lines())
        {
            lines.Add(line);
        }

        return new BankStatement(parser.Format, parser.FirstAccount, lines.ToImmutable()) { Balances = parser.Balances.ToImmutable() };
    }
}

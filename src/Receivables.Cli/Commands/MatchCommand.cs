using System.CommandLine;
using System.Globalization;
using Receivables.Matching;
using Receivables.Matching.Statements;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables match</c>: proposes how bank statement lines settle the open items of a documents CSV.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var items = new Argument<FileInfo>("items") { Description = "Documents CSV (its open items are matched; see docs/csv-formats.md)." };
        var statement = new Argument<FileInfo>("statement") { Description = "Bank statement: camt.052/053/054 XML (.xml), a WeChat Pay or Alipay merchant bill or an Adyen Settlement details report (recognised by its first line) or statement CSV (.csv)." };
        var customers = new Option<FileInfo?>("--customers") { Description = "Customers CSV with known accounts, names and parents (customer,name,account,parent)." };
        var threshold = new Option<double>("--auto-apply-threshold") { Description = "Lowest confidence applied without review (0 to 1).", DefaultValueFactory = _ => 0.9 };
        var post = new Option<FileInfo?>("--post") { Description = "Post the auto-applied lines to the ledger and write the postings (payment, applications, discounts, write-offs, deductions, unapplied) to this CSV file." };
        var format = ReportWriter.FormatOption();
        var command = new Command("match", "Match bank statement lines to open items: proposals with confidence and reasons.") { items, statement, customers, threshold, post, format };
        command.SetAction(parse => context.Guarded(() =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(items)!.FullName);
            var profiles = CustomersCsv.Profiles(parse.GetValue(customers)?.FullName, loaded);
            var lines = ReadStatement(context, parse.GetValue(statement)!);
            if (lines is null)
            {
                return CliApp.InputError;
            }

            MatchingEngine engine;
            try
            {
                engine = MatchingEngine.Create(new MatchingOptions { AutoApplyThreshold = parse.GetValue(threshold) });
            }
            catch (ArgumentException ex)
            {
                context.Error.WriteLine($"error: {CliErrors.Describe(ex)}");
                return CliApp.InputError;
            }

            context.Progress.Phase(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Matching {lines.Count:N0} statement lines"));
            var result = engine.Match(lines, loaded.Ledger.OpenItems, profiles);
            if (parse.GetValue(post) is { } postings)
            {
                MatchPostings.Write(context, postings.FullName, loaded.Ledger, result);
            }

            ReportWriter.Write(context, parse.GetValue(format), Proposals(result), Reasons(result), Summary(result));
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>Reads a camt XML or statement CSV; prints camt errors (with the element path) and returns null.</summary>
    public static List<StatementLine>? ReadStatement(CliContext context, FileInfo file)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException("File not found.", file.FullName);
        }

        var wallet = WalletBillReader(file);
        if (wallet is null && !LooksLikeXml(file))
        {
            return StatementCsv.Read(file.FullName);
        }

        try
        {
            using var stream = file.OpenRead();
            return [.. (wallet is null ? CamtReader.Read(stream) : wallet(stream, file.Name)).Lines];
        }
        catch (StatementFormatException ex)
        {
            context.Error.WriteLine($"error: {file.Name}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Recognises a WeChat Pay or Alipay merchant bill or an Adyen Settlement details report by its first line
    /// (UTF-8, or GB18030 as Alipay writes it); null for any other file.</summary>
    private static Func<Stream, string, BankStatement>? WalletBillReader(FileInfo file)
    {
        var head = new byte[4096];
        int read;
        using (var stream = file.OpenRead())
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head.AsSpan(0, read);
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        var first = end < 0 ? bytes : bytes[..end];
        string line;
        try
        {
            line = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(first);
        }
        catch (System.Text.DecoderFallbackException)
        {
            line = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(first);
        }

        return WeChatPayBillReader.IsBill(line) ? (s, name) => WeChatPayBillReader.Read(s, name)
            : AlipayBillReader.IsBill(line) ? (s, name) => AlipayBillReader.Read(s, name)
            : AdyenSettlementReader.IsReport(line) ? (s, name) => AdyenSettlementReader.Read(s, name)
            : null;
    }

    // camt is recognised by its content (the first character after a byte-order mark and blanks is '<'), not its name.
    private static bool LooksLikeXml(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName, detectEncodingFromByteOrderMarks: true);
        int next;
        while ((next = reader.Read()) >= 0)
        {
            if (!char.IsWhiteSpace((char)next) && next != '\uFEFF')
            {
                return next == '<';
            }
        }

        return false;
    }

    private static Report Proposals(MatchResult result)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in result.Lines)
        {
            var head = new[]
            {
                line.Line.Id, ReportWriter.Date(line.Line.ValueDate), ReportWriter.Amount(line.Line.Amount), line.Line.Amount.Currency.Code,
                line.Line.PayerName ?? string.Empty, Decision(line.Decision), line.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                line.Band.ToString().ToLowerInvariant(),
            };
            if (line.Allocations.IsEmpty)
            {
                rows.Add([.. head, string.Empty, string.Empty, string.Empty, string.Empty, ReportWriter.Amount(line.Unapplied)]);
                continue;
            }

            for (var i = 0; i < line.Allocations.Length; i++)
            {
                var a = line.Allocations[i];
                var last = i == line.Allocations.Length - 1;
                rows.Add([.. head, a.Item.Value, ReportWriter.Amount(a.Applied), ReportWriter.Amount(a.Discount), ReportWriter.Amount(a.WriteOff), last ? ReportWriter.Amount(line.Unapplied) : ReportWriter.Amount(Money.Zero(line.Unapplied.Currency))]);
            }
        }

        return new Report(
            "Match proposals",
            [new("Line"), new("Value date"), new("Amount", true), new("Currency"), new("Payer"), new("Decision"), new("Confidence", true), new("Band"), new("Document"), new("Applied", true), new("Discount", true), new("Write-off", true), new("Unapplied", true)],
            rows);
    }

    private static Report Reasons(MatchResult result)
        => new(
            "Reasons",
            [new("Line"), new("Reason")],
            [.. result.Lines.SelectMany(l => l.Reasons.Select(r => (IReadOnlyList<string>)[l.Line.Id, r.Text]))]);

    private static Report Summary(MatchResult result)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var decision in new[] { MatchDecision.AutoApply, MatchDecision.Suggest, MatchDecision.Unmatched })
        {
            var lines = result.Lines.Where(l => l.Decision == decision).ToList();
            foreach (var currency in lines.Select(l => l.Line.Amount.Currency).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                var some = lines.Where(l => l.Line.Amount.Currency == currency).ToList();
                rows.Add([Decision(decision), currency.Code, some.Count.ToString(CultureInfo.InvariantCulture), ReportWriter.Amount(some.Aggregate(Money.Zero(currency), (s, l) => s + l.Line.Amount))]);
            }
        }

        return new Report("Match summary", [new("Decision"), new("Currency"), new("Lines", true), new("Amount", true)], rows);
    }

    private static string Decision(MatchDecision decision) => decision switch
    {
        MatchDecision.AutoApply => "auto-apply",
        MatchDecision.Suggest => "suggest",
        _ => "unmatched",
    };
}

using System.Globalization;
using Receivables.Ledger;
using Receivables.Matching;

namespace Receivables.Cli.Commands;

/// <summary>The postings file of <c>receivables match --post</c>: the ledger postings of the auto-applied lines.</summary>
internal static class MatchPostings
{
    public static readonly string[] Columns = ["line", "payment", "customer", "date", "currency", "posting", "document", "item", "amount", "reason"];

    /// <summary>Posts the receipts of every auto-applied line, line by line, to the ledger (so a line is refused when
    /// the ledger refuses it) and writes one row per posting; returns the number of lines posted.</summary>
    public static int Write(CliContext context, string path, ReceivablesLedger ledger, MatchResult result)
    {
        var rows = new List<IReadOnlyList<string>>();
        var posted = 0;
        foreach (var line in result.Lines.Where(l => l.Decision == MatchDecision.AutoApply))
        {
            List<IReadOnlyList<string>> lineRows = [];
            try
            {
                var after = ledger;
                foreach (var receipt in MatchPosting.ToReceipts(line))
                {
                    after = after.PostReceipt(receipt);
                    lineRows.AddRange(Rows(line.Line.Id, receipt));
                }

                ledger = after;
                rows.AddRange(lineRows);
                posted++;
            }
            catch (Exception ex) when (ex is LedgerException or ArgumentException)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: statement line {line.Line.Id} not posted: {ex.Message}"));
            }
        }

        DateOptions.WriteCsv(path, Columns, rows);
        return posted;
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(string line, Receipt receipt)
    {
        var payment = receipt.Payment;
        IReadOnlyList<string> Row(string posting, string document, string item, Money amount, string reason)
            => [line, payment.Id.Value, payment.Customer.Value, ReportWriter.Date(payment.DocumentDate), payment.Currency.Code, posting, document, item, ReportWriter.Amount(amount), reason];

        yield return Row("payment", payment.Id.Value, string.Empty, payment.Amount, string.Empty);
        foreach (var l in receipt.Lines)
        {
            var item = l.Item.Value;
            if (l.Cash.IsPositive)
            {
                yield return Row("apply", payment.Id.Value, item, l.Cash, string.Empty);
            }

            if (l.Discount.IsPositive)
            {
                yield return Row("discount", payment.Id.Value + "/DISC/" + item, item, l.Discount, string.Empty);
            }

            if (l.WriteOff.IsPositive)
            {
                yield return Row("write_off", payment.Id.Value + "/WO/" + item, item, l.WriteOff, l.WriteOffReason!.Code);
            }

            if (l.Deduction.IsPositive)
            {
                yield return Row("deduction", string.Empty, item, l.Deduction, l.DeductionReason!.Code);
            }
        }

        if (receipt.Unapplied.IsPositive)
        {
            yield return Row("unapplied", payment.Id.Value, string.Empty, receipt.Unapplied, string.Empty);
        }
    }
}

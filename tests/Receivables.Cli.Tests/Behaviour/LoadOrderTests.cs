using Receivables.Ledger;

namespace Receivables.Cli.Tests.Behaviour;

/// <summary>
/// The order the tool posts a documents CSV in: customer by customer, each customer's rows by date (debits before
/// credits on a day, then file order). Accounts do not depend on each other, so how customers are interleaved in the
/// file never changes the ledger.
/// </summary>
public class LoadOrderTests
{
    private static DocumentRow Row(int line, string customer, Document document) => new(line, document, customer, null, null, null, null);

    private static Document Invoice(string id, string customer, int day)
        => Document.Invoice(new(id), new(customer), Money.Of(100m, "EUR"), new DateOnly(2026, 3, 1).AddDays(day), new DateOnly(2026, 4, 1).AddDays(day));

    private static Document Payment(string id, string customer, int day)
        => Document.Payment(new(id), new(customer), Money.Of(60m, "EUR"), new DateOnly(2026, 3, 1).AddDays(day));

    [Fact]
    public void Order_GroupsCustomersInFirstAppearance_AndKeepsEachCustomersDateOrder()
    {
        // Rows as a file might hold them: two customers interleaved, a payment listed before the invoice it pays.
        DocumentRow[] rows =
        [
            Row(2, "C-2", Invoice("INV-20", "C-2", 5)),
            Row(3, "C-1", Payment("PAY-10", "C-1", 3)),
            Row(4, "C-1", Invoice("INV-10", "C-1", 3)),
            Row(5, "C-2", Invoice("INV-21", "C-2", 1)),
            Row(6, "C-1", Invoice("INV-11", "C-1", 1)),
            Row(7, "C-2", Payment("PAY-20", "C-2", 5)),
            Row(8, "C-1", Invoice("INV-12", "C-1", 3)),
        ];

        var order = LedgerLoader.Order(rows).Select(i => rows[i].Document.Id.Value);

        // C-2 first (it appears first): 6 March, then 2 March's invoice before its payment on 6 March... by date:
        // INV-21 (2 March), INV-20 (6 March, debit), PAY-20 (6 March, credit); then C-1: INV-11 (2 March),
        // INV-10 and INV-12 (4 March, debits in file order), PAY-10 (4 March, credit).
        Assert.Equal(["INV-21", "INV-20", "PAY-20", "INV-11", "INV-10", "INV-12", "PAY-10"], order);
    }

    [Fact]
    public void Load_CustomersInterleavedDifferently_GivesTheSameAccounts()
    {
        var rows = DocumentsCsv.Read(CliRunner.SampleDocuments);
        // Each customer's rows keep their relative order; the customers' interleaving changes completely.
        var regrouped = rows.Select((row, i) => (row, i))
            .OrderByDescending(p => p.row.Document.Customer.Value, StringComparer.Ordinal)
            .ThenBy(p => p.i)
            .Select(p => p.row)
            .ToList();

        var ledger = LedgerLoader.Load(rows, "documents.csv").Ledger;
        var other = LedgerLoader.Load(regrouped, "documents.csv").Ledger;

        Assert.Equal(ledger.Accounts.Select(a => a.Customer), other.Accounts.Select(a => a.Customer));
        foreach (var account in ledger.Accounts)
        {
            var same = other.Account(account.Customer);
            Assert.Equal(account.Items, same.Items);
            Assert.Equal(account.Balances, same.Balances);
            Assert.Equal(account.ItemCount, same.ItemCount);
        }

        Assert.True(ledger.Accounts.Sum(a => a.ItemCount) >= rows.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Load_InParts_SameLedgerAsOneBuilderSequenceNumbersIncluded(int parts)
    {
        var rows = DocumentsCsv.Read(CliRunner.SampleDocuments);

        var one = LedgerLoader.Load(rows, "documents.csv", 1);
        var split = LedgerLoader.Load(rows, "documents.csv", parts);

        Assert.Equal(one.Ledger.Sequence, split.Ledger.Sequence);
        Assert.Equal(one.Ledger.DocumentCount, split.Ledger.DocumentCount);
        Assert.Equal(one.Ledger.Accounts.Select(a => a.Customer), split.Ledger.Accounts.Select(a => a.Customer));
        foreach (var account in one.Ledger.Accounts)
        {
            var same = split.Ledger.Account(account.Customer);
            Assert.Equal(account.Items, same.Items);
            Assert.Equal(account.Sequences, same.Sequences);
            Assert.Equal(account.History, same.History);
        }

        Assert.Equal(one.CustomerNames.OrderBy(p => p.Key.Value, StringComparer.Ordinal), split.CustomerNames.OrderBy(p => p.Key.Value, StringComparer.Ordinal));
        Assert.Equal(one.Segments.OrderBy(p => p.Key.Value, StringComparer.Ordinal), split.Segments.OrderBy(p => p.Key.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Load_InParts_ReportsTheFirstRefusedRowInPostingOrder()
    {
        // Two customers, each with a payment naming an invoice that does not exist: one builder stops at C-1's (line
        // 3); built in two parts, both parts fail, and the same row is reported.
        DocumentRow[] rows =
        [
            Row(2, "C-1", Invoice("INV-10", "C-1", 1)),
            new(3, Payment("PAY-10", "C-1", 2), null, null, "INV-99", null, null),
            Row(4, "C-2", Invoice("INV-20", "C-2", 1)),
            new(5, Payment("PAY-20", "C-2", 2), null, null, "INV-98", null, null),
        ];

        var one = Assert.Throws<CsvInputException>(() => LedgerLoader.Load(rows, "documents.csv", 1));
        var two = Assert.Throws<CsvInputException>(() => LedgerLoader.Load(rows, "documents.csv", 2));

        Assert.Equal(one.Message, two.Message);
        Assert.Contains("3", one.Message, StringComparison.Ordinal);
        Assert.Contains("INV-99", one.Message, StringComparison.Ordinal);

        // Only the second part fails: its row is reported.
        DocumentRow[] later = [rows[0], rows[2], rows[3]];
        var second = Assert.Throws<CsvInputException>(() => LedgerLoader.Load(later, "documents.csv", 2));
        Assert.Contains("INV-98", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LargeFile_ReadAndBuiltInPartsOnThisMachine_SameLedgerAsOnePass()
    {
        // 120,000 rows (about 10 MB): past both thresholds, so on a machine with more than one core the file is read in
        // parts and built by several builders, exactly as the tool does it; the oracle reads and builds in one pass.
        var path = CliRunner.WriteTemp(string.Empty);
        using (var writer = new StreamWriter(path))
        {
            Samples.LargeSample.Write(writer, 1_200, 120_000, 2026);
        }

        Assert.True(new FileInfo(path).Length >= CsvFile.PartsFrom);
        var tool = LedgerLoader.Load(path);
        var rows = DocumentsCsv.Read(path, 1);
        var one = LedgerLoader.Load(rows, "documents.csv", 1);

        Assert.True(rows.Count >= LedgerLoader.ParallelFrom);
        Assert.Equal(rows, tool.Rows);
        Assert.Equal(one.Ledger.Sequence, tool.Ledger.Sequence);
        Assert.Equal(one.Ledger.DocumentCount, tool.Ledger.DocumentCount);
        foreach (var account in one.Ledger.Accounts)
        {
            var same = tool.Ledger.Account(account.Customer);
            Assert.Equal(account.Items, same.Items);
            Assert.Equal(account.Sequences, same.Sequences);
        }

        File.Delete(path);
    }
}

using System.Globalization;
using Receivables.Ledger;

namespace Receivables.Cli;

/// <summary>A ledger built from a documents CSV, with what the CSV says beyond the documents.</summary>
internal sealed record LoadedLedger(
    ReceivablesLedger Ledger,
    IReadOnlyDictionary<CustomerId, string> CustomerNames,
    IReadOnlyDictionary<CustomerId, string> Segments,
    IReadOnlyList<DocumentRow> Rows)
{
    public string NameOf(CustomerId customer) => CustomerNames.TryGetValue(customer, out var name) ? name : customer.Value;
}

/// <summary>
/// Builds a <see cref="ReceivablesLedger"/> from documents CSV rows: rows are taken customer by customer, each
/// customer's in document-date order (debits before credits on the same day, then file order); each credit is applied
/// as its applies_to column says (empty: oldest due first; "-": left unapplied); disputes and promises are recorded on
/// their invoices.
/// Any rule the ledger refuses is reported with the row's line; nothing is returned partially.
/// </summary>
internal static class LedgerLoader
{
    public static LoadedLedger Load(string path)
    {
        var rows = DocumentsCsv.Read(path);
        CliProgress.Current.Phase($"Building the ledger from {rows.Count} documents");
        return Load(rows, Path.GetFileName(path));
    }

    /// <summary>Files with at least this many rows are built on several threads (<see cref="Load(IReadOnlyList{DocumentRow}, string, int)"/>).</summary>
    internal const int ParallelFrom = 100_000;

    public static LoadedLedger Load(IReadOnlyList<DocumentRow> rows, string file)
        => Load(rows, file, rows.Count >= ParallelFrom ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1);

    /// <summary>
    /// Builds the ledger in <paramref name="parts"/> builders at once, each over its own customers (whole customers, in
    /// posting order), joined with <see cref="LedgerBuilder.Merge"/>: the same ledger as one builder, sequence numbers
    /// included (decision 029). The first refused row in posting order is reported, as one builder would.
    /// </summary>
    internal static LoadedLedger Load(IReadOnlyList<DocumentRow> rows, string file, int parts)
    {
        var order = Order(rows);
        var bounds = Split(rows, order, parts);
        var built = InParts.Run(bounds.Length - 1, p => LoadPart(rows, order.AsSpan(bounds[p], bounds[p + 1] - bounds[p]), file));
        var ledger = built[0].Builder;
        var names = built[0].Names;
        var segments = built[0].Segments;
        foreach (var part in built.AsSpan(1))
        {
            ledger.Merge(part.Builder);
            foreach (var (customer, name) in part.Names)
            {
                names.Add(customer, name);
            }

            foreach (var (customer, segment) in part.Segments)
            {
                segments.Add(customer, segment);
            }
        }

        return new LoadedLedger(ledger.ToLedger(), names, segments, rows);
    }

    /// <summary>Cuts the posting order into at most <paramref name="parts"/> runs of about equal length, each ending
    /// where a customer's rows end; the bounds of run p are [bounds[p], bounds[p + 1]).</summary>
    private static int[] Split(IReadOnlyList<DocumentRow> rows, int[] order, int parts)
    {
        var bounds = new List<int> { 0 };
        for (var p = 1; p < parts; p++)
        {
            var at = Math.Max(bounds[^1], (int)((long)order.Length * p / parts));
            while (at > 0 && at < order.Length && rows[order[at]].Document.Customer == rows[order[at - 1]].Document.Customer)
            {
                at++;
            }

            if (at > bounds[^1] && at < order.Length)
            {
                bounds.Add(at);
            }
        }

        bounds.Add(order.Length);
        return [.. bounds];
    }

    private sealed record Part(LedgerBuilder Builder, Dictionary<CustomerId, string> Names, Dictionary<CustomerId, string> Segments);

    private static Part LoadPart(IReadOnlyList<DocumentRow> rows, ReadOnlySpan<int> order, string file)
    {
        var ledger = ReceivablesLedger.CreateBuilder().EnsureCapacity(order.Length);
        var names = new Dictionary<CustomerId, string>();
        var segments = new Dictionary<CustomerId, string>();
        foreach (var at in order)
        {
            var row = rows[at];
            var document = row.Document;
            if (row.CustomerName is not null)
            {
                names.TryAdd(document.Customer, row.CustomerName);
            }

            var segment = row.Segment ?? document.BusinessType;
            if (segment is not null)
            {
                segments.TryAdd(document.Customer, segment);
            }

            try
            {
                ledger.Post(document);
                if (document.IsCredit)
                {
                    ApplyCredit(ledger, row, file);
                }
                else if (row.Disputed is not null || row.PromisedDate is not null)
                {
                    // A document due in installments is one item per installment: each is disputed or promised.
                    List<DocumentId> items = document.Installments.IsEmpty ? [document.Id] : [.. Enumerable.Range(1, document.Installments.Length).Select(k => Installment.IdOf(document.Id, k))];
                    foreach (var id in items)
                    {
                        if (row.Disputed is not null)
                        {
                            ledger.Append(document.Customer, new DisputeOpened(id, document.DocumentDate, row.Disputed));
                        }

                        if (row.PromisedDate is { } promised)
                        {
                            ledger.TryGetItem(id, out var item);
                            var recordedOn = promised < item!.DueDate ? promised : item.DueDate;
                            recordedOn = recordedOn < document.DocumentDate ? document.DocumentDate : recordedOn;
                            ledger.Append(document.Customer, new PromiseToPayRecorded(id, recordedOn, promised < recordedOn ? recordedOn : promised, item.Open, null));
                        }
                    }
                }
            }
            catch (CurrencyMismatchException ex)
            {
                throw new CsvInputException(file, row.Line, "applies_to", ex.Message);
            }
            catch (LedgerException ex)
            {
                var column = ex.Field.StartsWith("allocations", StringComparison.Ordinal) || ex.Field == "credit" ? "applies_to"
                    : ex.Field == "document.Id" ? "id"
                    : ex.Field == "promisedDate" ? "promised_date"
                    : ex.Field;
                throw new CsvInputException(file, row.Line, column, ex.Message);
            }
        }

        return new Part(ledger, names, segments);
    }

    /// <summary>
    /// The order rows are posted in: customer by customer (in order of first appearance), and within a customer by
    /// date, debits before credits on a day, then in file order. Accounts do not depend on each other, so this is
    /// the same ledger as posting everything by date (but for the ledger's recording sequence across customers), and
    /// about twice as fast: one account's state stays in the processor's cache while its documents are posted
    /// (decision 028; docs/performance.md, "Smaller items, loads customer by customer, the tool's reading").
    /// </summary>
    internal static int[] Order(IReadOnlyList<DocumentRow> rows)
    {
        // Group by customer with a counting sort, then sort each group's keys (day, credit, row) once.
        // Each row's document is read once (the rows are spread over the heap; the second pass reads arrays only).
        var customerOf = new int[rows.Count];
        var rowKeys = new long[rows.Count];
        var customers = new Dictionary<CustomerId, int>();
        var counts = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var document = rows[i].Document;
            rowKeys[i] = ((long)document.DocumentDate.DayNumber << 32) | ((document.IsCredit ? 1L : 0L) << 31) | (uint)i;
            var customer = document.Customer;
            if (!customers.TryGetValue(customer, out var c))
            {
                c = customers.Count;
                customers.Add(customer, c);
                counts.Add(0);
            }

            customerOf[i] = c;
            counts[c]++;
        }

        var starts = new int[counts.Count + 1];
        for (var c = 0; c < counts.Count; c++)
        {
            starts[c + 1] = starts[c] + counts[c];
        }

        var keys = new long[rows.Count];
        var next = starts[..^1];
        for (var i = 0; i < rows.Count; i++)
        {
            keys[next[customerOf[i]]++] = rowKeys[i];
        }

        var order = new int[rows.Count];
        for (var c = 0; c < counts.Count; c++)
        {
            var group = keys.AsSpan(starts[c], counts[c]);
            group.Sort();
            for (var k = 0; k < group.Length; k++)
            {
                order[starts[c] + k] = (int)(group[k] & int.MaxValue);
            }
        }

        return order;
    }

    private static void ApplyCredit(LedgerBuilder ledger, DocumentRow row, string file)
    {
        var document = row.Document;
        var appliesTo = row.AppliesTo;
        if (appliesTo == "-")
        {
            return;
        }

        if (appliesTo is null)
        {
            if (document.Kind == DocumentKind.WriteOff)
            {
                throw new CsvInputException(file, row.Line, "applies_to", "a write-off must name the item it writes off.");
            }

            ledger.Apply(document.Id, AllocationPolicies.OldestDueFirst, document.DocumentDate);
            return;
        }

        ledger.TryGetItem(document.Id, out var credit);
        var remaining = credit!.Open;
        var allocations = new List<Allocation>();
        foreach (var (item, amount) in DocumentsCsv.ParseAppliesTo(appliesTo, m => new CsvInputException(file, row.Line, "applies_to", m)))
        {
            if (!ledger.TryGetItem(item, out var target) || target.Document.Customer != document.Customer)
            {
                throw new CsvInputException(file, row.Line, "applies_to", string.Create(CultureInfo.InvariantCulture, $"'{item}' is not a document of customer {document.Customer} posted on or before {document.DocumentDate:yyyy-MM-dd}."));
            }

            var value = amount is { } a ? new Money(a, document.Currency) : Money.Min(remaining, target.Open);
            if (value.IsPositive)
            {
                allocations.Add(new Allocation(item, value));
                remaining -= value;
            }
        }

        ledger.Apply(document.Id, AllocationPolicies.Specified([.. allocations]), document.DocumentDate);
    }
}

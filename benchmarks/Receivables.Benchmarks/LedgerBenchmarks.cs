using BenchmarkDotNet.Attributes;
using Receivables.Ledger;

namespace Receivables.Benchmarks;

/// <summary>
/// Posting and applying a year-end ledger: 1,000,000 documents for 10,000 customers (per customer 60 invoices, 30
/// payments, 10 credit notes over two years, in date order across customers). Half the payments are applied oldest due
/// first, half by the invoice number in their remittance text; credit notes by reference. Baseline: plain dictionaries
/// and lists doing the same bookkeeping without checks, events or history. <c>AsOf</c> takes the built ledger to a
/// date a year before its end (half its events later than the date).
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int Customers = 10_000;
    private const int InvoicesPerCustomer = 60;
    private const int PaymentsPerCustomer = 30;
    private const int CreditNotesPerCustomer = 10;

    private readonly List<(Document Document, Step Step)> _steps = [];
    private ReceivablesLedger _ledger = null!;

    private enum Step
    {
        Post,
        PostApplyOldest,
        PostApplyByReference,
    }

    /// <summary>Gets the date of the <see cref="AsOf"/> view.</summary>
    public static DateOnly ViewDate { get; } = new(2025, 12, 31);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261204);
        var start = new DateOnly(2025, 1, 1);
        var eur = Currency.EUR;
        var all = new List<(int Day, int Order, Document Document, Step Step)>(Customers * 100);
        for (var c = 0; c < Customers; c++)
        {
            var customer = new CustomerId($"C-{c:D5}");
            var invoices = new List<(string Id, int Day, decimal Amount)>(InvoicesPerCustomer);
            var offset = random.Next(0, 12);
            for (var k = 0; k < InvoicesPerCustomer; k++)
            {
                var day = offset + (k * 12);
                var amount = random.Next(100_00, 5_000_00) / 100m;
                var id = $"INV-{c:D5}-{k:D3}";
                invoices.Add((id, day, amount));
                all.Add((day, 0, Document.Invoice(new(id), customer, new Money(amount, eur), start.AddDays(day), start.AddDays(day + 30)), Step.Post));
            }

            for (var k = 0; k < CreditNotesPerCustomer; k++)
            {
                var invoice = invoices[(k * 6) + 2];
                all.Add((invoice.Day + 5, 1, Document.CreditNote(new($"CN-{c:D5}-{k:D3}"), customer, new Money(decimal.Round(invoice.Amount / 10m, 2), eur), start.AddDays(invoice.Day + 5), $"Return {invoice.Id}"), Step.PostApplyByReference));
            }

            for (var k = 0; k < PaymentsPerCustomer; k++)
            {
                var first = invoices[k * 2];
                var second = invoices[(k * 2) + 1];
                var day = second.Day + 25 + random.Next(0, 20);
                var amount = first.Amount + second.Amount - (k % 3 == 0 ? 10m : 0m);
                var step = k % 2 == 0 ? Step.PostApplyOldest : Step.PostApplyByReference;
                all.Add((day, 2, Document.Payment(new($"PAY-{c:D5}-{k:D3}"), customer, new Money(amount, eur), start.AddDays(day), $"{first.Id} {second.Id}"), step));
            }
        }

        _steps.AddRange(all.OrderBy(s => s.Day).ThenBy(s => s.Order).Select(s => (s.Document, s.Step)));
        _ledger = PostAndApply();
    }

    /// <summary>Plain dictionaries: open amount per document, open invoices per customer, oldest first by a linear scan.</summary>
    [Benchmark(Baseline = true)]
    public decimal PlainDictionaries()
    {
        var open = new Dictionary<DocumentId, decimal>(_steps.Count);
        var byCustomer = new Dictionary<CustomerId, List<Document>>(Customers);
        foreach (var (document, step) in _steps)
        {
            open.Add(document.Id, document.Amount.Amount);
            if (document.IsDebit)
            {
                if (!byCustomer.TryGetValue(document.Customer, out var list))
                {
                    byCustomer[document.Customer] = list = [];
                }

                list.Add(document);
                continue;
            }

            if (!byCustomer.TryGetValue(document.Customer, out var items))
            {
                continue;
            }

            var remaining = open[document.Id];
            if (step == Step.PostApplyByReference)
            {
                foreach (var word in (document.Reference ?? string.Empty).Split(' '))
                {
                    if (remaining > 0m && open.TryGetValue(new DocumentId(word.Length == 0 ? "-" : word), out var due) && due > 0m)
                    {
                        var paid = Math.Min(due, remaining);
                        open[new DocumentId(word)] = due - paid;
                        remaining -= paid;
                    }
                }
            }

            foreach (var item in items)
            {
                if (remaining <= 0m)
                {
                    break;
                }

                var due = open[item.Id];
                if (due > 0m)
                {
                    var paid = Math.Min(due, remaining);
                    open[item.Id] = due - paid;
                    remaining -= paid;
                }
            }

            open[document.Id] = remaining;
        }

        return open.Values.Sum();
    }

    /// <summary>The ledger's builder: every rule checked, every event recorded, then frozen into a ledger.</summary>
    [Benchmark]
    public ReceivablesLedger BuilderPostAndApply() => PostAndApply();

    /// <summary>The built ledger as of <see cref="ViewDate"/>: every account replayed up to the date.</summary>
    [Benchmark]
    public ReceivablesLedger AsOf() => _ledger.AsOf(ViewDate);

    private ReceivablesLedger PostAndApply()
    {
        var builder = ReceivablesLedger.CreateBuilder();
        var byReference = AllocationPolicies.ByReference();
        foreach (var (document, step) in _steps)
        {
            builder.Post(document);
            switch (step)
            {
                case Step.PostApplyOldest:
                    builder.Apply(document.Id, AllocationPolicies.OldestDueFirst, document.DocumentDate);
                    break;
                case Step.PostApplyByReference:
                    builder.Apply(document.Id, byReference, document.DocumentDate);
                    break;
            }
        }

        return builder.ToLedger();
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
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
    private readonly List<(Document Document, Step Step)> _byCustomer = [];
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
        // The same steps customer by customer, each customer's in the same (date) order: the same accounts.
        _byCustomer.AddRange(_steps.Select((s, i) => (s, i)).OrderBy(p => p.s.Document.Customer).ThenBy(p => p.i).Select(p => p.s));
        _ledger = PostAndApply(_steps);
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

    /// <summary>
    /// The floor of any ledger on this machine: the same bookkeeping with no object per document at all. Items,
    /// settlements and events are structs in per-customer arrays, one map from id to (account, position), open debits
    /// kept in due order, applications oldest due first and by the ids in the text; no checks, no public objects. What
    /// it costs is reading each input document and hashing its id (cache misses), which every design pays.
    /// </summary>
    /// <returns>The open amount left over all items.</returns>
    [Benchmark]
    public decimal StructArraysFloor() => Floor(_steps);

    /// <summary><see cref="StructArraysFloor"/> with the documents customer by customer (each customer's in date
    /// order), the order of <see cref="BuilderPostAndApplyCustomerByCustomer"/>.</summary>
    /// <returns>The open amount left over all items.</returns>
    [Benchmark]
    public decimal StructArraysFloorCustomerByCustomer() => Floor(_byCustomer);

    private static decimal Floor(List<(Document Document, Step Step)> steps)
    {
        var ids = new Dictionary<DocumentId, (FloorAccount Account, int Position)>(steps.Count);
        var accounts = new Dictionary<CustomerId, FloorAccount>(Customers);
        foreach (var (document, step) in steps)
        {
            if (!accounts.TryGetValue(document.Customer, out var account))
            {
                accounts.Add(document.Customer, account = new FloorAccount());
            }

            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ids, document.Id, out var taken);
            if (taken)
            {
                throw new InvalidOperationException($"Duplicate id {document.Id}.");
            }

            var position = account.Post(document);
            slot = (account, position);
            if (document.IsDebit || step == Step.Post)
            {
                continue;
            }

            var remaining = document.Amount.Amount;
            var application = ++account.Applications;
            if (step == Step.PostApplyByReference && document.Reference is { } text)
            {
                foreach (var range in text.AsSpan().Split(' '))
                {
                    if (remaining > 0m && range.End.Value > range.Start.Value
                        && ids.TryGetValue(new DocumentId(text[range]), out var target) && target.Account == account
                        && account.Items[target.Position].IsDebit)
                    {
                        remaining -= account.Settle(target.Position, position, application, remaining, document.DocumentDate);
                    }
                }
            }

            for (var i = account.OpenStart; i < account.OpenCount && remaining > 0m; i++)
            {
                remaining -= account.Settle(account.Open[i], position, application, remaining, document.DocumentDate);
            }

            account.Items[position].Open = remaining;
            account.Record(document.DocumentDate, 2, position);
        }

        var open = 0m;
        foreach (var account in accounts.Values)
        {
            for (var i = 0; i < account.ItemCount; i++)
            {
                open += account.Items[i].Open;
            }
        }

        return open;
    }

    /// <summary>The ledger's builder: every rule checked, every event recorded, then frozen into a ledger.</summary>
    [Benchmark]
    public ReceivablesLedger BuilderPostAndApply() => PostAndApply(_steps);

    /// <summary>
    /// The same documents posted and applied customer by customer, each customer's in date order (the order the tool's
    /// loader uses, and an ERP's per-customer export gives): the same accounts as <see cref="BuilderPostAndApply"/>, with
    /// one account's state in the processor's cache while its documents are posted.
    /// </summary>
    [Benchmark]
    public ReceivablesLedger BuilderPostAndApplyCustomerByCustomer() => PostAndApply(_byCustomer);

    /// <summary>
    /// <see cref="BuilderPostAndApplyCustomerByCustomer"/> on two threads: the customers split in two halves, each
    /// posted and applied by its own builder, then joined with <see cref="LedgerBuilder.Merge"/> (the same ledger,
    /// sequence numbers included). What a host with two cores gets; not the single-threaded target.
    /// </summary>
    [Benchmark]
    public ReceivablesLedger BuilderTwoThreadsMerged()
    {
        var half = _byCustomer.Count / 2;
        while (half < _byCustomer.Count && _byCustomer[half].Document.Customer == _byCustomer[half - 1].Document.Customer)
        {
            half++;
        }

        var second = Task.Run(() => PostAndApply(ReceivablesLedger.CreateBuilder(), _byCustomer, half, _byCustomer.Count));
        var first = PostAndApply(ReceivablesLedger.CreateBuilder(), _byCustomer, 0, half);
        return first.Merge(second.GetAwaiter().GetResult()).ToLedger();
    }

    /// <summary>The built ledger as of <see cref="ViewDate"/>: every account's view, complete when it returns.</summary>
    [Benchmark]
    public ReceivablesLedger AsOf() => _ledger.AsOf(ViewDate);

    /// <summary>
    /// The built ledger's 24 month-end views (January 2025 to December 2026) in one call, what an aging trend or a
    /// roll-rate estimate reads; each equals <see cref="AsOf"/> on its date.
    /// </summary>
    [Benchmark]
    public IReadOnlyList<LedgerSnapshot> SnapshotsMonthEnds() => _ledger.Snapshots(MonthEnds);

    private static readonly DateOnly[] MonthEnds = [.. Enumerable.Range(1, 24).Select(m => new DateOnly(2025, 1, 1).AddMonths(m).AddDays(-1))];

    private static ReceivablesLedger PostAndApply(List<(Document Document, Step Step)> steps)
        => PostAndApply(ReceivablesLedger.CreateBuilder(), steps, 0, steps.Count).ToLedger();

    private static LedgerBuilder PostAndApply(LedgerBuilder builder, List<(Document Document, Step Step)> steps, int from, int to)
    {
        // The row count is known, as a loader knows it (the tool's does the same); the floor and the baseline size
        // their maps too.
        builder.EnsureCapacity(to - from);
        var byReference = AllocationPolicies.ByReference();
        for (var i = from; i < to; i++)
        {
            var (document, step) = steps[i];
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

        return builder;
    }

    private struct FloorItem
    {
        public decimal Open;
        public DateOnly Due;
        public bool IsDebit;
        public int LastSettlement;
    }

    private struct FloorSettlement
    {
        public int Application;
        public int Counterpart;
        public decimal Amount;
        public DateOnly Date;
        public int Previous;
    }

    private struct FloorEvent
    {
        public int Day;
        public int Kind;
        public int Position;
    }

    /// <summary>One customer's bookkeeping for <see cref="StructArraysFloor"/>: growable struct arrays only.</summary>
    private sealed class FloorAccount
    {
        public FloorItem[] Items = new FloorItem[16];
        public int ItemCount;
        public int[] Open = new int[16];
        public int OpenStart;
        public int OpenCount;
        public int Applications;
        public decimal Balance;
        private FloorSettlement[] _settlements = new FloorSettlement[16];
        private int _settlementCount;
        private FloorEvent[] _events = new FloorEvent[16];
        private int _eventCount;

        public int Post(Document document)
        {
            if (ItemCount == Items.Length)
            {
                Array.Resize(ref Items, ItemCount * 2);
            }

            var position = ItemCount++;
            Items[position] = new FloorItem { Open = document.Amount.Amount, Due = document.DueDate, IsDebit = document.IsDebit, LastSettlement = -1 };
            Balance += document.SignedAmount.Amount;
            Record(document.DocumentDate, 1, position);
            if (document.IsDebit)
            {
                // Open debits in due order: mostly appended, as documents come in date order.
                if (OpenCount == Open.Length)
                {
                    Array.Resize(ref Open, OpenCount * 2);
                }

                var at = OpenCount;
                while (at > OpenStart && Items[Open[at - 1]].Due > document.DueDate)
                {
                    at--;
                }

                Array.Copy(Open, at, Open, at + 1, OpenCount - at);
                Open[at] = position;
                OpenCount++;
            }

            return position;
        }

        public decimal Settle(int position, int credit, int application, decimal remaining, DateOnly date)
        {
            ref var item = ref Items[position];
            var paid = Math.Min(item.Open, remaining);
            if (paid <= 0m)
            {
                return 0m;
            }

            item.Open -= paid;
            if (_settlementCount == _settlements.Length)
            {
                Array.Resize(ref _settlements, _settlementCount * 2);
            }

            _settlements[_settlementCount] = new FloorSettlement { Application = application, Counterpart = credit, Amount = paid, Date = date, Previous = item.LastSettlement };
            item.LastSettlement = _settlementCount++;
            while (OpenStart < OpenCount && Items[Open[OpenStart]].Open == 0m)
            {
                OpenStart++;
            }

            return paid;
        }

        public void Record(DateOnly date, int kind, int position)
        {
            if (_eventCount == _events.Length)
            {
                Array.Resize(ref _events, _eventCount * 2);
            }

            _events[_eventCount++] = new FloorEvent { Day = date.DayNumber, Kind = kind, Position = position };
        }
    }
}

/// <summary>
/// <see cref="LedgerBenchmarks"/> with the garbage collector blocking instead of concurrent
/// (<c>&lt;ConcurrentGarbageCollection&gt;false&lt;/ConcurrentGarbageCollection&gt;</c>, which the tool sets): the
/// work stays on one thread, with no background collection thread beside it. The default (concurrent) keeps the young
/// generation small (a few MB on this machine) while a ledger of a million documents grows, so the collector runs
/// hundreds of times per build; blocking collection sizes it from what survives. docs/performance.md compares both.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BlockingGc))]
public class LedgerBlockingGcBenchmarks : LedgerBenchmarks
{
    /// <summary>
    /// Blocking collection for every job, the one given on the command line too. The generated project's GC setting
    /// alone did not reach the runtime (it reported "Concurrent Workstation"), so the environment variable sets it.
    /// </summary>
    private sealed class BlockingGc : ManualConfig
    {
        public BlockingGc()
            => AddJob(Job.Default
                .WithGcConcurrent(false)
                .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_gcConcurrent", "0"))
                .AsMutator());
    }
}


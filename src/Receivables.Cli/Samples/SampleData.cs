using System.Globalization;
using CsvHelper;

namespace Receivables.Cli.Samples;

/// <summary>
/// Generates the bundled sample ledger: a small trading company with about 50 customers and 2,000 documents over
/// 18 months (June 2025 to November 2026), in CNY, USD, EUR and JPY, with good, slow and bad payers, partial
/// payments, payments for several invoices, credit notes, disputes, promises to pay and a write-off.
/// Deterministic for a given seed: the file in docs/samples is this generator's output, and a test keeps them equal.
/// </summary>
internal static class SampleData
{
    public const int DefaultSeed = 2026;

    public static readonly DateOnly Start = new(2025, 6, 1);

    public static readonly DateOnly End = new(2026, 11, 30);

    private static readonly string[] ChineseNames =
    [
        "上海华东机电有限公司", "北京远大科技有限公司", "深圳前海电子有限公司", "杭州西湖软件有限公司", "苏州工业园精密制造有限公司",
        "广州白云物流有限公司", "成都天府食品有限公司", "武汉光谷光电有限公司", "南京金陵化工有限公司", "天津滨海船舶配件有限公司",
        "青岛海岸家电有限公司", "宁波港通贸易有限公司", "厦门鹭岛包装有限公司", "重庆山城汽车零部件有限公司", "西安古城医疗器械有限公司",
        "长沙湘江建材有限公司", "郑州中原纺织有限公司", "合肥科创新能源有限公司", "无锡太湖轴承有限公司", "佛山南海五金有限公司",
        "东莞松山湖模具有限公司", "济南泉城印刷有限公司", "大连星海水产有限公司", "昆明春城花卉有限公司", "福州闽江茶业有限公司",
        "沈阳北方重工有限公司", "哈尔滨冰城乳业有限公司", "南昌赣江陶瓷有限公司", "石家庄冀中制药有限公司", "太原晋商煤机有限公司",
        "温州瓯江鞋业有限公司", "常州龙城电机有限公司", "珠海横琴游艇有限公司", "中山小榄灯饰有限公司", "绍兴柯桥面料有限公司",
    ];

    private static readonly (string Name, string Currency)[] ForeignCustomers =
    [
        ("Nordwind Logistik GmbH", "EUR"), ("Atlantic Components Ltd", "USD"), ("Maison Durand SARL", "EUR"),
        ("Pacific Retail Inc.", "USD"), ("Sakura Trading K.K.", "JPY"), ("Rheinland Maschinenbau AG", "EUR"),
        ("Great Lakes Tooling LLC", "USD"), ("Iberia Distribuciones S.L.", "EUR"), ("Osaka Precision Co., Ltd.", "JPY"),
        ("Baltic Shipping OÜ", "EUR"), ("Lone Star Supplies Corp.", "USD"), ("Milano Design S.p.A.", "EUR"),
        ("Thames Engineering plc", "USD"), ("Vienna Medical GmbH", "EUR"), ("Kyoto Ceramics Ltd.", "JPY"),
    ];

    private static readonly string[] ChineseRegions = ["华东", "华北", "华南", "西南", "华中"];

    private enum Behaviour
    {
        Early,
        Prompt,
        Slow,
        VerySlow,
        Bad,
    }

    private sealed record Customer(string Id, string Name, string Currency, int TermDays, bool EndOfMonth, Behaviour Behaviour, string Segment, string BusinessType, int InvoicesPerMonth);

    private sealed class Invoice
    {
        public required string Id { get; init; }

        public required Customer Customer { get; init; }

        public required DateOnly Date { get; init; }

        public required DateOnly Due { get; init; }

        public required decimal Amount { get; init; }

        public decimal Open { get; set; }
    }

    public static void Write(TextWriter writer, int seed = DefaultSeed)
    {
        var rows = Generate(seed);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
        csv.WriteRecord(DocumentsCsv.Columns);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }

        csv.Flush();
    }

    public static List<string[]> Generate(int seed)
    {
        var random = new Random(seed);
        var customers = CreateCustomers(random);
        var rows = new List<(DateOnly Date, int Order, string[] Cells)>();
        var invoiceNumber = 0;
        var paymentNumber = 0;
        var creditNumber = 0;
        var otherNumber = 0;

        foreach (var customer in customers)
        {
            var invoices = new List<Invoice>();
            for (var month = Start; month <= End; month = month.AddMonths(1))
            {
                var count = Math.Max(0, customer.InvoicesPerMonth + random.Next(-1, 2));
                for (var k = 0; k < count; k++)
                {
                    var date = month.AddDays(random.Next(0, DateTime.DaysInMonth(month.Year, month.Month)));
                    if (date > End)
                    {
                        continue;
                    }

                    var due = customer.EndOfMonth
                        ? new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1).AddDays(customer.TermDays)
                        : date.AddDays(customer.TermDays);
                    var amount = RandomAmount(random, customer.Currency);
                    invoiceNumber++;
                    var invoice = new Invoice
                    {
                        Id = string.Create(CultureInfo.InvariantCulture, $"INV-{date.Year}-{invoiceNumber:D5}"),
                        Customer = customer,
                        Date = date,
                        Due = due,
                        Amount = amount,
                        Open = amount,
                    };
                    invoices.Add(invoice);
                }
            }

            invoices.Sort((a, b) => a.Date.CompareTo(b.Date));
            foreach (var invoice in invoices)
            {
                var disputed = random.NextDouble() < 0.02 ? Pick(random, ["数量不符 quantity short", "价格争议 price differs from contract", "货物损坏 goods damaged on arrival"]) : string.Empty;
                var promised = string.Empty;
                var contract = string.Create(CultureInfo.InvariantCulture, $"HT-{invoice.Date.Year}-{customer.Id[2..]}-{random.Next(1, 5):D2}");
                var invoiceRow = rows.Count;
                rows.Add((invoice.Date, 0, Cells(invoice.Id, "invoice", customer, invoice.Amount, invoice.Date, invoice.Due, string.Create(CultureInfo.InvariantCulture, $"PO {random.Next(10000, 99999)}"), contract, disputed, string.Empty, string.Empty)));

                // Returned goods: a credit note for part of the invoice, applied to it.
                if (disputed.Length == 0 && random.NextDouble() < 0.04)
                {
                    creditNumber++;
                    var credit = RoundTo(invoice.Amount * (decimal)(0.05 + (random.NextDouble() * 0.15)), customer.Currency);
                    var creditDate = invoice.Date.AddDays(random.Next(3, 20));
                    if (creditDate <= End && credit > 0m)
                    {
                        invoice.Open -= credit;
                        rows.Add((creditDate, 1, Cells(string.Create(CultureInfo.InvariantCulture, $"CN-{creditDate.Year}-{creditNumber:D4}"), "credit_note", customer, credit, creditDate, null, $"退货 return on {invoice.Id}", contract, string.Empty, $"{invoice.Id}:{Format(credit, customer.Currency)}", string.Empty)));
                    }
                }

                if (disputed.Length > 0)
                {
                    continue;
                }

                var delay = PaymentDelay(random, customer.Behaviour);
                var payDate = invoice.Due.AddDays(delay);
                payDate = payDate < invoice.Date ? invoice.Date : payDate;
                if (customer.Behaviour == Behaviour.Bad && random.NextDouble() < 0.35)
                {
                    continue;
                }

                if (payDate > End)
                {
                    if (invoice.Due <= End && invoice.Due.AddDays(45) > End && random.NextDouble() < 0.15)
                    {
                        promised = Format(End.AddDays(random.Next(3, 21)));
                        rows[invoiceRow] = (invoice.Date, 0, Cells(invoice.Id, "invoice", customer, invoice.Amount, invoice.Date, invoice.Due, rows[invoiceRow].Cells[8], contract, string.Empty, string.Empty, promised));
                    }

                    continue;
                }

                if (random.NextDouble() < 0.10)
                {
                    // Partial payment now, the rest 2 to 6 weeks later (or still open).
                    var part = RoundTo(invoice.Open * 0.5m, customer.Currency);
                    paymentNumber++;
                    rows.Add((payDate, 2, Cells(string.Create(CultureInfo.InvariantCulture, $"PAY-{payDate.Year}-{paymentNumber:D5}"), "payment", customer, part, payDate, null, $"Partial payment {invoice.Id}", string.Empty, string.Empty, $"{invoice.Id}:{Format(part, customer.Currency)}", string.Empty)));
                    invoice.Open -= part;
                    var restDate = payDate.AddDays(random.Next(14, 43));
                    if (restDate <= End)
                    {
                        paymentNumber++;
                        rows.Add((restDate, 2, Cells(string.Create(CultureInfo.InvariantCulture, $"PAY-{restDate.Year}-{paymentNumber:D5}"), "payment", customer, invoice.Open, restDate, null, $"Balance {invoice.Id}", string.Empty, string.Empty, invoice.Id, string.Empty)));
                        invoice.Open = 0m;
                    }

                    continue;
                }

                invoice.Open = -invoice.Open; // marked for payment on payDate
                rows.Add((payDate, 3, [invoice.Id]));
            }

            // Payments for several invoices: the customer's invoices paid on the same week are paid in one transfer.
            var marked = rows.Where(r => r.Order == 3 && invoices.Any(i => i.Id == r.Cells[0])).ToList();
            rows.RemoveAll(r => r.Order == 3);
            foreach (var group in marked.GroupBy(r => r.Date.AddDays(-(int)r.Date.DayOfWeek)).OrderBy(g => g.Key))
            {
                var paid = group.Select(r => invoices.First(i => i.Id == r.Cells[0])).ToList();
                var payDate = group.Max(r => r.Date);
                var total = paid.Sum(i => -i.Open);
                paymentNumber++;
                var reference = paid.Count == 1
                    ? (random.NextDouble() < 0.5 ? $"Payment {paid[0].Id}" : $"货款 {paid[0].Id}")
                    : "Invoices " + string.Join(", ", paid.Select(i => i.Id));
                var applies = string.Join(';', paid.Select(i => i.Id));
                rows.Add((payDate, 2, Cells(string.Create(CultureInfo.InvariantCulture, $"PAY-{payDate.Year}-{paymentNumber:D5}"), "payment", customer, total, payDate, null, reference, string.Empty, string.Empty, applies, string.Empty)));
                foreach (var invoice in paid)
                {
                    invoice.Open = 0m;
                }
            }

            // An unapplied advance payment now and then.
            if (random.NextDouble() < 0.15)
            {
                var date = End.AddDays(-random.Next(5, 60));
                paymentNumber++;
                rows.Add((date, 2, Cells(string.Create(CultureInfo.InvariantCulture, $"PAY-{date.Year}-{paymentNumber:D5}"), "payment", customer, RandomAmount(random, customer.Currency) / 2m is var a ? RoundTo(a, customer.Currency) : 0m, date, null, "预付款 advance payment", string.Empty, string.Empty, "-", string.Empty)));
            }

            // Late-payment interest for very slow payers.
            if (customer.Behaviour is Behaviour.VerySlow or Behaviour.Bad)
            {
                var date = End.AddDays(-random.Next(20, 120));
                otherNumber++;
                rows.Add((date, 0, Cells(string.Create(CultureInfo.InvariantCulture, $"DN-{date.Year}-{otherNumber:D4}"), "debit_note", customer, RoundTo(RandomAmount(random, customer.Currency) * 0.02m, customer.Currency), date, date.AddDays(15), "逾期利息 late-payment interest", string.Empty, string.Empty, string.Empty, string.Empty)));
            }

            // One uncollectible old invoice written off for a bad payer.
            if (customer.Behaviour == Behaviour.Bad)
            {
                var old = invoices.FirstOrDefault(i => i.Open > 0m && i.Due < End.AddMonths(-9));
                if (old is not null)
                {
                    var date = old.Due.AddMonths(8);
                    otherNumber++;
                    rows.Add((date, 4, Cells(string.Create(CultureInfo.InvariantCulture, $"WO-{date.Year}-{otherNumber:D4}"), "write_off", customer, old.Open, date, null, "坏账核销 bad debt written off", string.Empty, string.Empty, old.Id, string.Empty)));
                    old.Open = 0m;
                }
            }
        }

        return [.. rows.OrderBy(r => r.Date).ThenBy(r => r.Order).ThenBy(r => r.Cells[0], StringComparer.Ordinal).Select(r => r.Cells)];
    }

    private static List<Customer> CreateCustomers(Random random)
    {
        var customers = new List<Customer>();
        var behaviours = new[] { Behaviour.Early, Behaviour.Prompt, Behaviour.Prompt, Behaviour.Prompt, Behaviour.Slow, Behaviour.Slow, Behaviour.VerySlow, Behaviour.Bad };
        var terms = new[] { (30, false), (30, false), (45, false), (60, false), (30, true), (15, true), (90, false) };
        var number = 1000;
        foreach (var name in ChineseNames)
        {
            number++;
            var (days, eom) = Pick(random, terms);
            customers.Add(new Customer(string.Create(CultureInfo.InvariantCulture, $"C-{number}"), name, "CNY", days, eom, Pick(random, behaviours), Pick(random, ChineseRegions), Pick(random, ["product", "product", "service", "subscription"]), random.Next(1, 3)));
        }

        foreach (var (name, currency) in ForeignCustomers)
        {
            number++;
            var (days, eom) = Pick(random, terms);
            var region = currency == "EUR" ? "Europe" : currency == "JPY" ? "Japan" : "North America";
            customers.Add(new Customer(string.Create(CultureInfo.InvariantCulture, $"C-{number}"), name, currency, days, eom, Pick(random, behaviours), region, Pick(random, ["product", "service"]), random.Next(1, 2)));
        }

        return customers;
    }

    private static int PaymentDelay(Random random, Behaviour behaviour) => behaviour switch
    {
        Behaviour.Early => -random.Next(5, 20),
        Behaviour.Prompt => random.Next(-5, 6),
        Behaviour.Slow => random.Next(5, 35),
        Behaviour.VerySlow => random.Next(30, 100),
        _ => random.Next(60, 200),
    };

    private static decimal RandomAmount(Random random, string currency)
    {
        var baseAmount = (decimal)Math.Round(Math.Exp(7 + (random.NextDouble() * 4)), 2);
        return currency switch
        {
            "JPY" => Math.Round(baseAmount * 15m, 0),
            "CNY" => Math.Round(baseAmount * 7m, 2),
            _ => baseAmount,
        };
    }

    private static decimal RoundTo(decimal amount, string currency)
        => Math.Round(amount, currency == "JPY" ? 0 : 2, MidpointRounding.AwayFromZero);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Format(decimal amount, string currency)
        => amount.ToString(currency == "JPY" ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Cells(string id, string kind, Customer customer, decimal amount, DateOnly date, DateOnly? due, string reference, string contract, string disputed, string appliesTo, string promised)
        =>
        [
            id, kind, customer.Id, customer.Name, customer.Currency, Format(amount, customer.Currency), Format(date),
            due is { } d ? Format(d) : string.Empty, reference, contract, customer.BusinessType, customer.Segment,
            string.Empty, appliesTo, disputed, promised,
        ];
}

using System.Globalization;
using Receivables.Matching;
using Receivables.Terms;

using Receivables.Ledger;

namespace Receivables.Tests.Matching.Synthetic;

/// <summary>The kind of a synthetic statement line, and so what the right outcome is.</summary>
public enum SyntheticCategory
{
    ExactReference,
    TypoReference,
    TruncatedReference,
    SeveralWithReferences,
    SeveralWithoutReferences,
    AmountOnly,
    DiscountTaken,
    BankFees,
    PartialPayment,
    ParentPaysSubsidiary,
    ChineseRemittance,
    Unrelated,
    Ambiguous,
    UnearnedDiscount,
    BankChargesAboveTolerance,
    ShortPayment,
    Overpayment,
    PayerNameInText,
}

/// <summary>The label of a synthetic line: its category and the items it really pays (empty for unrelated lines;
/// for ambiguous lines the items that fit equally well, none of which may be applied automatically).</summary>
public sealed record SyntheticLabel(SyntheticCategory Category, IReadOnlySet<DocumentId> Items)
{
    /// <summary>Gets a value indicating whether the line pays definite items (it is neither unrelated nor ambiguous).</summary>
    public bool Matchable => Category is not SyntheticCategory.Unrelated and not SyntheticCategory.Ambiguous;
}

/// <summary>A labelled synthetic matching world.</summary>
public sealed record SyntheticStatement(
    IReadOnlyList<OpenItem> Items,
    IReadOnlyList<CustomerProfile> Customers,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyDictionary<string, SyntheticLabel> Labels);

/// <summary>
/// Generates a labelled synthetic world for measuring matching quality and speed: customers (EUR with Western names,
/// CNY with Chinese names and 8-digit fapiao numbers; most with a known account, some with a parent), their open
/// items, and statement lines of every <see cref="SyntheticCategory"/> in a realistic mix (most lines carry a
/// reference and a known account, as SEPA and CNAPS transfers do). Deterministic for a seed.
/// </summary>
public static class MatchingDataGenerator
{
    /// <summary>The seed of the published quality numbers (docs/matching.md).</summary>
    public const int DocumentedSeed = 20261123;

    private static readonly (SyntheticCategory Category, int Weight)[] Mix =
    [
        (SyntheticCategory.ExactReference, 30), (SyntheticCategory.TypoReference, 7), (SyntheticCategory.TruncatedReference, 4),
        (SyntheticCategory.SeveralWithReferences, 8), (SyntheticCategory.SeveralWithoutReferences, 3), (SyntheticCategory.AmountOnly, 8),
        (SyntheticCategory.DiscountTaken, 6), (SyntheticCategory.BankFees, 6), (SyntheticCategory.PartialPayment, 5),
        (SyntheticCategory.ParentPaysSubsidiary, 4), (SyntheticCategory.ChineseRemittance, 8), (SyntheticCategory.Unrelated, 8),
        (SyntheticCategory.Ambiguous, 3),
    ];

    private static readonly string[] WesternStems = ["Acme", "Nordwind", "Bergmann", "Great Lakes", "Milano", "Rheinland", "Atlas", "Baltic", "Helvetia", "Orion", "Sunrise", "Alpen", "Delta", "Kestrel", "Lindqvist", "Brightwater"];
    private static readonly string[] WesternTrades = ["Tooling", "Logistics", "Design", "Maschinenbau", "Foods", "Textiles", "Energy", "Medical", "Software", "Trading", "Bau", "Optics"];
    private static readonly string[] WesternForms = ["GmbH", "Ltd", "LLC", "S.p.A.", "AG", "Inc.", "B.V.", "SARL"];
    private static readonly string[] ChineseCities = ["宁波", "昆明", "杭州", "苏州", "无锡", "青岛", "厦门", "成都", "武汉", "佛山", "东莞", "合肥"];
    private static readonly string[] ChineseWords = ["港通", "春城", "华美", "天成", "鑫达", "恒信", "金桥", "宏远", "瑞丰", "中兴", "百川", "永盛", "安泰", "嘉禾"];
    private static readonly string[] ChineseTrades = ["贸易", "花卉", "机械", "电子", "物流", "纺织", "食品", "建材"];
    private static readonly string[] ChineseForms = ["有限公司", "股份有限公司", "有限责任公司"];
    private static readonly string[] EnglishTexts = ["Invoice {0}", "Payment for {0}", "RE {0} thank you", "Rechnung {0}", "Zahlung {0} Kd-Nr 4711", "INV {0} / our order 88123", "{0}"];
    private static readonly string[] ChineseTexts = ["货款 发票号{0}", "支付{0}号发票款", "付款 {0}", "发票{0} 货款", "{0}"];

    /// <summary>Generates a world.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="customerCount">The number of customers.</param>
    /// <param name="itemsPerCustomer">The average number of open items per customer.</param>
    /// <param name="lineCount">The number of statement lines (approximately; several payments for one item add lines).</param>
    /// <param name="extraLines">The number of lines of the kinds added with named deductions (issue 14): unearned
    /// discounts, bank charges above the tolerance, short payments, overpayments and payer names in the text, generated
    /// after the others from their own random stream, so the world without them stays the same.</param>
    public static SyntheticStatement Generate(int seed, int customerCount, int itemsPerCustomer, int lineCount, int extraLines = 0)
    {
        var random = new Random(seed);
        var asOf = new DateOnly(2026, 11, 30);
        var customers = new List<(CustomerProfile Profile, bool Chinese, string Name, string? Account)>(customerCount);
        var positions = new Dictionary<CustomerId, int>(customerCount);
        var itemsBy = new List<List<OpenItem>>(customerCount);
        var items = new List<OpenItem>(customerCount * itemsPerCustomer);
        var invoiceNumber = 0;
        var fapiaoNumber = 0;
        for (var c = 0; c < customerCount; c++)
        {
            var id = new CustomerId(string.Create(CultureInfo.InvariantCulture, $"C-{100000 + c}"));
            var chinese = random.Next(100) < 30;
            var name = chinese
                ? $"{Pick(random, ChineseCities)}{Pick(random, ChineseWords)}{Pick(random, ChineseWords)}{Pick(random, ChineseTrades)}{Pick(random, ChineseForms)}"
                : $"{Pick(random, WesternStems)} {Pick(random, WesternStems)} {Pick(random, WesternTrades)} {c} {Pick(random, WesternForms)}";
            if (chinese)
            {
                name = name.Insert(2, c.ToString(CultureInfo.InvariantCulture));
            }

            var account = random.Next(100) < 92
                ? (chinese ? string.Create(CultureInfo.InvariantCulture, $"6222 0{c:0000000} {random.Next(1000, 9999)}") : string.Create(CultureInfo.InvariantCulture, $"DE{random.Next(10, 99)} 3704 0044 {c:00000000} 00"))
                : null;
            CustomerId? parent = c > 10 && random.Next(100) < 8 ? customers[random.Next(c)].Profile.Customer : null;
            if (parent is { } p && customers[positions[p]].Profile.Parent is not null)
            {
                parent = null;
            }

            positions.Add(id, customers.Count);
            customers.Add((new CustomerProfile(id, [name], account is null ? null : [account], parent), chinese, name, account));
            var currency = chinese ? Currency.CNY : Currency.EUR;
            var count = Math.Max(2, itemsPerCustomer / 2 + random.Next(itemsPerCustomer + 1));
            var own = new List<OpenItem>(count);
            for (var i = 0; i < count; i++)
            {
                var number = chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"{31000000 + (++fapiaoNumber * 7 % 9_000_000):00000000}")
                    : extraLines > 0 ? Numbered(c, ++invoiceNumber) : string.Create(CultureInfo.InvariantCulture, $"INV-2026-{++invoiceNumber:000000}");
                var documentDate = asOf.AddDays(-random.Next(0, 180));
                var open = new Money(decimal.Round((decimal)Math.Exp(4 + (random.NextDouble() * 6)), 2), currency);
                var offers = random.Next(100) < 25 ? new[] { new SettlementDiscount(documentDate.AddDays(10), (open * 0.02m).Round()) } : null;
                var item = new OpenItem(new DocumentId(number), id, open, documentDate, documentDate.AddDays(30), offers);
                own.Add(item);
                items.Add(item);
            }

            itemsBy.Add(own);
        }

        var used = new HashSet<DocumentId>();
        var lines = new List<StatementLine>(lineCount);
        var labels = new Dictionary<string, SyntheticLabel>(lineCount, StringComparer.Ordinal);
        var total = Mix.Sum(m => m.Weight);
        var ambiguousPairs = 0;
        while (lines.Count < lineCount)
        {
            var roll = random.Next(total);
            var category = Mix.First(m => (roll -= m.Weight) < 0).Category;
            var c = random.Next(customerCount);
            var (profile, chinese, name, account) = customers[c];
            if (category == SyntheticCategory.ChineseRemittance && !chinese)
            {
                continue;
            }

            if (category == SyntheticCategory.ParentPaysSubsidiary && profile.Parent is null)
            {
                continue;
            }

            var free = itemsBy[c].Where(i => !used.Contains(i.Id)).ToList();
            if (free.Count < 3)
            {
                continue;
            }

            var item = free[random.Next(free.Count)];
            var currency = item.Currency;
            var id = string.Create(CultureInfo.InvariantCulture, $"L{lines.Count + 1:000000}");
            var value = item.DocumentDate.AddDays(random.Next(5, 40));
            var payerAccount = account is not null && random.Next(100) < 95 ? account : null;
            var payerName = random.Next(100) < 90 ? Spell(random, name, chinese) : null;
            var texts = chinese ? ChineseTexts : EnglishTexts;
            string Text(string reference) => string.Format(CultureInfo.InvariantCulture, Pick(random, texts), reference);
            StatementLine Make(Money amount, string? text, DateOnly? date = null, string? lineId = null)
                => new(lineId ?? id, date ?? value, date ?? value, amount, payerName, payerAccount, text, random.Next(100) < 60 ? "NOTPROVIDED" : null, string.Create(CultureInfo.InvariantCulture, $"B{random.Next():X8}"));
            void Add(StatementLine line, SyntheticCategory kind, params OpenItem[] paid)
            {
                lines.Add(line);
                labels.Add(line.Id, new SyntheticLabel(kind, paid.Select(p => p.Id).ToHashSet()));
                foreach (var p in paid)
                {
                    used.Add(p.Id);
                }
            }

            switch (category)
            {
                case SyntheticCategory.ExactReference:
                    // In the extended world one in five payers leaves out the leading zeros of the number's last part.
                    Add(Make(item.Open, Text(extraLines > 0 && random.Next(5) == 0 ? WithoutLeadingZeros(item.Id.Value) : item.Id.Value)), category, item);
                    break;
                case SyntheticCategory.TypoReference:
                    Add(Make(item.Open, Text(Typo(random, item.Id.Value))), category, item);
                    break;
                case SyntheticCategory.TruncatedReference:
                    var reference = item.Id.Value;
                    var text = Text("X");
                    text = (text.EndsWith('X') ? text[..^1] : "Payment ") + reference[..^random.Next(1, 3)];
                    Add(Make(item.Open, text), category, item);
                    break;
                case SyntheticCategory.SeveralWithReferences:
                {
                    var several = free.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).OrderBy(i => i.Id).ToArray();
                    var joined = random.Next(2) == 0
                        ? string.Join(", ", several.Select(i => i.Id.Value))
                        : several[0].Id.Value + string.Concat(several.Skip(1).Select(i => "/" + i.Id.Value[^3..]));
                    if (several.Skip(1).Any(i => i.Id.Value[..^3] != several[0].Id.Value[..^3]))
                    {
                        joined = string.Join(", ", several.Select(i => i.Id.Value));
                    }

                    Add(Make(Sum(several), Text(joined)), category, several);
                    break;
                }

                case SyntheticCategory.SeveralWithoutReferences:
                {
                    var several = free.OrderBy(i => i.DueDate).Take(random.Next(2, 4)).ToArray();
                    Add(Make(Sum(several), chinese ? "货款" : "Payment as agreed"), category, several);
                    break;
                }

                case SyntheticCategory.AmountOnly:
                    if (itemsBy[c].Count(i => i.Open == item.Open) > 1)
                    {
                        continue;
                    }

                    Add(Make(item.Open, chinese ? "货款" : null), category, item);
                    break;
                case SyntheticCategory.DiscountTaken:
                    if (item.Discounts.IsEmpty)
                    {
                        continue;
                    }

                    var payBy = item.Discounts[0].PayBy;
                    Add(Make(item.Open - item.Discounts[0].Discount, Text(item.Id.Value), payBy.AddDays(-random.Next(0, 8))), category, item);
                    break;
                case SyntheticCategory.BankFees:
                    var fee = new Money(Math.Min(random.Next(3, 20), decimal.Round(item.Open.Amount * 0.015m, 0, MidpointRounding.ToZero)), currency);
                    if (!fee.IsPositive)
                    {
                        continue;
                    }

                    Add(Make(item.Open - fee, Text(item.Id.Value)), category, item);
                    break;
                case SyntheticCategory.PartialPayment:
                {
                    var first = (item.Open * (decimal)(0.2 + (random.NextDouble() * 0.5))).Round();
                    Add(Make(first, Text(item.Id.Value)), category, item);
                    if (random.Next(2) == 0)
                    {
                        var second = (item.Open - first) * 0.5m;
                        Add(Make(second.Round(), Text(item.Id.Value), value.AddDays(14), id + "b"), category, item);
                    }

                    break;
                }

                case SyntheticCategory.ParentPaysSubsidiary:
                {
                    var parent = customers[positions[profile.Parent!.Value]];
                    var withReference = random.Next(100) < 75;
                    var line = new StatementLine(id, value, value, item.Open, Spell(random, parent.Name, parent.Chinese), parent.Account, withReference ? Text(item.Id.Value) : null);
                    Add(line, category, item);
                    break;
                }

                case SyntheticCategory.ChineseRemittance:
                    Add(new StatementLine(id, value, value, item.Open, Spell(random, name, true), random.Next(100) < 50 ? account : null, string.Format(CultureInfo.InvariantCulture, Pick(random, ChineseTexts), item.Id.Value)), category, item);
                    break;
                case SyntheticCategory.Unrelated:
                    Add(Unrelated(random, id, asOf, currency, item), category);
                    break;
                default:
                {
                    if (payerAccount is null || ambiguousPairs * 40 > lineCount)
                    {
                        continue;
                    }

                    var twin = new OpenItem(new DocumentId(item.Id.Value + "-2"), item.Customer, item.Open, item.DocumentDate.AddDays(3), item.DueDate.AddDays(3));
                    items.Add(twin);
                    itemsBy[c].Add(twin);
                    ambiguousPairs++;
                    lines.Add(Make(item.Open, chinese ? "货款" : "Payment"));
                    labels.Add(id, new SyntheticLabel(category, new HashSet<DocumentId> { item.Id, twin.Id }));
                    used.Add(item.Id);
                    used.Add(twin.Id);
                    break;
                }
            }
        }

        var extra = new Random(seed + 1);
        var target = lines.Count + extraLines;
        for (var attempt = 0; lines.Count < target && attempt < 200 * extraLines; attempt++)
        {
            var c = extra.Next(customerCount);
            var (_, chinese, name, account) = customers[c];
            var free = itemsBy[c].Where(i => !used.Contains(i.Id)).ToList();
            if (free.Count < 3 || account is null)
            {
                continue;
            }

            var item = free[extra.Next(free.Count)];
            var id = string.Create(CultureInfo.InvariantCulture, $"X{lines.Count + 1:000000}");
            var value = item.DocumentDate.AddDays(extra.Next(5, 40));
            var currency = item.Currency;
            var text = string.Format(CultureInfo.InvariantCulture, Pick(extra, chinese ? ChineseTexts : EnglishTexts), item.Id.Value);
            var kind = (SyntheticCategory)((int)SyntheticCategory.UnearnedDiscount + extra.Next(5));
            StatementLine? line = kind switch
            {
                SyntheticCategory.UnearnedDiscount when !item.Discounts.IsEmpty
                    => new(id, item.Discounts[0].PayBy.AddDays(3), item.Discounts[0].PayBy.AddDays(3), item.Open - item.Discounts[0].Discount, name, account, text),
                SyntheticCategory.BankChargesAboveTolerance when item.Open.Amount >= 1500m
                    => new(id, value, value, item.Open - new Money(extra.Next(26, 50), currency), name, account, text),
                SyntheticCategory.ShortPayment when item.Open.Amount >= 1500m
                    => new(id, value, value, item.Open - (item.Open * (decimal)(0.04 + (extra.NextDouble() * 0.05))).Round(), name, account, text),
                SyntheticCategory.Overpayment
                    => new(id, value, value, item.Open + new Money(extra.Next(5, 100), currency), name, account, text),
                SyntheticCategory.PayerNameInText when !chinese && itemsBy[c].Count(i => i.Open == item.Open) == 1
                    => new(id, value, value, item.Open, null, null, $"Payment from {name}"),
                _ => null,
            };

            if (line is null)
            {
                continue;
            }

            lines.Add(line);
            labels.Add(id, new SyntheticLabel(kind, new HashSet<DocumentId> { item.Id }));
            used.Add(item.Id);
        }

        return new SyntheticStatement(items, [.. customers.Select(c => c.Profile)], lines, labels);
    }

    private static StatementLine Unrelated(Random random, string id, DateOnly asOf, Currency currency, OpenItem item)
    {
        var date = asOf.AddDays(-random.Next(0, 30));
        return random.Next(4) switch
        {
            0 => new StatementLine(id, date, date, new Money(decimal.Round((decimal)random.NextDouble() * 40m, 2) + 0.01m, currency), "Deutsche Bank AG", null, "Habenzinsen / credit interest Q3"),
            1 => new StatementLine(id, date, date, -item.Open, "Refund desk", null, $"Refund {item.Id}"),
            2 => new StatementLine(id, date, date, new Money(random.Next(10, 500) * 1000m, currency), "Our Company GmbH", "DE02 1001 0010 0000 0000 01", "Umbuchung eigenes Konto / own transfer"),
            _ => new StatementLine(id, date, date, new Money(decimal.Round((decimal)random.NextDouble() * 900m, 2) + 1m, currency), "Unknown Payer " + random.Next(1000), "GB29 NWBK 6016 1331 " + random.Next(1000, 9999), "donation " + random.Next(100000)),
        };
    }

    private static Money Sum(IEnumerable<OpenItem> items) => items.Select(i => i.Open).Aggregate((a, b) => a + b);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Spell(Random random, string name, bool chinese)
    {
        return random.Next(5) switch
        {
            0 => name.ToUpperInvariant(),
            1 when chinese => string.Concat(name.Select(ch => ch is >= '0' and <= '9' ? (char)(ch + 0xFEE0) : ch)),
            1 => name.Replace(" GmbH", " G.m.b.H.", StringComparison.Ordinal).Replace(" Ltd", " Limited", StringComparison.Ordinal),
            2 when !chinese => name[..name.LastIndexOf(' ')],
            _ => name,
        };
    }

    /// <summary>The numbering schemes of the extended world's Western customers (one per customer): prefix and year
    /// with dashes, a sales-order series, year-prefixed and customer-prefixed runs, Odoo's slashes, a bare year and
    /// sequence, and a prefix glued to an 8-digit run (issue 14).</summary>
    private static string Numbered(int customer, int n) => (customer % 7) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"INV-2026-{n:000000}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"SO-2026-{n:00000}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"RE26{n:000000}"),
        3 => string.Create(CultureInfo.InvariantCulture, $"KD{n:0000000}"),
        4 => string.Create(CultureInfo.InvariantCulture, $"INV/2026/{n:000000}"),
        5 => string.Create(CultureInfo.InvariantCulture, $"2026-{n:0000000}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"INV{n:00000000}"),
    };

    /// <summary>The number with the leading zeros of its last digit run left out, when that run follows a separator
    /// (<c>SO-2026-00042</c> → <c>SO-2026-42</c>); other numbers as they are.</summary>
    private static string WithoutLeadingZeros(string number)
    {
        var start = number.Length;
        while (start > 0 && char.IsAsciiDigit(number[start - 1]))
        {
            start--;
        }

        if (start == 0 || start == number.Length || number[start - 1] is not ('-' or '/'))
        {
            return number;
        }

        var core = number[start..].TrimStart('0');
        return core.Length == 0 ? number : number[..start] + core;
    }

    private static string Typo(Random random, string reference)
    {
        var digits = Enumerable.Range(0, reference.Length).Where(i => char.IsDigit(reference[i])).ToArray();
        var at = digits[random.Next(digits.Length / 2, digits.Length)];
        var ch = reference[at];
        return random.Next(4) switch
        {
            0 => reference[..at] + (char)('0' + ((ch - '0' + 1 + random.Next(8)) % 10)) + reference[(at + 1)..],
            1 => reference.Remove(at, 1),
            2 => reference.Insert(at, ((char)('0' + random.Next(10))).ToString()),
            _ => at + 1 < reference.Length && char.IsDigit(reference[at + 1]) && reference[at + 1] != ch
                ? reference[..at] + reference[at + 1] + ch + reference[(at + 2)..]
                : reference.Remove(at, 1),
        };
    }
}

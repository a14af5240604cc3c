using FsCheck;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Terms;

using Receivables.Ledger;

namespace Receivables.Tests.Support;

/// <summary>A small matching world: open items of a few customers with profiles, and statement lines against them.</summary>
public sealed record MatchingScenario(IReadOnlyList<OpenItem> Items, IReadOnlyList<CustomerProfile> Customers, IReadOnlyList<StatementLine> Lines)
{
    /// <inheritdoc/>
    public override string ToString()
        => string.Join(Environment.NewLine, Items.Select(i => $"{i.Customer} {i.Id} {i.Open} due {i.DueDate:yyyy-MM-dd}"))
            + Environment.NewLine
            + string.Join(Environment.NewLine, Lines.Select(l => $"{l.Id} {l.Amount} '{l.RemittanceText}' {l.PayerAccount}"));
}

public static partial class Arbitraries
{
    private static readonly DateOnly MatchingBase = new(2026, 10, 1);

    /// <summary>Open items of 1 to 4 customers (EUR, amounts from a small set so that amounts collide), profiles with
    /// accounts (one parent), and 1 to 12 lines: exact, typo'd or missing references, several references, exact,
    /// partial, excess, summed, discounted or negative amounts.</summary>
    public static Gen<MatchingScenario> MatchingScenarioGen { get; } =
        from customerCount in Gen.Choose(1, 4)
        from itemCounts in Gen.ArrayOf(Gen.Choose(1, 7), customerCount)
        from currency in Gen.Elements(Currency.EUR, Currency.EUR, Currency.JPY, Currency.FromCode("KWD"))
        from amounts in Gen.ArrayOf(MatchingAmountGen, itemCounts.Sum())
        from dueOffsets in Gen.ArrayOf(Gen.Choose(0, 60), itemCounts.Sum())
        from discounted in Gen.ArrayOf(Gen.Elements(false, false, true), itemCounts.Sum())
        from lineSpecs in Gen.ArrayOf(LineSpecGen, 12).SelectMany(specs => Gen.Choose(1, 12).Select(n => specs.Take(n).ToArray()))
        select Build(currency, itemCounts, amounts, dueOffsets, discounted, lineSpecs);

    /// <summary>A scenario with one extra line that carries exactly one exact reference and the exact open amount
    /// of an item that no other line mentions or pays; the item is the scenario's first (by document number).</summary>
    public static Gen<(MatchingScenario Scenario, StatementLine Special, OpenItem Target)> ExactReferenceScenarioGen { get; } =
        from scenario in MatchingScenarioGen
        from withAccount in Gen.Elements(true, false)
        from noise in Gen.Elements(string.Empty, "Payment for ", "付款 ", "Zahlung RE ")
        select AddSpecial(scenario, withAccount, noise);

    /// <summary>A scenario with one extra line from the target item's customer (known account) that names exactly the
    /// target's number, paying any amount: the target's, another item's of the customer, or a fraction or multiple.</summary>
    public static Gen<(MatchingScenario Scenario, StatementLine Special, OpenItem Target)> ExactReferenceAnyAmountScenarioGen { get; } =
        from scenario in MatchingScenarioGen
        from noise in Gen.Elements(string.Empty, "Payment for ", "付款 ", "Zahlung RE ")
        from pick in Gen.Choose(0, 1000)
        from percent in Gen.Choose(1, 300)
        from kind in Gen.Choose(0, 2)
        select WithAmount(AddSpecial(scenario, withAccount: true, noise), pick, percent, kind);

    private static Gen<(int Kind, int Item, int Other, int Typo, bool Account, int Fraction)> LineSpecGen { get; } =
        from kind in Gen.Choose(0, 8)
        from item in Gen.Choose(0, 1000)
        from other in Gen.Choose(0, 1000)
        from typo in Gen.Choose(0, 1000)
        from account in Gen.Elements(true, false)
        from fraction in Gen.Choose(1, 99)
        select (kind, item, other, typo, account, fraction);

    /// <summary>
    /// An open amount: mostly everyday amounts, sometimes any amount from 100 up to a quarter of the largest a document
    /// may carry (four such items still sum within <see cref="Ledger.Document.MaxAmount"/>), with random minor units.
    /// </summary>
    private static Gen<decimal> MatchingAmountGen { get; } = Gen.Frequency(
        (4, Gen.Elements(100m, 250m, 250m, 399.99m, 1000m, 1200.50m, 80m)),
        (1, from digits in Gen.Choose(3, 17)
            from mantissa in Gen.Choose(100_000, int.MaxValue)
            from cents in Gen.Choose(0, 999)
            select Math.Min((decimal)Math.Pow(10, digits) * mantissa / int.MaxValue, Receivables.Ledger.Document.MaxAmount / 4m) + (cents / 1000m)));

    private static readonly string[] Prefixes =
        ["", "", "Payment ", "Zahlung ", "Paiement facture ", "付款 ", "货款 ", "Ref: ", "PAYMENT FOR ", "Überweisung ", "Pago factura "];

    private static readonly string[] Suffixes = ["", "", " thanks", " / ", " - urgent", " 谢谢", " merci", ".", " ;", " Kd Acme"];

    private static MatchingScenario Build(Currency currency, int[] itemCounts, decimal[] amounts, int[] dueOffsets, bool[] discounted, (int Kind, int Item, int Other, int Typo, bool Account, int Fraction)[] specs)
    {
        var items = new List<OpenItem>();
        var customers = new List<CustomerProfile>();
        var k = 0;
        for (var c = 0; c < itemCounts.Length; c++)
        {
            var customer = new CustomerId($"C-{c + 1}");
            customers.Add(new CustomerProfile(customer, [$"Customer {c + 1} GmbH"], [$"DE00 1000 {c + 1:0000}"], c == 1 ? new CustomerId("C-1") : null));
            for (var i = 0; i < itemCounts[c]; i++, k++)
            {
                var open = new Money(Math.Max(80m, decimal.Round(amounts[k], currency.MinorUnits)), currency);
                var date = MatchingBase.AddDays(dueOffsets[k]);
                var offers = discounted[k] ? new[] { new SettlementDiscount(date.AddDays(10), new Money(decimal.Round(open.Amount * 0.02m, currency.MinorUnits), currency)) } : null;
                items.Add(new OpenItem(new DocumentId($"INV-2026-{(c * 100) + i + 1:00000}"), customer, open, date, date.AddDays(30), offers));
            }
        }

        var lines = new List<StatementLine>();
        for (var n = 0; n < specs.Length; n++)
        {
            var (kind, itemPick, otherPick, typoPick, account, fraction) = specs[n];
            var item = items[itemPick % items.Count];
            var other = items[otherPick % items.Count];
            var payer = account ? $"DE00 1000 {int.Parse(item.Customer.Value[2..], System.Globalization.CultureInfo.InvariantCulture):0000}" : null;
            var number = item.Id.Value;
            var typoAt = 4 + (typoPick % (number.Length - 4));
            var typo = number[..typoAt] + (number[typoAt] == '9' ? '8' : (char)(number[typoAt] + 1)) + number[(typoAt + 1)..];
            var value = item.DocumentDate.AddDays(fraction % 20);
            (decimal amount, string? text) = kind switch
            {
                0 => (item.Open.Amount, $"Invoice {number}"),
                1 => (item.Open.Amount, $"Rechnung {typo}"),
                2 => (decimal.Round(item.Open.Amount * fraction / 100m, currency.MinorUnits), number),
                3 => (item.Open.Amount + other.Open.Amount, $"{number}, {other.Id.Value}"),
                4 => (item.Open.Amount, null),
                5 => (item.Open.Amount + decimal.Round(17.35m, currency.MinorUnits), $"{number} thanks"),
                6 => (item.Open.Amount - decimal.Round(item.Open.Amount * 0.02m, currency.MinorUnits), $"{number} skonto"),
                7 => (-item.Open.Amount, $"Refund {number}"),
                _ => (item.Open.Amount - decimal.Round(7.5m, currency.MinorUnits, MidpointRounding.AwayFromZero), $"{number[..^2]}"),
            };

            // Beyond the fixed templates: the words and casing banks and payers put around a reference.
            if (text is not null)
            {
                text = Prefixes[(typoPick / 7) % Prefixes.Length] + text + Suffixes[(fraction * 3) % Suffixes.Length];
                text = (typoPick % 5) switch
                {
                    0 => text.ToLowerInvariant(),
                    1 => text.ToUpperInvariant(),
                    _ => text,
                };
            }

            if (amount == 0m)
            {
                amount = currency.MinorUnit;
            }

            lines.Add(new StatementLine($"L{n + 1:000}", value, value, new Money(amount, currency), account ? null : "Someone", payer, text));
        }

        return new MatchingScenario(items, customers, lines);
    }

    /// <summary>True when a token of the text is the number, one edit away from it, or its cut-off start.</summary>
    private static bool MentionsNearly(string text, string number)
    {
        static string Plain(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        var target = Plain(number);
        foreach (var token in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Plain))
        {
            if (target.StartsWith(token, StringComparison.Ordinal) || Distance(token, target) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static (MatchingScenario, StatementLine, OpenItem) WithAmount((MatchingScenario Scenario, StatementLine Special, OpenItem Target) x, int pick, int percent, int kind)
    {
        var siblings = x.Scenario.Items.Where(i => i.Customer == x.Target.Customer && i.Currency == x.Target.Currency && i != x.Target).ToList();
        var amount = kind switch
        {
            0 when siblings.Count > 0 => siblings[pick % siblings.Count].Open,
            1 => new Money(decimal.Round(x.Target.Open.Amount * percent / 100m, x.Target.Currency.MinorUnits), x.Target.Currency),
            _ => x.Target.Open,
        };
        amount = amount.IsPositive ? amount : x.Target.Open;
        var special = new StatementLine(x.Special.Id, x.Special.BookingDate, x.Special.ValueDate, amount, null, x.Special.PayerAccount, x.Special.RemittanceText);
        return (x.Scenario with { Lines = [.. x.Scenario.Lines.Where(l => l.Id != x.Special.Id), special] }, special, x.Target);
    }

    private static (MatchingScenario, StatementLine, OpenItem) AddSpecial(MatchingScenario scenario, bool withAccount, string noise)
    {
        var target = scenario.Items.OrderBy(i => i.Id).First();
        var others = scenario.Lines
            .Where(l => l.PayerAccount is null || !l.PayerAccount.EndsWith(target.Customer.Value[2..].PadLeft(4, '0'), StringComparison.Ordinal))
            .Where(l => l.RemittanceText is null || !MentionsNearly(l.RemittanceText, target.Id.Value))
            .Where(l => l.PayerAccount is not null || l.RemittanceText is not null)
            .ToList();
        var account = withAccount ? $"DE00 1000 {target.Customer.Value[2..].PadLeft(4, '0')}" : null;
        var special = new StatementLine("SPECIAL", target.DueDate.AddDays(40), target.DueDate.AddDays(40), target.Open, null, account, noise + target.Id.Value);
        return (scenario with { Lines = [.. others, special] }, special, target);
    }
}

using System.Globalization;
using System.Collections.Immutable;
using Receivables.Ledger;

namespace Receivables.Aging.Provisioning;

/// <summary>Splits items into those with a specific provision and the rest, and merges the results per currency.</summary>
internal static class SpecificProvisions
{
    public static (List<OpenItem> General, List<ProvisionLine> Specific) Split(IEnumerable<OpenItem> items, IEnumerable<SpecificProvision>? specific)
    {
        var byDocument = new Dictionary<DocumentId, SpecificProvision>();
        foreach (var provision in specific ?? [])
        {
            if (provision is null)
            {
                throw new ArgumentNullException(nameof(specific), "A specific provision is null.");
            }

            if (provision.Allowance.IsNegative)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The specific provision for {provision.Document} is negative."), nameof(specific));
            }

            byDocument[provision.Document] = provision;
        }

        var general = new List<OpenItem>();
        var chosen = new Dictionary<DocumentId, (Money Open, int Count)>();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), "An item is null.");
            }

            if (!byDocument.TryGetValue(item.Id, out var provision))
            {
                general.Add(item);
                continue;
            }

            if (provision.Allowance.Currency != item.Currency)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The specific provision for {item.Id} is in {provision.Allowance.Currency.Code}, the item in {item.Currency.Code}."), nameof(specific));
            }

            chosen[item.Id] = chosen.TryGetValue(item.Id, out var sum) ? (sum.Open + item.Open, sum.Count + 1) : (item.Open, 1);
        }

        var lines = new List<ProvisionLine>();
        foreach (var (document, (open, count)) in chosen)
        {
            var provision = byDocument[document];
            var allowance = Money.Min(provision.Allowance, open);
            var rate = allowance.Amount / open.Amount;
            lines.Add(new ProvisionLine(document.Value, open, rate, allowance, count, AgingReasonCodes.ProvisionSpecific.With(document.Value, allowance, open, provision.Note)));
        }

        var used = chosen.Keys.ToHashSet();
        var unknown = byDocument.Keys.Where(k => !used.Contains(k)).Select(k => k.Value).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Specific provisions name documents that are not among the items: {string.Join(", ", unknown)}.", nameof(specific));
        }

        return (general, lines);
    }

    public static ProvisionReport Combine(
        DateOnly asOf,
        Dictionary<Currency, (ImmutableArray<ProvisionLine> Lines, ImmutableArray<ProvisionLine> Specific)> sections,
        List<ProvisionLine> specific,
        Func<Currency, ImmutableArray<ProvisionLine>> emptyLines)
    {
        foreach (var group in specific.GroupBy(l => l.Gross.Currency))
        {
            var lines = sections.TryGetValue(group.Key, out var existing) ? existing.Lines : emptyLines(group.Key);
            sections[group.Key] = (lines, [.. group.OrderBy(l => l.Label, StringComparer.Ordinal)]);
        }

        return new ProvisionReport(asOf, [.. sections
            .OrderBy(s => s.Key.Code, StringComparer.Ordinal)
            .Select(s => new ProvisionSection(s.Key, s.Value.Lines, s.Value.Specific))]);
    }
}

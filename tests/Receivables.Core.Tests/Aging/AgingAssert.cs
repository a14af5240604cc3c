using System.Globalization;
using System.Text;
using Receivables.Aging;

namespace Receivables.Tests.Aging;

/// <summary>A canonical text form of a report, so two reports can be compared for equality in assertions.</summary>
internal static class AgingAssert
{
    public static string Canonical(AgingReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.AsOf:yyyy-MM-dd} {report.Scheme}\n");
        foreach (var section in report.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{section.Currency.Code}] total {N(section.GrandTotal.Amount)} items {section.ItemCount} buckets {string.Join(",", section.BucketTotals.Select(t => N(t.Amount)))} counts {string.Join(",", section.BucketCounts)}\n");
            foreach (var line in section.Lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {line.Key}: {string.Join(",", line.Amounts.Select(a => N(a.Amount)))} | {string.Join(",", line.Counts)} | oldest {line.OldestBasisDate:yyyy-MM-dd} {line.OldestAgeDays} {line.OldestItem}\n");
            }
        }

        return text.ToString();
    }

    // Numeric equality, not scale: 1.0 and 1.00 print the same.
    private static string N(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Receivables.Matching;

namespace Receivables.Tests.Matching.Synthetic;

/// <summary>
/// A SHA-256 digest of everything a user sees of a matching run: per line (in input order) the decision, confidence
/// (round-trip), band, allocations (item, customer, applied, discount, write-off, deduction), unapplied cash, reasons
/// (code and text) and alternatives. Two runs with the same digest gave the same outcomes; used to check that a
/// refactoring (decisions 350, 351, 354) changes nothing, on the synthetic worlds of <see cref="Worlds"/>.
/// </summary>
public static class MatchOutcomeDigest
{
    /// <summary>The synthetic worlds the digest is taken on (the generator needs about three open items per line): the documented seed, other seeds and sizes, options
    /// that change the pipeline, and a world with duplicated payments (lines that claim the same items).</summary>
    public static IEnumerable<(string Name, SyntheticStatement Data, MatchingOptions Options)> Worlds()
    {
        yield return ("documented", MatchingDataGenerator.Generate(MatchingDataGenerator.DocumentedSeed, 400, 10, 3000), new MatchingOptions());
        yield return ("seed-7-dense", MatchingDataGenerator.Generate(7, 60, 30, 500), new MatchingOptions());
        yield return ("seed-11-oldest-first", MatchingDataGenerator.Generate(11, 200, 8, 500), new MatchingOptions { Rules = [.. MatchRules.Default, MatchRules.OldestFirst], GuessPartialPayments = false });
        var twice = MatchingDataGenerator.Generate(23, 150, 6, 300);
        yield return ("seed-23-duplicates", twice with { Lines = [.. twice.Lines, .. twice.Lines.Where((_, i) => i % 4 == 0).Select(l => Renamed(l, l.Id + "-dup"))] }, new MatchingOptions());
        yield return ("seed-31-threshold", MatchingDataGenerator.Generate(31, 300, 5, 450), new MatchingOptions { AutoApplyThreshold = 0.8, SuggestionThreshold = 0.1 });
    }

    /// <summary>The digest of a result, in hexadecimal.</summary>
    public static string Of(MatchResult result)
    {
        var text = new StringBuilder();
        foreach (var line in result.Lines)
        {
            text.Append(line.Line.Id).Append('|').Append(line.Decision).Append('|').Append(line.Confidence.ToString("R", CultureInfo.InvariantCulture))
                .Append('|').Append(line.Band).Append('|').Append(line.Unapplied.ToString()).Append('\n');
            Allocations(text, line.Allocations);
            foreach (var reason in line.Reasons)
            {
                text.Append("  r ").Append(reason.Code).Append(' ').Append(reason.Text).Append('\n');
            }

            foreach (var alternative in line.Alternatives)
            {
                text.Append("  alt ").Append(alternative.Confidence.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(alternative.Unapplied.ToString()).Append('\n');
                Allocations(text, alternative.Allocations);
                foreach (var reason in alternative.Reasons)
                {
                    text.Append("    r ").Append(reason.Code).Append(' ').Append(reason.Text).Append('\n');
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Allocations(StringBuilder text, IEnumerable<MatchAllocation> allocations)
    {
        foreach (var a in allocations)
        {
            text.Append("  a ").Append(a.Item.Value).Append(' ').Append(a.Customer.Value).Append(' ').Append(a.Applied.ToString()).Append(' ')
                .Append(a.Discount.ToString()).Append(' ').Append(a.WriteOff.ToString()).Append('\n');
        }
    }

    internal static StatementLine Renamed(StatementLine line, string id)
        => new(id, line.BookingDate, line.ValueDate, line.Amount, line.PayerName, line.PayerAccount, line.RemittanceText, line.EndToEndReference, line.BankReference);
}

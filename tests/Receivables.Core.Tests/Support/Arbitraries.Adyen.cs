using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>A generated Adyen Settlement details report and what the generator put in it: per payment-level row its
/// signed gross amount, total fee and signed net amount (in report order), and the count of batch-level rows.</summary>
public sealed record GeneratedAdyenReport(string Csv, IReadOnlyList<(decimal Gross, decimal Fee, decimal Net)> Expected, int BatchRows, string Currency)
{
    /// <inheritdoc/>
    public override string ToString() => Csv;
}

public static partial class Arbitraries
{
    private static readonly string[] AdyenColumns =
    [
        "Company Account", "Merchant Account", "Psp Reference", "Merchant Reference", "Payment Method", "Creation Date", "TimeZone", "Type",
        "Modification Reference", "Gross Currency", "Gross Debit (GC)", "Gross Credit (GC)", "Exchange Rate", "Net Currency", "Net Debit (NC)",
        "Net Credit (NC)", "Commission (NC)", "Markup (NC)", "Scheme Fees (NC)", "Interchange (NC)", "Batch Number",
    ];

    /// <summary>Settlement details reports in EUR, JPY or BHD (2, 0 and 3 decimals) with 0 to 10 rows (Settled, Refunded,
    /// Chargeback, Fee, MerchantPayout) of wide gross amounts and 0 to 4 fee columns filled, columns in a random order.</summary>
    public static Gen<GeneratedAdyenReport> AdyenReportGen { get; } =
        from currency in Gen.Elements(("EUR", 2), ("JPY", 0), ("BHD", 3))
        from rows in Gen.ListOf(AdyenRowGen).Select(l => l.Take(10).ToList())
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildAdyen(currency.Item1, currency.Item2, rows, seed);

    private static Gen<(string Type, long Gross, long?[] Fees)> AdyenRowGen { get; } =
        from type in Gen.Elements("Settled", "Settled", "Settled", "Refunded", "Chargeback", "Fee", "MerchantPayout")
        from gross in Gen.Choose(1, int.MaxValue).Select(v => (long)v * 1000 + 7)
        from fees in Gen.ArrayOf(Gen.Elements<long?>(null, 0, 1, 99, 12_345, 1_000_000), 4)
        select (type, gross, fees);

    private static GeneratedAdyenReport BuildAdyen(string currency, int decimals, List<(string Type, long Gross, long?[] Fees)> rows, int seed)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        string Text(decimal value) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var random = new Random(seed);
        var order = AdyenColumns.OrderBy(_ => random.Next()).ToArray();
        var csv = new StringBuilder(string.Join(",", order)).Append("\r\n");
        var expected = new List<(decimal, decimal, decimal)>();
        var batchRows = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var (type, grossUnits, feeUnits) = rows[r];
            var values = AdyenColumns.ToDictionary(c => c, _ => string.Empty, StringComparer.Ordinal);
            values["Company Account"] = "Company";
            values["Merchant Account"] = "MerchantEU";
            values["Creation Date"] = "2026-12-01 10:00:00";
            values["TimeZone"] = "CET";
            values["Type"] = type;
            values["Net Currency"] = currency;
            values["Batch Number"] = "7";
            var gross = grossUnits / scale;
            if (type is "Fee" or "MerchantPayout")
            {
                values["Modification Reference"] = type + " " + r.ToString(CultureInfo.InvariantCulture);
                values["Net Debit (NC)"] = Text(gross);
                batchRows++;
            }
            else
            {
                var credit = type == "Settled";
                var fee = feeUnits.Sum(f => f ?? 0) / scale;
                var signed = credit ? gross : -gross;
                var net = signed - fee;
                values["Psp Reference"] = (8_800_000_000_000_000L + r).ToString(CultureInfo.InvariantCulture);
                values["Merchant Reference"] = "INV-" + r.ToString(CultureInfo.InvariantCulture);
                values["Payment Method"] = "visa";
                values["Modification Reference"] = (8_900_000_000_000_000L + r).ToString(CultureInfo.InvariantCulture);
                values["Gross Currency"] = currency;
                values["Exchange Rate"] = "1";
                values[credit ? "Gross Credit (GC)" : "Gross Debit (GC)"] = Text(gross);
                values[net >= 0 ? "Net Credit (NC)" : "Net Debit (NC)"] = Text(Math.Abs(net));
                string[] feeColumns = ["Commission (NC)", "Markup (NC)", "Scheme Fees (NC)", "Interchange (NC)"];
                for (var f = 0; f < 4; f++)
                {
                    values[feeColumns[f]] = feeUnits[f] is { } units ? Text(units / scale) : string.Empty;
                }

                expected.Add((signed, fee, net));
            }

            csv.AppendJoin(",", order.Select(c => values[c])).Append("\r\n");
        }

        return new GeneratedAdyenReport(csv.ToString(), expected, batchRows, currency);
    }
}

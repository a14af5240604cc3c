using System.Globalization;
using Receivables.Matching.Reconciliation;

namespace Receivables.Cli;

/// <summary>
/// The customer statement CSV (对账单回执, docs/csv-formats.md): what the customer confirms, one entry per row with the
/// columns reference, amount, currency (required), kind (invoice or payment; default invoice) and date.
/// </summary>
internal static class CustomerStatementCsv
{
    public static List<CustomerStatementEntry> Read(string path) => CsvFile.ReadAll(path, ["reference", "amount", "currency"], row =>
    {
        var reference = row.Required("reference");
        var currency = row.Currency("currency");
        var amount = row.Decimal("amount");
        if (amount <= 0m || decimal.Round(amount, currency.MinorUnits) != amount)
        {
            throw row.Error("amount", string.Create(CultureInfo.InvariantCulture, $"{amount} must be positive with at most {currency.MinorUnits} decimals."));
        }

        var kind = (row.Optional("kind") ?? "invoice").ToLowerInvariant() switch
        {
            "invoice" => CustomerStatementEntryKind.Invoice,
            "payment" => CustomerStatementEntryKind.Payment,
            var other => throw row.Error("kind", $"'{other}' is not invoice or payment."),
        };
        return new CustomerStatementEntry(reference, new Money(amount, currency), kind, row.OptionalDate("date"));
    });
}

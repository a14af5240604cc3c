using System.Globalization;
using Receivables.Matching;

namespace Receivables.Cli;

/// <summary>
/// The bank statement CSV of the tool (documented in docs/csv-formats.md): one statement line per row with the columns
/// id, booking_date, value_date, amount, currency, payer_name, payer_account, remittance, end_to_end, bank_reference.
/// id, booking_date, amount and currency are required; value_date defaults to booking_date.
/// </summary>
internal static class StatementCsv
{
    public static readonly string[] Required = ["id", "booking_date", "amount", "currency"];

    public static readonly string[] Columns =
        ["id", "booking_date", "value_date", "amount", "currency", "payer_name", "payer_account", "remittance", "end_to_end", "bank_reference"];

    public static List<StatementLine> Read(string path)
    {
        var lines = CsvFile.ReadAll(path, Required, ReadRow);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, row) in lines)
        {
            if (!seen.Add(line.Id))
            {
                throw new CsvInputException(Path.GetFileName(path), row, "id", $"statement line id '{line.Id}' is used more than once.");
            }
        }

        return [.. lines.Select(l => l.Line)];
    }

    private static (StatementLine Line, int Row) ReadRow(CsvFile row)
    {
        var id = row.Required("id");
        var booking = row.Date("booking_date");
        var value = row.OptionalDate("value_date") ?? booking;
        var currency = row.Currency("currency");
        var amount = row.Decimal("amount");
        if (decimal.Round(amount, currency.MinorUnits) != amount)
        {
            throw row.Error("amount", string.Create(CultureInfo.InvariantCulture, $"{amount} has more decimals than {currency.Code} allows ({currency.MinorUnits})."));
        }

        var line = new StatementLine(
            id, booking, value, new Money(amount, currency),
            row.Optional("payer_name"), row.Optional("payer_account"), row.Optional("remittance"), row.Optional("end_to_end"), row.Optional("bank_reference"));
        return (line, row.Line);
    }
}

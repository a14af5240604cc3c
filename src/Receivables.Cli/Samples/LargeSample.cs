using System.Globalization;

namespace Receivables.Cli.Samples;

/// <summary>
/// A documents CSV of any size for trying the tool on volume (e.g. 1,000,000 rows): invoices spread over the sample's
/// 18 months, about four in five paid in full (early, on time or late), the rest open. Written row by row, so memory
/// does not grow with the size. Deterministic for a seed.
/// </summary>
internal static class LargeSample
{
    private static readonly string[] Currencies = ["CNY", "EUR", "USD", "JPY"];

    public static void Write(TextWriter writer, int customers, int documents, int seed)
    {
        writer.Write(string.Join(',', DocumentsCsv.Columns));
        writer.Write('\n');
        var random = new Random(seed);
        var days = SampleData.End.DayNumber - SampleData.Start.DayNumber;
        var written = 0;
        for (var n = 0; written < documents; n++)
        {
            var c = n % customers;
            var customer = "C-" + (100_000 + c).ToString(CultureInfo.InvariantCulture);
            var name = "Customer " + (c + 1).ToString("D6", CultureInfo.InvariantCulture);
            var currency = Currencies[c % Currencies.Length];
            var decimals = currency == "JPY" ? 0 : 2;
            var amount = Math.Round((decimal)(100 + (random.NextDouble() * 99_900)), decimals);
            var text = amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var date = SampleData.Start.AddDays(random.Next(0, days + 1));
            var due = date.AddDays(30);
            var invoice = "INV-L-" + n.ToString("D8", CultureInfo.InvariantCulture);
            Row(writer, invoice, "invoice", customer, name, currency, text, date, due, string.Empty);
            written++;
            if (written < documents && random.NextDouble() < 0.8)
            {
                var paid = due.AddDays(random.Next(-20, 60));
                paid = paid < date ? date : paid;
                if (paid <= SampleData.End)
                {
                    Row(writer, "PAY-L-" + n.ToString("D8", CultureInfo.InvariantCulture), "payment", customer, name, currency, text, paid, null, invoice);
                    written++;
                }
            }
        }
    }

    private static void Row(TextWriter writer, string id, string kind, string customer, string name, string currency, string amount, DateOnly date, DateOnly? due, string appliesTo)
    {
        // id,kind,customer,customer_name,currency,amount,document_date,due_date,reference,contract,business_type,segment,tags,applies_to,disputed,promised_date
        writer.Write(string.Join(',', id, kind, customer, name, currency, amount, ReportWriter.Date(date), due is { } d ? ReportWriter.Date(d) : string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, appliesTo, string.Empty, string.Empty));
        writer.Write('\n');
    }
}

using System.Globalization;
using Receivables.Ledger;

namespace Receivables.Cli;

/// <summary>One row of a documents CSV, checked and turned into a <see cref="Document"/>.</summary>
internal sealed record DocumentRow(
    int Line,
    Document Document,
    string? CustomerName,
    string? Segment,
    string? AppliesTo,
    string? Disputed,
    DateOnly? PromisedDate);

/// <summary>
/// The documents CSV of the tool (documented in docs/csv-formats.md): one document per row; credits say which items
/// they settle; disputes and promises to pay as columns.
/// </summary>
internal static class DocumentsCsv
{
    public static readonly string[] Required = ["id", "kind", "customer", "currency", "amount", "document_date"];

    /// <summary>The columns the sample files are written with; the reader also takes the optional <c>payment_term</c>.</summary>
    public static readonly string[] Columns =
    [
        "id", "kind", "customer", "customer_name", "currency", "amount", "document_date", "due_date", "reference",
        "contract", "business_type", "segment", "tags", "applies_to", "disputed", "promised_date",
    ];

    /// <summary>Reads a documents file; a large one in parts on every core (<see cref="CsvFile.PartsFor"/>).</summary>
    public static List<DocumentRow> Read(string path) => Read(path, CsvFile.PartsFor(path));

    /// <summary>Reads in <paramref name="parts"/> parts at once whatever the file's size (tests choose the seams).</summary>
    internal static List<DocumentRow> Read(string path, int parts) => NotEmpty(CsvFile.ReadAll(path, Required, ReadRow, parts), Path.GetFileName(path));

    public static List<DocumentRow> Read(TextReader reader, string name) => NotEmpty(CsvFile.ReadAll(reader, name, Required, ReadRow), name);

    // A header without documents has no date to report on; saying "as of 0001-01-01" would hide the mistake.
    private static List<DocumentRow> NotEmpty(List<DocumentRow> rows, string name)
        => rows.Count > 0 ? rows : throw new CsvInputException(name, 2, null, "the file has a header row but no documents.");

    internal static DocumentRow ReadRow(CsvFile row)
    {
        var idText = row.Required("id");
        var kindText = row.RequiredShared("kind");
        var customerText = row.RequiredShared("customer");
        var currency = row.Currency("currency");
        var amount = row.Decimal("amount");
        var documentDate = row.Date("document_date");
        var dueDate = row.OptionalDate("due_date");
        var reference = row.Optional("reference");
        var contract = row.Shared("contract");
        var businessType = row.Shared("business_type");
        var tags = row.Optional("tags")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var id = new DocumentId(idText);
        var customer = new CustomerId(customerText);
        var money = new Money(amount, currency);
        var schedule = Schedule(row, kindText, money, documentDate, dueDate);
        dueDate ??= schedule?.FinalDueDate;

        // A write-off and a discount carry no contract or tags: refused, not dropped. (Their business type still names
        // the customer's segment when the row has no segment.)
        if (kindText.ToLowerInvariant() is "write_off" or "discount")
        {
            var dropped = contract is not null ? "contract" : tags is { Length: > 0 } ? "tags" : null;
            if (dropped is not null)
            {
                throw row.Error(dropped, $"a {kindText.ToLowerInvariant()} document has no {dropped.Replace('_', ' ')}; leave the column empty.");
            }
        }

        Document document;
        try
        {
            document = kindText.ToLowerInvariant() switch
            {
                "invoice" => Document.Invoice(id, customer, money, documentDate, dueDate ?? throw row.Error("due_date", "an invoice needs a due date."), reference, contract, businessType, tags),
                "debit_note" => Document.DebitNote(id, customer, money, documentDate, dueDate ?? documentDate, reference, contract, businessType, tags),
                "credit_note" => Document.CreditNote(id, customer, money, documentDate, reference, contract, businessType, tags),
                "payment" => Document.Payment(id, customer, money, documentDate, reference, contract, businessType, tags),
                "adjustment" => Document.Adjustment(id, customer, money, documentDate, reference, contract, businessType, tags),
                "write_off" => Document.WriteOff(id, customer, money, documentDate, reference),
                "discount" => Document.Discount(id, customer, money, documentDate, reference, businessType),
                _ => throw row.Error("kind", $"'{kindText}' is not a document kind (invoice, credit_note, debit_note, payment, adjustment, write_off, discount)."),
            };
            if (schedule is { Installments.Count: > 1 })
            {
                document = document.WithSchedule(schedule);
            }
        }
        catch (ArgumentException ex) when (ex.ParamName is not null)
        {
            var column = ex.ParamName switch
            {
                "dueDate" => "due_date",
                "amount" or "signedAmount" => "amount",
                "tags" => "tags",
                "schedule" => "payment_term",
                var name when name.StartsWith("installments", StringComparison.Ordinal) => "payment_term",
                _ => ex.ParamName,
            };
            throw row.Error(column, ex.Message.Split(" (Parameter")[0]);
        }

        return new DocumentRow(
            row.Line,
            document,
            row.Shared("customer_name"),
            row.Shared("segment"),
            row.Optional("applies_to"),
            row.Optional("disputed"),
            row.OptionalDate("promised_date"));
    }

    /// <summary>The schedule of a payment_term cell (TermNotation, such as "NET 30" or "30% NET 30, 70% NET 60") for
    /// an invoice or debit note, from the document date; null when the cell is empty. A term with several installments
    /// makes the document due in installments (one open item each).</summary>
    private static Terms.PaymentSchedule? Schedule(CsvFile row, string kind, Money amount, DateOnly documentDate, DateOnly? dueDate)
    {
        var text = row.Optional("payment_term");
        if (text is null)
        {
            return null;
        }

        if (!string.Equals(kind, "invoice", StringComparison.OrdinalIgnoreCase) && !string.Equals(kind, "debit_note", StringComparison.OrdinalIgnoreCase))
        {
            throw row.Error("payment_term", "only invoices and debit notes take a payment term.");
        }

        if (dueDate is not null)
        {
            throw row.Error("payment_term", "give due_date or payment_term, not both.");
        }

        try
        {
            return Terms.TermNotation.Parse(text).Schedule(amount, new Terms.TermDates(documentDate));
        }
        catch (FormatException ex)
        {
            throw row.Error("payment_term", ex.Message);
        }
        catch (ArgumentException ex)
        {
            throw row.Error("payment_term", ex.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>Parses an applies_to cell: "INV-1:100.00;INV-2" (an amount is optional: without one, what is open).</summary>
    public static List<(DocumentId Item, decimal? Amount)> ParseAppliesTo(string text, Func<string, Exception> error)
    {
        var result = new List<(DocumentId, decimal?)>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon < 0)
            {
                result.Add((new DocumentId(part), null));
                continue;
            }

            var amountText = part[(colon + 1)..];
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw error($"'{amountText}' in '{part}' is not an amount.");
            }

            result.Add((new DocumentId(part[..colon]), amount));
        }

        return result;
    }
}

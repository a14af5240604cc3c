using System.Globalization;
using CsvHelper;
using Receivables.FluentValidation;
using Receivables.Ledger;

namespace Receivables.SampleHost;

/// <summary>Imports the bundled documents.csv as an integrator would: each row validated with the FluentValidation
/// add-on (every error at once, by line), posted in date order, payments applied to the invoices they name.</summary>
internal static class SampleImport
{
    public static ReceivablesLedger Import(string path)
    {
        var rows = new List<(DocumentInput Input, string? AppliesTo, int Line)>();
        var validator = new DocumentInputValidator();
        var errors = new List<string>();
        using (var reader = new StreamReader(path))
        {
            var options = new CsvReaderOptions { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture };
            using var csv = CsvReader.Create(reader, options, leaveOpen: true);
            csv.ReadHeader();
            string? Field(string name) => csv.TryGetFieldIndex(name, out var index) && csv.GetString(index) is { Length: > 0 } value ? value : null;
            var line = 1;
            while (csv.Read())
            {
                line++;
                var input = new DocumentInput
                {
                    Id = Field("id"),
                    Kind = Kind(Field("kind")),
                    Customer = Field("customer"),
                    Currency = Field("currency"),
                    Amount = decimal.TryParse(Field("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m,
                    DocumentDate = Date(Field("document_date")),
                    DueDate = Date(Field("due_date")),
                    Reference = Empty(Field("reference")),
                    ContractNumber = Empty(Field("contract")),
                    BusinessType = Empty(Field("business_type")),
                };
                var result = validator.Validate(input);
                errors.AddRange(result.Errors.Select(e => $"{Path.GetFileName(path)} line {line}, {e.PropertyName}: {e.ErrorMessage}"));
                rows.Add((input, Empty(Field("applies_to")), line));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        }

        var builder = ReceivablesLedger.CreateBuilder();
        foreach (var (input, appliesTo, _) in rows.OrderBy(r => r.Input.DocumentDate).ThenBy(r => r.Input.Kind is DocumentKind.Payment or DocumentKind.CreditNote ? 1 : 0).ThenBy(r => r.Line))
        {
            var document = input.ToDocument();
            builder.Post(document);
            if (document.IsCredit)
            {
                builder.Apply(document.Id, appliesTo is null ? AllocationPolicies.OldestDueFirst : AllocationPolicies.ByReference(), document.DocumentDate);
            }
        }

        return builder.ToLedger();
    }

    private static DocumentKind Kind(string? text) => text switch
    {
        "invoice" => DocumentKind.Invoice,
        "credit_note" => DocumentKind.CreditNote,
        "debit_note" => DocumentKind.DebitNote,
        "payment" => DocumentKind.Payment,
        "adjustment" => DocumentKind.Adjustment,
        "write_off" => DocumentKind.WriteOff,
        _ => (DocumentKind)(-1),
    };

    private static DateOnly? Date(string? text) => string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Receivables.Ledger;

namespace Receivables.Serialization;

/// <summary>
/// Writes a <see cref="Document"/> as an object (<c>id</c>, <c>kind</c>, <c>customer</c>, <c>amount</c>,
/// <c>isDebit</c>, <c>documentDate</c>, <c>dueDate</c>, optional <c>reference</c>, <c>contractNumber</c>,
/// <c>businessType</c>, <c>tags</c>, <c>installments</c> as <c>[{"amount":…,"dueDate":…}]</c>) and reads it back through
/// the document factories, so every rule is checked again.
/// </summary>
/// <remarks>Attached to <see cref="Document"/>. A document the factories refuse reads as a <see cref="JsonException"/>
/// naming the reason. Stateless and thread-safe.</remarks>
public sealed class DocumentJsonConverter : JsonConverter<Document>
{
    /// <inheritdoc/>
    public override Document Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Json.Expect(ref reader, JsonTokenType.StartObject, "document");
        DocumentId? id = null;
        CustomerId? customer = null;
        DocumentKind? kind = null;
        Money? amount = null;
        bool? isDebit = null;
        DateOnly? documentDate = null;
        DateOnly? dueDate = null;
        string? reference = null, contract = null, business = null;
        List<string>? tags = null;
        List<Installment>? installments = null;
        var method = Terms.PaymentMethod.Unspecified;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    id = Json.DocumentIdConverter.Read(ref reader, typeof(DocumentId), options);
                    break;
                case "customer":
                    customer = Json.CustomerIdConverter.Read(ref reader, typeof(CustomerId), options);
                    break;
                case "kind":
                    kind = Enum.TryParse<DocumentKind>(reader.GetString(), ignoreCase: false, out var k) && Enum.IsDefined(k) ? k : throw new JsonException($"'{reader.GetString()}' is not a document kind.");
                    break;
                case "amount":
                    amount = Json.MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
                case "isDebit":
                    isDebit = reader.GetBoolean();
                    break;
                case "documentDate":
                    documentDate = Json.Date(ref reader);
                    break;
                case "dueDate":
                    dueDate = Json.Date(ref reader);
                    break;
                case "reference":
                    reference = reader.GetString();
                    break;
                case "contractNumber":
                    contract = reader.GetString();
                    break;
                case "businessType":
                    business = reader.GetString();
                    break;
                case "paymentMethod":
                    method = ReadPaymentMethod(ref reader);
                    break;
                case "installments":
                    installments = ReadInstallments(ref reader, options);
                    break;
                case "tags":
                    tags = [];
                    Json.Expect(ref reader, JsonTokenType.StartArray, "tags");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        tags.Add(reader.GetString() ?? throw new JsonException("A tag must not be null."));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        const string What = "A document";
        var i = Json.Required(id, "id", What);
        var c = Json.Required(customer, "customer", What);
        var m = Json.Required(amount, "amount", What);
        var date = Json.Required(documentDate, "documentDate", What);
        try
        {
            var document = WithMethod(method, Json.Required(kind, "kind", What) switch
            {
                DocumentKind.Invoice => Document.Invoice(i, c, m, date, Json.Required(dueDate, "dueDate", What), reference, contract, business, tags),
                DocumentKind.DebitNote => Document.DebitNote(i, c, m, date, Json.Required(dueDate, "dueDate", What), reference, contract, business, tags),
                DocumentKind.CreditNote => Document.CreditNote(i, c, m, date, reference, contract, business, tags),
                DocumentKind.Payment => Document.Payment(i, c, m, date, reference, contract, business, tags),
                DocumentKind.Adjustment => Document.Adjustment(i, c, Json.Required(isDebit, "isDebit", What) ? m : -m, date, reference, contract, business, tags),
                DocumentKind.WriteOff => Document.WriteOff(i, c, m, date, reference),
                DocumentKind.Discount => Document.Discount(i, c, m, date, reference, business),
                var other => throw new JsonException($"Document kind {other} cannot be read."),
            });
            return installments is null ? document : document.WithInstallments(installments);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Document {i} is not valid: {ex.Message}"), ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Document value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.Value);
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("customer", value.Customer.Value);
        writer.WritePropertyName("amount");
        Json.MoneyConverter.Write(writer, value.Amount, options);
        writer.WriteBoolean("isDebit", value.IsDebit);
        writer.WriteString("documentDate", Json.Date(value.DocumentDate));
        writer.WriteString("dueDate", Json.Date(value.DueDate));
        WriteOptional(writer, "reference", value.Reference);
        WriteOptional(writer, "contractNumber", value.ContractNumber);
        WriteOptional(writer, "businessType", value.BusinessType);
        if (value.PaymentMethod.Kind != Terms.PaymentMethodKind.Unspecified)
        {
            writer.WriteStartObject("paymentMethod");
            writer.WriteString("kind", value.PaymentMethod.Kind.ToString());
            if (value.PaymentMethod.MaturityDate is { } maturity)
            {
                writer.WriteString("maturityDate", Json.Date(maturity));
            }

            writer.WriteEndObject();
        }

        if (!value.Installments.IsDefaultOrEmpty)
        {
            writer.WritePropertyName("installments");
            WriteInstallments(writer, value.Installments, options);
        }

        if (!value.Tags.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("tags");
            foreach (var tag in value.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads <c>[{"amount":{…},"dueDate":"2026-03-31"}, …]</c>.</summary>
    internal static List<Installment> ReadInstallments(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var list = new List<Installment>();
        Json.Expect(ref reader, JsonTokenType.StartArray, "installments");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Json.Expect(ref reader, JsonTokenType.StartObject, "installment");
            Money? amount = null;
            DateOnly? due = null;
            while (Json.NextProperty(ref reader, out var name))
            {
                switch (name)
                {
                    case "amount":
                        amount = Json.MoneyConverter.Read(ref reader, typeof(Money), options);
                        break;
                    case "dueDate":
                        due = Json.Date(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            list.Add(new Installment(Json.Required(amount, "amount", "An installment"), Json.Required(due, "dueDate", "An installment")));
        }

        return list;
    }

    internal static void WriteInstallments(Utf8JsonWriter writer, IEnumerable<Installment> installments, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var installment in installments)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("amount");
            Json.MoneyConverter.Write(writer, installment.Amount, options);
            writer.WriteString("dueDate", Json.Date(installment.DueDate));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static Document WithMethod(Terms.PaymentMethod method, Document document)
        => method.Kind == Terms.PaymentMethodKind.Unspecified ? document : document with { PaymentMethod = method };

    /// <summary>Reads <c>{"kind":"AcceptanceBill","maturityDate":"2027-03-01"}</c>.</summary>
    private static Terms.PaymentMethod ReadPaymentMethod(ref Utf8JsonReader reader)
    {
        Json.Expect(ref reader, JsonTokenType.StartObject, "paymentMethod");
        Terms.PaymentMethodKind? kind = null;
        DateOnly? maturity = null;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind":
                    kind = Enum.TryParse<Terms.PaymentMethodKind>(reader.GetString(), ignoreCase: false, out var k) && Enum.IsDefined(k)
                        ? k
                        : throw new JsonException($"'{reader.GetString()}' is not a payment method.");
                    break;
                case "maturityDate":
                    maturity = Json.Date(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return Json.Required(kind, "kind", "A payment method") switch
        {
            Terms.PaymentMethodKind.BankTransfer => Terms.PaymentMethod.BankTransfer,
            Terms.PaymentMethodKind.DirectDebit => Terms.PaymentMethod.DirectDebit,
            Terms.PaymentMethodKind.Card => Terms.PaymentMethod.Card,
            Terms.PaymentMethodKind.Cash => Terms.PaymentMethod.Cash,
            Terms.PaymentMethodKind.Other => Terms.PaymentMethod.Other,
            Terms.PaymentMethodKind.AcceptanceBill => maturity is { } m ? Terms.PaymentMethod.AcceptanceBill(m) : Terms.PaymentMethod.AcceptanceBill(),
            _ => Terms.PaymentMethod.Unspecified,
        };
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}

/// <summary>
/// Writes every <see cref="LedgerEvent"/> as an object with a <c>type</c> discriminator (the event's type name, such as
/// <c>"CreditApplied"</c>), its <c>date</c> and its own fields, and reads it back; an account's history round-trips
/// (<c>CustomerAccount.Replay(customer, events)</c> checks every event again).
/// </summary>
/// <typeparam name="T">The event type this instance converts: <see cref="LedgerEvent"/> itself or one event type.</typeparam>
/// <remarks>Attached to <see cref="LedgerEvent"/> and to each event type. Stateless and thread-safe.</remarks>
public sealed class LedgerEventJsonConverter<T> : JsonConverter<T>
    where T : LedgerEvent
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => LedgerEventJson.Read(ref reader, options) as T ?? throw new JsonException($"The event is not a {typeof(T).Name}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => LedgerEventJson.Write(writer, value, options);
}

/// <summary>The one reader and writer behind <see cref="LedgerEventJsonConverter{T}"/>.</summary>
internal static class LedgerEventJson
{
    public static LedgerEvent Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Json.Expect(ref reader, JsonTokenType.StartObject, "ledger event");
        string? type = null, note = null, kind = null;
        DateOnly? date = null, promisedDate = null, newDueDate = null;
        DocumentId? item = null, credit = null, plan = null;
        bool? accelerate = null;
        List<Installment>? installments = null;
        int? number = null;
        Money? amount = null;
        Document? document = null;
        List<Allocation>? allocations = null;
        List<KeyValuePair<string, string>>? payload = null;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "type":
                    type = reader.GetString();
                    break;
                case "date":
                    date = Json.Date(ref reader);
                    break;
                case "promisedDate":
                    promisedDate = Json.Date(ref reader);
                    break;
                case "newDueDate":
                    newDueDate = Json.Date(ref reader);
                    break;
                case "plan":
                    plan = Json.DocumentIdConverter.Read(ref reader, typeof(DocumentId), options);
                    break;
                case "accelerate":
                    accelerate = reader.GetBoolean();
                    break;
                case "installments":
                    installments = DocumentJsonConverter.ReadInstallments(ref reader, options);
                    break;
                case "items":
                    allocations = [];
                    Json.Expect(ref reader, JsonTokenType.StartArray, "items");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        allocations.Add(ReadAllocation(ref reader, options));
                    }

                    break;
                case "item":
                    item = reader.TokenType == JsonTokenType.Null ? null : Json.DocumentIdConverter.Read(ref reader, typeof(DocumentId), options);
                    break;
                case "credit":
                    credit = Json.DocumentIdConverter.Read(ref reader, typeof(DocumentId), options);
                    break;
                case "applicationNumber":
                    number = reader.GetInt32();
                    break;
                case "amount":
                    amount = Json.MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
                case "note":
                case "reason":
                    note = reader.GetString();
                    break;
                case "kind":
                    kind = reader.GetString();
                    break;
                case "document":
                    document = Json.DocumentConverter.Read(ref reader, typeof(Document), options);
                    break;
                case "allocations":
                    allocations = [];
                    Json.Expect(ref reader, JsonTokenType.StartArray, "allocations");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        allocations.Add(ReadAllocation(ref reader, options));
                    }

                    break;
                case "payload":
                    payload = [];
                    Json.Expect(ref reader, JsonTokenType.StartObject, "payload");
                    while (Json.NextProperty(ref reader, out var key))
                    {
                        payload.Add(new(key, reader.GetString() ?? throw new JsonException($"The payload value of '{key}' is null.")));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var what = "A " + (type ?? "ledger event");
        try
        {
            return type switch
            {
                nameof(DocumentPosted) => new DocumentPosted(Json.RequiredObject(document, "document", what)),
                nameof(CreditApplied) => new CreditApplied(Json.Required(number, "applicationNumber", what), Json.Required(credit, "credit", what), Json.Required(date, "date", what), Json.RequiredObject(allocations, "allocations", what)),
                nameof(ApplicationReversed) => new ApplicationReversed(Json.Required(number, "applicationNumber", what), Json.Required(date, "date", what), note),
                nameof(DisputeOpened) => new DisputeOpened(Json.Required(item, "item", what), Json.Required(date, "date", what), Json.RequiredObject(note, "note", what)),
                nameof(DisputeResolved) => new DisputeResolved(Json.Required(item, "item", what), Json.Required(date, "date", what), note),
                nameof(PromiseToPayRecorded) => new PromiseToPayRecorded(Json.Required(item, "item", what), Json.Required(date, "date", what), Json.Required(promisedDate, "promisedDate", what), Json.Required(amount, "amount", what), note),
                nameof(PromiseToPayCleared) => new PromiseToPayCleared(Json.Required(item, "item", what), Json.Required(date, "date", what), note),
                nameof(DueDateExtended) => new DueDateExtended(Json.Required(item, "item", what), Json.Required(newDueDate, "newDueDate", what), Json.Required(date, "date", what), note),
                nameof(PaymentPlanAgreed) => new PaymentPlanAgreed(Json.Required(plan, "plan", what), Json.Required(date, "date", what), Json.RequiredObject(allocations, "items", what), Json.RequiredObject(installments, "installments", what), note),
                nameof(PaymentPlanCancelled) => new PaymentPlanCancelled(Json.Required(plan, "plan", what), Json.Required(date, "date", what), accelerate ?? false, note),
                nameof(LedgerAnnotation) => new LedgerAnnotation(Json.Required(date, "date", what), Json.RequiredObject(kind, "kind", what), item, payload),
                _ => throw new JsonException($"'{type}' is not a ledger event type."),
            };
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"{what} is not valid: {ex.Message}", ex);
        }
    }

    public static void Write(Utf8JsonWriter writer, LedgerEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.GetType().Name);
        writer.WriteString("date", Json.Date(value.Date));
        switch (value)
        {
            case DocumentPosted e:
                writer.WritePropertyName("document");
                Json.DocumentConverter.Write(writer, e.Document, options);
                break;
            case CreditApplied e:
                writer.WriteNumber("applicationNumber", e.ApplicationNumber);
                writer.WriteString("credit", e.Credit.Value);
                writer.WriteStartArray("allocations");
                foreach (var allocation in e.Allocations)
                {
                    writer.WriteStartObject();
                    writer.WriteString("item", allocation.Item.Value);
                    writer.WritePropertyName("amount");
                    Json.MoneyConverter.Write(writer, allocation.Amount, options);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case ApplicationReversed e:
                writer.WriteNumber("applicationNumber", e.ApplicationNumber);
                Optional(writer, "reason", e.Reason);
                break;
            case DisputeOpened e:
                writer.WriteString("item", e.Item.Value);
                writer.WriteString("note", e.Note);
                break;
            case DisputeResolved e:
                writer.WriteString("item", e.Item.Value);
                Optional(writer, "note", e.Note);
                break;
            case PromiseToPayRecorded e:
                writer.WriteString("item", e.Item.Value);
                writer.WriteString("promisedDate", Json.Date(e.PromisedDate));
                writer.WritePropertyName("amount");
                Json.MoneyConverter.Write(writer, e.Amount, options);
                Optional(writer, "note", e.Note);
                break;
            case PromiseToPayCleared e:
                writer.WriteString("item", e.Item.Value);
                Optional(writer, "note", e.Note);
                break;
            case DueDateExtended e:
                writer.WriteString("item", e.Item.Value);
                writer.WriteString("newDueDate", Json.Date(e.NewDueDate));
                Optional(writer, "note", e.Note);
                break;
            case PaymentPlanAgreed e:
                writer.WriteString("plan", e.Plan.Value);
                writer.WriteStartArray("items");
                foreach (var closed in e.Items)
                {
                    writer.WriteStartObject();
                    writer.WriteString("item", closed.Item.Value);
                    writer.WritePropertyName("amount");
                    Json.MoneyConverter.Write(writer, closed.Amount, options);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WritePropertyName("installments");
                DocumentJsonConverter.WriteInstallments(writer, e.Installments, options);
                Optional(writer, "note", e.Note);
                break;
            case PaymentPlanCancelled e:
                writer.WriteString("plan", e.Plan.Value);
                writer.WriteBoolean("accelerate", e.Accelerate);
                Optional(writer, "note", e.Note);
                break;
            case LedgerAnnotation e:
                writer.WriteString("kind", e.Kind);
                if (e.Item is { } annotated)
                {
                    writer.WriteString("item", annotated.Value);
                }

                writer.WriteStartObject("payload");
                foreach (var (key, text) in e.Payload)
                {
                    writer.WriteString(key, text);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{value.GetType().Name} cannot be written."));
        }

        writer.WriteEndObject();
    }

    private static Allocation ReadAllocation(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Json.Expect(ref reader, JsonTokenType.StartObject, "allocation");
        DocumentId? item = null;
        Money? amount = null;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "item":
                    item = Json.DocumentIdConverter.Read(ref reader, typeof(DocumentId), options);
                    break;
                case "amount":
                    amount = Json.MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Allocation(Json.Required(item, "item", "An allocation"), Json.Required(amount, "amount", "An allocation"));
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}

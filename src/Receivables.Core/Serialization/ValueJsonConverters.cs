using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Receivables.Serialization;

/// <summary>
/// Writes a <see cref="Money"/> as <c>{"amount":1234.50,"currency":"EUR"}</c> (the amount an exact JSON number; a custom
/// currency adds <c>"minorUnits"</c>) and reads it back, refusing a missing amount or currency instead of reading zero.
/// </summary>
/// <remarks>Attached to <see cref="Money"/>, so every <see cref="JsonSerializerOptions"/> use it. Stateless and thread-safe.</remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Json.Expect(ref reader, JsonTokenType.StartObject, "money");
        decimal? amount = null;
        string? code = null;
        int? minorUnits = null;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "amount":
                    amount = reader.TokenType == JsonTokenType.Number ? reader.GetDecimal() : throw new JsonException("The money 'amount' must be a JSON number.");
                    break;
                case "currency":
                    code = reader.GetString();
                    break;
                case "minorUnits":
                    minorUnits = reader.GetInt32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (amount is null || string.IsNullOrEmpty(code))
        {
            throw new JsonException("Money needs both 'amount' and 'currency'.");
        }

        return new Money(amount.Value, Json.Currency(code, minorUnits));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Currency.IsDefault)
        {
            throw new JsonException("default(Money) has no currency and cannot be written.");
        }

        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        if (!value.Currency.IsIso)
        {
            writer.WriteNumber("minorUnits", value.Currency.MinorUnits);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="Currency"/> as its code (<c>"EUR"</c>); a custom currency as
/// <c>{"code":"PTS","minorUnits":0}</c>. Reading an unknown code throws <see cref="JsonException"/>.</summary>
/// <remarks>Attached to <see cref="Currency"/>. Stateless and thread-safe.</remarks>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Json.Currency(reader.GetString(), null);
        }

        Json.Expect(ref reader, JsonTokenType.StartObject, "currency");
        string? code = null;
        int? minorUnits = null;
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code":
                    code = reader.GetString();
                    break;
                case "minorUnits":
                    minorUnits = reader.GetInt32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return Json.Currency(code, minorUnits);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(Currency) cannot be written.");
        }

        if (value.IsIso)
        {
            writer.WriteStringValue(value.Code);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("minorUnits", value.MinorUnits);
        writer.WriteEndObject();
    }
}

/// <summary>Writes an id (<see cref="DocumentId"/>, <see cref="CustomerId"/>) as a plain string, also as a property name.</summary>
/// <typeparam name="T">The id type.</typeparam>
/// <remarks>Attached to the id types. Reading an empty string throws <see cref="JsonException"/>. Stateless and thread-safe.</remarks>
public sealed class IdJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>, ISpanFormattable
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && T.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new JsonException($"A {typeof(T).Name} must be a non-empty JSON string.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => T.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var id) ? id : throw new JsonException($"A {typeof(T).Name} must not be empty.");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(null, CultureInfo.InvariantCulture));
    }
}

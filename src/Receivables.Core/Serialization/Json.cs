using System.Globalization;
using System.Text.Json;

namespace Receivables.Serialization;

/// <summary>Reading and writing helpers shared by the converters.</summary>
internal static class Json
{
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} for {what}, found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property of the current object and onto its value; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString() ?? string.Empty;
        reader.Read();
        return true;
    }

    public static Currency Currency(string? code, int? minorUnits)
    {
        if (Receivables.Currency.TryFromCode(code, out var iso))
        {
            return iso;
        }

        if (code is not null && minorUnits is { } units)
        {
            try
            {
                return Receivables.Currency.Custom(code, units);
            }
            catch (ArgumentException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        throw new JsonException($"'{code}' is not an ISO 4217 currency code (a custom currency needs 'minorUnits').");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(ref Utf8JsonReader reader)
        => DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"'{reader.GetString()}' is not a date in the form yyyy-MM-dd.");

    public static readonly MoneyJsonConverter MoneyConverter = new();
    public static readonly IdJsonConverter<DocumentId> DocumentIdConverter = new();
    public static readonly IdJsonConverter<CustomerId> CustomerIdConverter = new();
    public static readonly DocumentJsonConverter DocumentConverter = new();

    public static T Required<T>(T? value, string name, string what)
        where T : struct
        => value ?? throw new JsonException($"{what} needs '{name}'.");

    public static T RequiredObject<T>(T? value, string name, string what)
        where T : class
        => value ?? throw new JsonException($"{what} needs '{name}'.");
}

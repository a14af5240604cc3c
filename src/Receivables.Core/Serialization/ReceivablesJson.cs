using System.Text.Json;
using System.Text.Json.Serialization;

namespace Receivables.Serialization;

/// <summary>
/// System.Text.Json settings for the library's types. The value types (<see cref="Money"/>, <see cref="Currency"/>, the
/// ids), <see cref="Ledger.Document"/> and every <see cref="Ledger.LedgerEvent"/> carry their converters as attributes,
/// so any <see cref="JsonSerializerOptions"/> handle them; <see cref="Options"/> adds the web defaults (camelCase,
/// enums as strings) for the host's own records around them.
/// </summary>
/// <remarks>
/// <para>The converters write and read by hand (no reflection), so they work trimmed and ahead-of-time compiled.
/// Reading checks every rule again (documents through their factories; <c>CustomerAccount.Replay</c> re-checks a
/// history) and reports a broken one as <see cref="JsonException"/>.</para>
/// <para>Thread-safe: <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class ReceivablesJson
{
    /// <summary>Gets read-only options: <see cref="JsonSerializerDefaults.Web"/> with enums written as strings.</summary>
    public static JsonSerializerOptions Options
    {
        [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Serialising arbitrary types with these options uses System.Text.Json's reflection resolver; the library's own types have hand-written converters.")]
        [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("Serialising arbitrary types with these options uses System.Text.Json's reflection resolver; the library's own types have hand-written converters.")]
        get => options ??= CreateOptions();
    }

    private static JsonSerializerOptions? options;

    /// <summary>The options the history readers and writers pass to the hand-written converters: they never reach
    /// the reflection resolver, so they stay trimming- and AOT-safe.</summary>
    private static readonly JsonSerializerOptions ConverterOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Writes an account's history (or any events) as a JSON array.</summary>
    /// <param name="history">The events, such as <c>account.History</c>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string SerializeHistory(IEnumerable<Ledger.LedgerEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in history)
            {
                LedgerEventJson.Write(writer, e, ConverterOptions);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads events written by <see cref="SerializeHistory"/>; pass them to <c>CustomerAccount.Replay</c>.</summary>
    /// <param name="json">The JSON array.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not such an array, or an event is not valid.</exception>
    public static IReadOnlyList<Ledger.LedgerEvent> DeserializeHistory(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        Json.Expect(ref reader, JsonTokenType.StartArray, "history");
        var events = new List<Ledger.LedgerEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            events.Add(LedgerEventJson.Read(ref reader, ConverterOptions));
        }

        return events;
    }

    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Uses the reflection resolver.")]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("Uses the reflection resolver.")]
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

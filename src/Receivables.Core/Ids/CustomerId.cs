using Receivables.Internal;

namespace Receivables;

/// <summary>Identifies a customer (debtor) account, such as the ERP's customer number.</summary>
/// <remarks>
/// <para>The value is kept exactly as given (no trimming or case folding); equality and ordering are ordinal.</para>
/// <para><c>default(CustomerId)</c> has an empty <see cref="Value"/> and is not a valid id: public entry points reject it.</para>
/// <para>Text form (<see cref="Parse(string, IFormatProvider?)"/>, <see cref="ToString(string?, IFormatProvider?)"/>, JSON): the
/// id text itself, unchanged, in every culture, such as <c>C-1001</c>; JSON writes it as a plain string (also as a
/// property name, so ids can key dictionaries).</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.IdJsonConverter<CustomerId>))]
public readonly struct CustomerId : IEquatable<CustomerId>, IComparable<CustomerId>, ISpanParsable<CustomerId>, ISpanFormattable
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">The id text, such as <c>"C-1001"</c>; not empty or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public CustomerId(string value)
    {
        _value = Guard.NotBlank(value);
    }

    /// <summary>Gets the id text; empty for <c>default(CustomerId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default(CustomerId)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc/>
    public bool Equals(CustomerId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(CustomerId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids for equality (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CustomerId left, CustomerId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CustomerId left, CustomerId right) => !left.Equals(right);

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CustomerId left, CustomerId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CustomerId left, CustomerId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(CustomerId left, CustomerId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(CustomerId left, CustomerId right) => left.CompareTo(right) >= 0;

    /// <summary>Parses the text form: the id text itself, kept exactly (no trimming).</summary>
    /// <param name="s">The text; not empty or white space.</param>
    /// <param name="provider">Ignored: the form is the same in every culture.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or white space.</exception>
    public static CustomerId Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return TryParse(s, provider, out var id) ? id : throw Serialization.TextForms.NotAnId();
    }

    /// <summary>Parses the text form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or default when the text is null, empty or white space.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out CustomerId result)
    {
        result = string.IsNullOrWhiteSpace(s) ? default : new CustomerId(s);
        return !result.IsDefault;
    }

    /// <summary>Parses the text form from characters.</summary>
    /// <param name="s">The characters; not empty or white space.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or white space.</exception>
    public static CustomerId Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryParse(s, provider, out var id) ? id : throw Serialization.TextForms.NotAnId();

    /// <summary>Parses the text form from characters without throwing.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The id, or default when the text is empty or white space.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CustomerId result)
    {
        result = s.IsWhiteSpace() ? default : new CustomerId(s.ToString());
        return !result.IsDefault;
    }

    /// <summary>Formats the id: its text, in every culture.</summary>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The id text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => Serialization.TextForms.IdText(Value, format);

    /// <summary>Formats the id into characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => Serialization.TextForms.TryFormatId(Value, destination, out charsWritten, format);
}

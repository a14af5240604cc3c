using Receivables.Internal;

namespace Receivables;

/// <summary>Identifies a customer (debtor) account, such as the ERP's customer number.</summary>
/// <remarks>
/// <para>The value is kept exactly as given (no trimming or case folding); equality and ordering are ordinal.</para>
/// <para><c>default(CustomerId)</c> has an empty <see cref="Value"/> and is not a valid id: public entry points reject it.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct CustomerId : IEquatable<CustomerId>, IComparable<CustomerId>
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
}

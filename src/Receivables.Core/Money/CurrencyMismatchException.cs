namespace Receivables;

/// <summary>Thrown when two amounts in different currencies are combined or compared.</summary>
/// <remarks>Instances are immutable once thrown; the type is thread-safe.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance for two currencies that differ.</summary>
    /// <param name="expected">The currency the operation works in.</param>
    /// <param name="actual">The other currency.</param>
    /// <param name="field">The field or argument that carried <paramref name="actual"/>, if known.</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string? field = null)
        : base($"Currency mismatch{(field is null ? string.Empty : $" in {field}")}: expected {Display(expected)}, got {Display(actual)}.")
    {
        Expected = expected;
        Actual = actual;
        Field = field;
    }

    /// <summary>Initializes a new instance with a generic message.</summary>
    public CurrencyMismatchException()
        : base("Currency mismatch.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the currency the operation works in.</summary>
    public Currency Expected { get; }

    /// <summary>Gets the currency that did not match.</summary>
    public Currency Actual { get; }

    /// <summary>Gets the field or argument that carried the other currency, or null when unknown.</summary>
    public string? Field { get; }

    private static string Display(Currency currency) => currency.IsDefault ? "(no currency)" : currency.Code;
}

namespace Receivables;

/// <summary>Thrown when a currency code is not in the ISO 4217 table.</summary>
/// <remarks>Instances are immutable once thrown; the type is thread-safe.</remarks>
public sealed class UnknownCurrencyException : ArgumentException
{
    /// <summary>Initializes a new instance for an unknown <paramref name="code"/>.</summary>
    /// <param name="code">The code that was not found.</param>
    /// <param name="paramName">The name of the argument or field that held the code.</param>
    public UnknownCurrencyException(string code, string? paramName)
        : base($"'{code}' is not an ISO 4217 currency code. Use Currency.Custom to define a currency of your own.", paramName)
    {
        CurrencyCode = code;
    }

    /// <summary>Initializes a new instance with a generic message.</summary>
    public UnknownCurrencyException()
        : base("Unknown currency code.")
    {
        CurrencyCode = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public UnknownCurrencyException(string message)
        : base(message)
    {
        CurrencyCode = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownCurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        CurrencyCode = string.Empty;
    }

    /// <summary>Gets the code that was not found.</summary>
    public string CurrencyCode { get; }
}

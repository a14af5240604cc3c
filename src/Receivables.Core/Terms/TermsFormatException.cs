namespace Receivables.Terms;

/// <summary>
/// A date formula or a payment-term notation could not be parsed. <see cref="Position"/> points at the character and
/// <see cref="Token"/> names the text that was not understood.
/// </summary>
/// <remarks>Instances are immutable once thrown.</remarks>
public sealed class TermsFormatException : FormatException
{
    /// <summary>Initializes a new exception with an empty message.</summary>
    public TermsFormatException()
    {
        Token = string.Empty;
    }

    /// <summary>Initializes a new exception with a message and no position.</summary>
    /// <param name="message">What is wrong.</param>
    public TermsFormatException(string message)
        : base(message)
    {
        Token = string.Empty;
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TermsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Token = string.Empty;
    }

    /// <summary>Initializes a new exception for a position in the input.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="position">The 1-based character position of the offending token.</param>
    /// <param name="token">The offending token (empty at the end of the input).</param>
    public TermsFormatException(string message, int position, string token)
        : base(message)
    {
        Position = position;
        Token = token ?? string.Empty;
    }

    /// <summary>Gets the 1-based character position of the offending token, or 0 when not tied to a position.</summary>
    public int Position { get; }

    /// <summary>Gets the offending token; empty when the input ended too early or no token applies.</summary>
    public string Token { get; }
}

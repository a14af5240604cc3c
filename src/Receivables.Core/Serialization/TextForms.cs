namespace Receivables.Serialization;

/// <summary>Shared pieces of the invariant text forms of the value types.</summary>
internal static class TextForms
{
    public static bool IsGeneral(string? format) => string.IsNullOrEmpty(format) || format == "G";

    public static bool IsGeneral(ReadOnlySpan<char> format) => format.IsEmpty || format.SequenceEqual("G");

    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>The error of an id's <c>Parse</c>: the one wording for every id type.</summary>
    public static FormatException NotAnId() => new("An id must not be empty or white space.");

    /// <summary>An id's text for a format: only the general format exists.</summary>
    public static string IdText(string value, string? format)
        => IsGeneral(format) ? value : throw new FormatException($"The format '{format}' is not supported for ids; use null or \"G\".");

    /// <summary>An id's text into characters for a format: only the general format exists.</summary>
    public static bool TryFormatId(string value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
        => IsGeneral(format)
            ? TryCopy(value, destination, out charsWritten)
            : throw new FormatException($"The format '{format.ToString()}' is not supported for ids; use empty or \"G\".");
}

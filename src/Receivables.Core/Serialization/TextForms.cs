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
}

namespace Receivables;

/// <summary>Writes a <see cref="Reason"/> as text for people: a translation, a host's own wording, or markup.</summary>
/// <remarks>
/// The default is <see cref="ReasonFormatters.Invariant"/> (English, invariant culture). Built-ins are in
/// <see cref="ReasonFormatters"/>. Implementations must be thread-safe and must not throw for a code they do not know:
/// fall back to <see cref="Reason.Text"/>.
/// </remarks>
public interface IReasonFormatter
{
    /// <summary>Writes the reason.</summary>
    /// <param name="arguments">The reason to write.</param>
    /// <returns>The text.</returns>
    string Format(in ReasonFormatArguments arguments);
}

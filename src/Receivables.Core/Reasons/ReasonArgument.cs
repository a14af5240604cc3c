using Receivables.Internal;
namespace Receivables;

/// <summary>One named, typed argument of a <see cref="Reason"/>.</summary>
/// <remarks>
/// The value keeps its type (a <see cref="Money"/> stays money, a date stays a date) so hosts can read the figures
/// behind a decision without parsing text. <c>default</c> has a null name and value and is never part of a reason.
/// Immutable and thread-safe when the value is.
/// </remarks>
/// <param name="Name">The argument name, as in the code's template.</param>
/// <param name="Value">The value: a string, a number, a <see cref="Money"/>, a <see cref="DateOnly"/>, an id, a
/// <see cref="Currency"/>, an enum, or another <see cref="Reason"/>.</param>
public readonly record struct ReasonArgument(string Name, object Value)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReasonArgument), PrintMembers);

    /// <summary>Writes the value in the invariant culture: numbers without grouping, dates as <c>yyyy-MM-dd</c>,
    /// money as <c>1234.50 EUR</c>, percentages as the number given.</summary>
    /// <returns>The text of the value.</returns>
    public string ValueText() => ReasonFormatters.InvariantText(Value);
}

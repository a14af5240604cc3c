namespace Receivables.Terms;

/// <summary>
/// Computes a due date (or a discount deadline) from a baseline date. Built-ins are in <see cref="DueDateRules"/>; most
/// of them are <see cref="DateFormula"/> values, so the notation, the formula language and the catalogue produce equal
/// rule objects.
/// </summary>
/// <remarks>Implementations must be immutable and thread-safe. A payment schedule never lets a due date fall before its
/// baseline: a rule that returns an earlier date is clamped to the baseline.</remarks>
public interface IDueDateRule
{
    /// <summary>Computes the due date for a baseline date.</summary>
    /// <param name="baseline">The baseline date (document, delivery, posting or order date).</param>
    /// <returns>The due date.</returns>
    DateOnly DueDate(DateOnly baseline);
}

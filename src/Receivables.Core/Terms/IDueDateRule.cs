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
    /// <param name="arguments">The baseline date (document, delivery, posting or order date).</param>
    /// <returns>The due date.</returns>
    DateOnly DueDate(in DueDateArguments arguments);
}

/// <summary>What an <see cref="IDueDateRule"/> is given.</summary>
/// <remarks>A read-only value; fields may be added later without breaking rules. Thread-safe.</remarks>
public readonly struct DueDateArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="baseline">The baseline date.</param>
    public DueDateArguments(DateOnly baseline)
    {
        Baseline = baseline;
    }

    /// <summary>Gets the baseline date (document, delivery, posting or order date).</summary>
    public DateOnly Baseline { get; }
}

/// <summary>Convenience forms of <see cref="IDueDateRule"/>.</summary>
/// <remarks>Thread-safe.</remarks>
public static class DueDateRuleExtensions
{
    /// <summary>Computes the due date a rule gives for a baseline date.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="baseline">The baseline date.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static DateOnly DueDate(this IDueDateRule rule, DateOnly baseline)
        => Internal.Guard.NotNull(rule).DueDate(new DueDateArguments(baseline));
}

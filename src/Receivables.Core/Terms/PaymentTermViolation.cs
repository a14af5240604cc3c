using Receivables.Internal;
namespace Receivables.Terms;

/// <summary>An installment due later than a <see cref="PaymentTermLimit"/> allows.</summary>
/// <param name="InstallmentNumber">The 1-based installment number.</param>
/// <param name="DueDate">The installment's due date.</param>
/// <param name="Days">Days from the schedule's baseline to the due date.</param>
/// <param name="MaxDays">The limit in days.</param>
/// <param name="Rule">The limit's name.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PaymentTermViolation(int InstallmentNumber, DateOnly DueDate, int Days, int MaxDays, string Rule)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentTermViolation), PrintMembers);
}

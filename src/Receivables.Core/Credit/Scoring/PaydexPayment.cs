using Receivables.Internal;
namespace Receivables.Credit.Scoring;

/// <summary>One payment (or open item) as the PAYDEX index sees it.</summary>
/// <remarks>Immutable and thread-safe. <c>default</c> is a zero-amount payment on the due date, which weighs nothing.</remarks>
/// <param name="Amount">The amount, the payment's weight; zero or more.</param>
/// <param name="DaysBeyondTerms">Days after the due date (negative when early).</param>
/// <param name="Habit">The payment habit, when the host knows it. The default value is <see cref="PaymentHabit.ByDays"/>.</param>
public readonly record struct PaydexPayment(decimal Amount, double DaysBeyondTerms, PaymentHabit Habit = PaymentHabit.ByDays)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaydexPayment), PrintMembers);
}

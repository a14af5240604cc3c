namespace Receivables.Terms;

/// <summary>
/// The result of applying a <see cref="PaymentTerm"/> to an invoice: every installment with its due date, amount and
/// discount offers. The installment amounts add up exactly to <see cref="Total"/>.
/// </summary>
/// <param name="Total">The invoice total.</param>
/// <param name="Tax">The tax included in the total, as supplied by the caller (zero when none).</param>
/// <param name="Baseline">The term's baseline date.</param>
/// <param name="Installments">The installments in term order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PaymentSchedule(Money Total, Money Tax, DateOnly Baseline, IReadOnlyList<ScheduledInstallment> Installments)
{
    /// <summary>Gets the last due date of the schedule.</summary>
    public DateOnly FinalDueDate => Installments.Max(i => i.DueDate);
}

using Receivables.Internal;
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
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PaymentSchedule), PrintMembers);

    /// <summary>Gets the last due date of the schedule.</summary>
    public DateOnly FinalDueDate => Installments.Max(i => i.DueDate);

    /// <summary>
    /// Derives the installments' company-currency amounts from their rounded document-currency amounts, as Odoo 17 does:
    /// every installment but the last is converted at the invoice's own rate (<paramref name="companyTotal"/> ÷
    /// <see cref="Total"/>) and rounded half away from zero to the company currency's minor unit; the last takes the
    /// rest, so the parts add up to <paramref name="companyTotal"/> (<see cref="RemainderPolicies.LastAbsorbs"/>).
    /// USD 100.00 in 33.33 / 33.33 / 33.34 booked as EUR 91.23 → 30.41, 30.41, 30.41.
    /// </summary>
    /// <param name="companyTotal">The invoice total in the company currency: in whole minor units, with the same sign as
    /// <see cref="Total"/> (zero when the total is zero).</param>
    /// <returns>One amount per installment, in installment order.</returns>
    /// <exception cref="ArgumentException"><paramref name="companyTotal"/> has no currency, is not rounded, or is not zero
    /// while <see cref="Total"/> is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="companyTotal"/> is negative.</exception>
    public IReadOnlyList<Money> CompanyAmounts(Money companyTotal)
    {
        if (companyTotal.Currency.IsDefault || !companyTotal.IsRounded)
        {
            throw new ArgumentException("The company total needs a currency and whole minor units.", nameof(companyTotal));
        }

        if (companyTotal.IsNegative)
        {
            throw Guard.OutOfRange(nameof(companyTotal), companyTotal.Amount, "companyTotal must not be negative.");
        }

        if (Total.IsZero)
        {
            return companyTotal.IsZero
                ? [.. Installments.Select(_ => companyTotal)]
                : throw new ArgumentException("The document total is zero, so the company total must be zero too.", nameof(companyTotal));
        }

        if (Installments.All(i => !i.Amount.IsNegative))
        {
            return companyTotal.Allocate([.. Installments.Select(i => i.Amount.Amount)], RemainderPolicies.LastAbsorbs());
        }

        // Odoo 17's last line may be negative: the same rule, written out, because a split has non-negative ratios.
        var parts = new Money[Installments.Count];
        var rest = companyTotal;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parts[i] = new Money(companyTotal.Amount * Installments[i].Amount.Amount / Total.Amount, companyTotal.Currency).Round();
            rest -= parts[i];
        }

        parts[^1] = rest;
        return parts;
    }
}

using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// One early-payment discount tier: <see cref="Percent"/> off if paid by the deadline that <see cref="Deadline"/>
/// computes from the term's baseline, plus <see cref="GraceDays"/> days of tolerance. "2/10" is
/// <c>DiscountTier.Within(2m, 10)</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DiscountTier
{
    /// <summary>Initializes a tier.</summary>
    /// <param name="percent">The discount in percent, greater than 0 and less than 100.</param>
    /// <param name="deadline">The rule that computes the last day of the discount from the baseline.</param>
    /// <param name="graceDays">Extra days after the deadline still accepted, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100) or <paramref name="graceDays"/> is negative.</exception>
    public DiscountTier(decimal percent, IDueDateRule deadline, int graceDays = 0)
    {
        if (percent <= 0m || percent >= 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "percent must be greater than 0 and less than 100.");
        }

        Percent = percent;
        Deadline = Guard.NotNull(deadline);
        GraceDays = Guard.NotNegative(graceDays);
    }

    /// <summary>Gets the discount in percent.</summary>
    public decimal Percent { get; }

    /// <summary>Gets the rule that computes the discount's last day from the term's baseline.</summary>
    public IDueDateRule Deadline { get; }

    /// <summary>Gets the extra days after the deadline still accepted. The default value is 0.</summary>
    public int GraceDays { get; }

    /// <summary>Creates the tier "percent off within N days" of the baseline.</summary>
    /// <param name="percent">The discount in percent, greater than 0 and less than 100.</param>
    /// <param name="days">Days after the baseline, 0 or more.</param>
    /// <param name="graceDays">Extra days of tolerance, 0 or more.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static DiscountTier Within(decimal percent, int days, int graceDays = 0) => new(percent, DueDateRules.NetDays(days), graceDays);
}

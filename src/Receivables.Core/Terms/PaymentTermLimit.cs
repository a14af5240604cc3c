using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// A legal maximum payment period: flags installments due more than <see cref="MaxDays"/> days after the schedule's
/// baseline. Built-ins: EU business to business (60 days) and public authorities (30, or 60 when expressly agreed and
/// objectively justified); China's government bodies (30, or at most 60 by contract) and large enterprises (60) paying
/// small and medium-sized suppliers. The Chinese periods run from delivery: schedule such terms with
/// <see cref="TermBaseline.DeliveryDate"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. It flags; whether a longer period was "expressly agreed and not grossly unfair"
/// (EU) is for the user to decide.</remarks>
public sealed class PaymentTermLimit
{
    /// <summary>Initializes a limit.</summary>
    /// <param name="maxDays">The longest allowed period in days, 0 or more.</param>
    /// <param name="name">The rule's name, for reports.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public PaymentTermLimit(int maxDays, string name)
    {
        MaxDays = Guard.NotNegative(maxDays);
        Name = Guard.NotBlank(name);
    }

    /// <summary>Gets the EU Late Payment Directive 2011/7/EU, Art. 3(5): business-to-business payment periods up to 60 days
    /// unless expressly agreed and not grossly unfair.</summary>
    public static PaymentTermLimit EuBusinessToBusiness { get; } = new(60, "EU Directive 2011/7/EU Art. 3(5): 60 days");

    /// <summary>Gets the EU Late Payment Directive 2011/7/EU, Art. 4(3): a public authority pays within 30 days.</summary>
    public static PaymentTermLimit EuPublicAuthority { get; } = new(30, "EU Directive 2011/7/EU Art. 4(3): public authority, 30 days");

    /// <summary>Gets the EU Late Payment Directive 2011/7/EU, Art. 4(6): a public authority's period may be longer than 30
    /// days only if expressly agreed and objectively justified, and never longer than 60 days.</summary>
    public static PaymentTermLimit EuPublicAuthorityJustified { get; } = new(60, "EU Directive 2011/7/EU Art. 4(6): public authority, expressly agreed and justified, 60 days");

    /// <summary>Gets China's rule for government bodies and public institutions (机关、事业单位) buying from small and
    /// medium-sized enterprises (保障中小企业款项支付条例 as revised in 2025, Art. 9): pay within 30 days of delivery.</summary>
    public static PaymentTermLimit ChinaGovernmentToSme { get; } = new(30, "保障中小企业款项支付条例 第九条: 机关、事业单位 30 days");

    /// <summary>Gets the same rule where the contract agrees otherwise: never more than 60 days (Art. 9).</summary>
    public static PaymentTermLimit ChinaGovernmentToSmeAgreed { get; } = new(60, "保障中小企业款项支付条例 第九条: 机关、事业单位, agreed, at most 60 days");

    /// <summary>Gets China's rule for large enterprises buying from small and medium-sized enterprises (保障中小企业款项支付条例,
    /// as revised in 2025): pay within 60 days.</summary>
    public static PaymentTermLimit ChinaLargeEnterpriseToSme { get; } = new(60, "保障中小企业款项支付条例: 60 days");

    /// <summary>Gets the longest allowed period in days.</summary>
    public int MaxDays { get; }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <summary>Returns the installments due later than the limit allows, counted from the schedule's baseline.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The offending installments with their periods in days; empty when the schedule complies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<PaymentTermViolation> Check(PaymentSchedule schedule)
    {
        Guard.NotNull(schedule);
        return [.. schedule.Installments
            .Select(i => (i, Days: i.DueDate.DayNumber - schedule.Baseline.DayNumber))
            .Where(x => x.Days > MaxDays)
            .Select(x => new PaymentTermViolation(x.i.Number, x.i.DueDate, x.Days, MaxDays, Name))];
    }

    /// <summary>
    /// Checks an agreed late-interest rate against China's floor for government bodies, public institutions and large
    /// enterprises paying small and medium-sized suppliers (保障中小企业款项支付条例, 2025, Art. 17): the agreed rate must not
    /// be below the one-year loan prime rate (LPR) in force when the contract was signed. 3.0% against an LPR of 3.1% is
    /// refused; 3.1% passes.
    /// </summary>
    /// <param name="agreedAnnualPercent">The agreed annual rate in percent.</param>
    /// <param name="oneYearLprPercent">The one-year LPR in percent on the signing date, supplied by the caller.</param>
    /// <returns><see langword="null"/> when the rate is lawful; otherwise a <see cref="Reason"/> with code
    /// <see cref="TermsReasonCodes.ChinaSmeRateBelowLpr"/> and the arguments <c>agreed</c> and <c>lpr</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative.</exception>
    public static Reason? CheckChinaSmeLateInterest(decimal agreedAnnualPercent, decimal oneYearLprPercent)
    {
        Guard.NotNegative(agreedAnnualPercent);
        Guard.NotNegative(oneYearLprPercent);
        return agreedAnnualPercent < oneYearLprPercent
            ? TermsReasonCodes.ChinaSmeRateBelowLpr.With(agreedAnnualPercent, oneYearLprPercent)
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// A legal maximum payment period: flags installments due more than <see cref="MaxDays"/> days after the schedule's
/// baseline. Built-ins: <see cref="EuBusinessToBusiness"/> and <see cref="ChinaLargeEnterpriseToSme"/> (both 60 days).
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

    /// <inheritdoc />
    public override string ToString() => Name;
}

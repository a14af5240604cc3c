using System.Globalization;
using Receivables.Internal;

namespace Receivables.Aging.Provisioning;

/// <summary>
/// What counts as lost in a vintage analysis (<see cref="VintageLossEstimate"/>): what has been written off
/// (<see cref="WrittenOff"/>, the default, the usual net charge-off definition), or what was still unpaid when an
/// invoice became a number of days past due (<see cref="DaysPastDue"/>, a default definition such as IFRS 9.B5.5.37's
/// rebuttable 90 days, or 180 or 360 days).
/// </summary>
/// <remarks>
/// <para>For one invoice on an observation date <c>t</c>, with <c>D</c> = due date + <see cref="Days"/> (never, for
/// <see cref="WrittenOff"/>): loss = write-offs applied on or before the earlier of <c>t</c> and <c>D</c>, plus, once
/// <c>t</c> ≥ <c>D</c>, the amount still open at the end of day <c>D</c>. So the loss is at most the invoice amount, a
/// write-off before the default counts when it is made, and what is paid or written off after the default changes nothing
/// (the amount at default is the loss, recoveries are not netted).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class VintageLossDefinition : IEquatable<VintageLossDefinition>
{
    private VintageLossDefinition(int? days) => Days = days;

    /// <summary>Gets the default definition: amounts written off (write-off documents applied to the invoice).</summary>
    public static VintageLossDefinition WrittenOff { get; } = new(null);

    /// <summary>Gets the definition used when none is given: <see cref="WrittenOff"/>.</summary>
    public static VintageLossDefinition Default => WrittenOff;

    /// <summary>Gets the days past due at which an unpaid amount counts as lost, or null for <see cref="WrittenOff"/>.</summary>
    public int? Days { get; }

    /// <summary>A default definition: what is still unpaid <paramref name="days"/> days after the due date is lost (plus
    /// what was written off before).</summary>
    /// <param name="days">Days past due, 1 to <see cref="AgingScheme.MaxBound"/>, such as 90, 180 or 360.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1 to <see cref="AgingScheme.MaxBound"/>.</exception>
    public static VintageLossDefinition DaysPastDue(int days) => new(Guard.InRange(days, 1, AgingScheme.MaxBound));

    /// <inheritdoc/>
    public bool Equals(VintageLossDefinition? other) => other is not null && Days == other.Days;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VintageLossDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => Days ?? -1;

    /// <summary>Describes the definition: "WrittenOff" or "DaysPastDue(90)".</summary>
    /// <returns>The description (invariant).</returns>
    public override string ToString() => Days is { } days ? string.Create(CultureInfo.InvariantCulture, $"DaysPastDue({days})") : "WrittenOff";

    /// <summary>The loss of one invoice on date <paramref name="t"/> (see the remarks).</summary>
    internal decimal LossOf(decimal amount, DateOnly due, DateOnly t, IEnumerable<(DateOnly Date, decimal Amount, bool WriteOff)> settlements)
    {
        var defaultDate = Days is { } days && due.DayNumber + days <= DateOnly.MaxValue.DayNumber ? due.AddDays(days) : (DateOnly?)null;
        var cut = defaultDate is { } d && d < t ? d : t;
        var writtenOff = 0m;
        var settled = 0m;
        foreach (var (date, value, writeOff) in settlements)
        {
            if (date <= cut)
            {
                settled += value;
                writtenOff += writeOff ? value : 0m;
            }
        }

        return defaultDate is { } at && t >= at ? writtenOff + (amount - settled) : writtenOff;
    }
}

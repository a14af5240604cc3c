using Receivables.Internal;
using System.Globalization;

namespace Receivables.Aging.Provisioning;

/// <summary>The options of a <see cref="VintageLossEstimate"/>; validated once when the estimate is made (all problems
/// reported together), later changes to the object have no effect on estimates already made.</summary>
/// <remarks>Not thread-safe while being initialised; treat as immutable afterwards.</remarks>
public sealed record VintageOptions
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(VintageOptions), PrintMembers);

    /// <summary>Gets the options used when none are given.</summary>
    public static VintageOptions Default { get; } = new();

    /// <summary>Gets the origination period that makes a cohort, and the unit of age.</summary>
    /// <value>The default value is <see cref="VintagePeriod.Month"/>.</value>
    public VintagePeriod Period { get; init; } = VintagePeriod.Month;

    /// <summary>Gets what counts as lost.</summary>
    /// <value>The default value is <see cref="VintageLossDefinition.WrittenOff"/>.</value>
    public VintageLossDefinition Loss { get; init; } = VintageLossDefinition.Default;

    /// <summary>Gets the number of periods after which a cohort counts as mature (its lifetime): ages 0 to
    /// <see cref="Horizon"/> are tracked, and the matrix gets one bucket per age below it plus one for older balances.
    /// Null tracks every age the history has; a horizon longer than the history is shortened to it.</summary>
    /// <value>The default value is null. Otherwise 1 to 1,200.</value>
    public int? Horizon { get; init; }

    /// <summary>Gets the loss rate assumed for balances older than the horizon (the matrix's last bucket), as
    /// <see cref="RollRateEstimate"/>'s last bucket: what is still open beyond a lifetime is lost.</summary>
    /// <value>The default value is 1 (100 %). 0 to 1.</value>
    public decimal OldestLossRate { get; init; } = 1m;

    /// <summary>Gets the forward-looking adjustment (IFRS 9.B5.5.52): every matrix loss rate is multiplied by
    /// (1 + adjustment) and capped at 1.</summary>
    /// <value>The default value is 0 (none). Greater than −1.</value>
    public decimal Adjustment { get; init; }

    internal List<string> Errors()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Period))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(Period)} = {Period} is not defined."));
        }

        if (Loss is null)
        {
            errors.Add($"{nameof(Loss)} is null.");
        }

        if (Horizon is < 1 or > 1_200)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(Horizon)} = {Horizon} must be 1 to 1200."));
        }

        if (OldestLossRate is < 0m or > 1m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(OldestLossRate)} = {OldestLossRate} must be 0 to 1."));
        }

        if (Adjustment <= -1m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(Adjustment)} = {Adjustment} must be greater than -1."));
        }

        return errors;
    }
}

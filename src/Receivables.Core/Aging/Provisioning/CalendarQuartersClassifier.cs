using System.Collections.Immutable;
using System.Globalization;

namespace Receivables.Aging.Provisioning;

/// <summary>Calendar quarters of the basis date counted back from the as-of date's quarter: the age of a quarterly cohort
/// (the quarterly counterpart of <see cref="AgingClassifiers.CalendarMonths"/>, for <see cref="VintageLossEstimate"/>).</summary>
internal sealed record CalendarQuartersClassifier(int Quarters) : IAgingClassifier
{
    public int BucketOf(in AgingClassifierArguments arguments)
        => Math.Clamp(VintagePeriods.Index(arguments.AsOf, VintagePeriod.Quarter) - VintagePeriods.Index(arguments.BasisDate, VintagePeriod.Quarter), 0, Quarters);

    public ImmutableArray<string> Labels()
        => [.. Enumerable.Range(0, Quarters).Select(q => q switch { 0 => "Current quarter", 1 => "Previous quarter", _ => $"{q.ToString(CultureInfo.InvariantCulture)} quarters ago" }),
            $"{Quarters.ToString(CultureInfo.InvariantCulture)}+ quarters ago"];
}

/// <summary>Period arithmetic for vintages: a period's index, start and end.</summary>
internal static class VintagePeriods
{
    public static int Index(DateOnly date, VintagePeriod period)
        => period == VintagePeriod.Month ? (date.Year * 12) + date.Month - 1 : (date.Year * 4) + ((date.Month - 1) / 3);

    public static DateOnly Start(int index, VintagePeriod period)
        => period == VintagePeriod.Month ? new DateOnly(index / 12, (index % 12) + 1, 1) : new DateOnly(index / 4, ((index % 4) * 3) + 1, 1);

    public static DateOnly End(int index, VintagePeriod period)
        => index >= Index(DateOnly.MaxValue, period) ? DateOnly.MaxValue : Start(index + 1, period).AddDays(-1);

    public static bool IsStart(DateOnly date, VintagePeriod period) => Start(Index(date, period), period) == date;
}

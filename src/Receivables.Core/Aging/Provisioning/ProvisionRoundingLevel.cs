namespace Receivables.Aging.Provisioning;

/// <summary>Where a provision's allowance is rounded to the currency's minor unit (see <see cref="ProvisionRounding"/>).</summary>
/// <remarks>Enumerations are immutable and thread-safe.</remarks>
public enum ProvisionRoundingLevel
{
    /// <summary>The default: every line (bucket) is rounded on its own and the total is the sum of the rounded lines, as in
    /// IFRS 9 IE Example 12 and most ERPs' provision reports. The total may differ from the rounded exact total by up to
    /// half a minor unit per line.</summary>
    EachLine = 0,

    /// <summary>The exact total (Σ gross × rate) is rounded once, then split over the lines in proportion to their exact
    /// allowances with the library's one splitting mechanism (<see cref="IRemainderPolicy"/>), so the lines still add up to
    /// the total to the minor unit. What a general-ledger posting of one total amount needs.</summary>
    TotalOnce = 1,
}

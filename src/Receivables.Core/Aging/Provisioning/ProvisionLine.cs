namespace Receivables.Aging.Provisioning;

/// <summary>One line of a <see cref="ProvisionSection"/>: a bucket (matrix), a days-overdue tier (percentages) or one item
/// with a specific provision.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Label">The bucket or tier label, or the document id for a specific provision.</param>
/// <param name="Gross">The gross open amount the rate applies to.</param>
/// <param name="Rate">The loss rate (0 to 1); for a specific provision, allowance ÷ gross.</param>
/// <param name="Allowance">The allowance (rounded to the currency's minor unit).</param>
/// <param name="ItemCount">The number of items in the line.</param>
/// <param name="Reason">The reason of a specific provision; null for general lines.</param>
public sealed record ProvisionLine(string Label, Money Gross, decimal Rate, Money Allowance, long ItemCount, string? Reason = null)
{
    /// <summary>Gets a value indicating whether the line is a specific (per-item) provision.</summary>
    public bool IsSpecific => Reason is not null;
}

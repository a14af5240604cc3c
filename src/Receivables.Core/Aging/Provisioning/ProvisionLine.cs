using Receivables.Internal;
namespace Receivables.Aging.Provisioning;

/// <summary>One line of a <see cref="ProvisionSection"/>: a bucket (matrix), a days-overdue tier (percentages) or one
/// document with a specific provision, explained by its <see cref="Reason"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Label">The bucket or tier label, or the document id for a specific provision.</param>
/// <param name="Gross">The gross open amount the rate applies to.</param>
/// <param name="Rate">The loss rate (0 to 1); for a specific provision, allowance ÷ gross (0 when the gross is zero).</param>
/// <param name="Allowance">The allowance (rounded to the currency's minor unit).</param>
/// <param name="ItemCount">The number of items in the line.</param>
/// <param name="Reason">Why: <see cref="AgingReasonCodes.ProvisionRate"/> (gross × rate) for general lines,
/// <see cref="AgingReasonCodes.ProvisionRateShare"/> for general lines whose total was rounded once
/// (<see cref="ProvisionRoundingLevel.TotalOnce"/>),
/// <see cref="AgingReasonCodes.ProvisionSpecific"/> (with the host's note) for specific ones.</param>
public sealed record ProvisionLine(string Label, Money Gross, decimal Rate, Money Allowance, long ItemCount, Reason Reason)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ProvisionLine), PrintMembers);

    /// <summary>Gets a value indicating whether the line is a specific (per-document) provision.</summary>
    public bool IsSpecific => Reason.Is(AgingReasonCodes.ProvisionSpecific);

    /// <summary>A general line: gross × rate, rounded.</summary>
    internal static ProvisionLine General(string label, Money gross, decimal rate, IRoundingPolicy rounding, long count)
    {
        var allowance = new Money(rounding.Round(gross.Amount * rate, gross.Currency), gross.Currency);
        return new ProvisionLine(label, gross, rate, allowance, count, AgingReasonCodes.ProvisionRate.With(label, gross, Alerts.AgingAlertRules.Trim(rate * 100m), allowance));
    }

    /// <summary>A general line whose allowance is its share of a total rounded once.</summary>
    internal static ProvisionLine Share(string label, Money gross, decimal rate, Money exact, Money allowance, long count)
        => new(label, gross, rate, allowance, count, AgingReasonCodes.ProvisionRateShare.With(label, gross, Alerts.AgingAlertRules.Trim(rate * 100m), Alerts.AgingAlertRules.Trim(exact.Amount), allowance));
}

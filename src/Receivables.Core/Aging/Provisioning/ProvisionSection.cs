using System.Collections.Immutable;

namespace Receivables.Aging.Provisioning;

/// <summary>The bad-debt provision (坏账准备) of one currency: general lines, specific lines and totals.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProvisionSection
{
    internal ProvisionSection(Currency currency, ImmutableArray<ProvisionLine> lines, ImmutableArray<ProvisionLine> specific)
    {
        Currency = currency;
        Lines = lines;
        Specific = specific;
        Gross = new Money(lines.Concat(specific).Sum(l => l.Gross.Amount), currency);
        Allowance = new Money(lines.Concat(specific).Sum(l => l.Allowance.Amount), currency);
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the general lines (one per bucket or tier, in order, including empty ones).</summary>
    public ImmutableArray<ProvisionLine> Lines { get; }

    /// <summary>Gets the specific provisions, ordered by document id.</summary>
    public ImmutableArray<ProvisionLine> Specific { get; }

    /// <summary>Gets the total gross amount (general and specific).</summary>
    public Money Gross { get; }

    /// <summary>Gets the total allowance: the sum of the rounded line allowances, so the lines add up to it exactly.</summary>
    public Money Allowance { get; }
}

using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Aging.Provisioning;

/// <summary>A bad-debt provision per currency, as of a date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Sections">One section per currency, ordered by currency code.</param>
public sealed record ProvisionReport(DateOnly AsOf, ImmutableArray<ProvisionSection> Sections)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ProvisionReport), PrintMembers);

    /// <summary>Gets the section of a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentException">There is no section in <paramref name="currency"/>.</exception>
    public ProvisionSection Section(Currency currency)
        => Sections.FirstOrDefault(s => s.Currency == currency)
            ?? throw new ArgumentException($"The provision has no items in {currency.Code}.", nameof(currency));
}

using Receivables.Internal;

namespace Receivables.Credit;

/// <summary>A customer's business scale as the host knows it (from a registry, a bureau, the customer itself): annual
/// revenue, headcount, or both.</summary>
/// <remarks>Immutable and thread-safe. The constructor checks the figures.</remarks>
public sealed record BusinessScale
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(BusinessScale), PrintMembers);

    /// <summary>Creates a business scale.</summary>
    /// <param name="annualRevenue">The annual revenue, zero or more; null when unknown.</param>
    /// <param name="headcount">The number of employees, zero or more; null when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public BusinessScale(Money? annualRevenue = null, int? headcount = null)
    {
        if (annualRevenue is { IsNegative: true } r)
        {
            throw Guard.OutOfRange(nameof(annualRevenue), r, "annualRevenue must not be negative.");
        }

        AnnualRevenue = annualRevenue;
        Headcount = headcount is { } h ? Guard.NotNegative(h, nameof(headcount)) : null;
    }

    /// <summary>Gets the annual revenue, or null when unknown.</summary>
    public Money? AnnualRevenue { get; }

    /// <summary>Gets the number of employees, or null when unknown.</summary>
    public int? Headcount { get; }
}

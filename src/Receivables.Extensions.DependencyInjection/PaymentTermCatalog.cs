using Receivables.Terms;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>The named payment terms of a host, from configuration (<c>Receivables:PaymentTerms</c>, name → compact
/// notation such as <c>2/10 NET 30</c>).</summary>
/// <remarks>Names are case-insensitive. Parsed once at start-up (errors name the configuration key); immutable and
/// thread-safe afterwards.</remarks>
public sealed class PaymentTermCatalog
{
    private readonly Dictionary<string, PaymentTerm> _terms;

    internal PaymentTermCatalog(Dictionary<string, PaymentTerm> terms)
    {
        _terms = terms;
    }

    /// <summary>Gets the term names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _terms.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Gets a payment term by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No term has that name (the message lists the names).</exception>
    public PaymentTerm Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _terms.TryGetValue(name, out var term)
            ? term
            : throw new KeyNotFoundException($"No payment term is named '{name}'. Known: {string.Join(", ", Names)}.");
    }
}

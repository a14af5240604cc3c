using System.Text.RegularExpressions;
using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// A host-maintained mapping from a text to a customer (for <see cref="MatchingOptions.PayerMappings"/>): a line whose
/// payer name, remittance text or end-to-end reference matches the pattern is taken to come from the customer (for
/// example "SHELL DEUTSCHLAND" → C-1042, or a marketplace's payout text → the marketplace).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PayerMapping
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PayerMapping), PrintMembers);

    /// <summary>Creates a mapping.</summary>
    /// <param name="pattern">A regular expression (matched ignoring case, in the invariant culture).</param>
    /// <param name="customer">The customer the line is assigned to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is blank or not a valid regular expression, or
    /// <paramref name="customer"/> is default.</exception>
    public PayerMapping(string pattern, CustomerId customer)
    {
        Guard.NotBlank(pattern);
        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        try
        {
            Regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The pattern '{pattern}' is not a valid regular expression: {e.Message}", nameof(pattern), e);
        }

        Pattern = pattern;
        Customer = customer;
    }

    /// <summary>Gets the pattern.</summary>
    public string Pattern { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    internal Regex Regex { get; }

    /// <summary>Whether the line's payer name, remittance text or end-to-end reference matches.</summary>
    internal bool Matches(StatementLine line)
        => (line.PayerName is { } name && Regex.IsMatch(name)) || (line.RemittanceText is { } text && Regex.IsMatch(text)) || (line.EndToEndReference is { } e2e && Regex.IsMatch(e2e));
}

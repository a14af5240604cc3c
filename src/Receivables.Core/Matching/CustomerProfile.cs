using Receivables.Internal;
using System.Collections.Immutable;

namespace Receivables.Matching;

/// <summary>
/// What is known about a customer's payments: the bank accounts and names it pays from, and the parent company that
/// may pay on its behalf.
/// </summary>
/// <remarks>
/// <para>Customers without a profile can still be matched by reference and are identified by nothing else.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CustomerProfile
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(CustomerProfile), PrintMembers);

    /// <summary>Initializes a profile.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="names">Names the customer pays under (legal name, trading names, bank spelling); blanks are
    /// ignored.</param>
    /// <param name="accounts">Known payer accounts (IBAN or local numbers; spaces and case do not matter); blanks
    /// are ignored.</param>
    /// <param name="parent">The parent company that may pay for this customer, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is default, or <paramref name="parent"/> is
    /// default or the customer itself.</exception>
    public CustomerProfile(CustomerId customer, IEnumerable<string>? names = null, IEnumerable<string>? accounts = null, CustomerId? parent = null)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        if (parent is { } p && (p.IsDefault || p == customer))
        {
            throw new ArgumentException("The parent must be another, valid customer id.", nameof(parent));
        }

        Customer = customer;
        Names = names is null ? [] : [.. names.Where(n => !string.IsNullOrWhiteSpace(n))];
        Accounts = accounts is null ? [] : [.. accounts.Where(a => !string.IsNullOrWhiteSpace(a))];
        Parent = parent;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the names the customer pays under.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Gets the known payer accounts.</summary>
    public ImmutableArray<string> Accounts { get; }

    /// <summary>Gets the parent company that may pay for this customer, or null.</summary>
    public CustomerId? Parent { get; }
}

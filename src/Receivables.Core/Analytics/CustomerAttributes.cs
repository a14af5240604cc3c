using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Receivables.Internal;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.Analytics;

/// <summary>
/// What the host knows about its customers for grouping: one value per customer and dimension (segment, business
/// type, region, salesperson, or any dimension of the host's), and the grouping key of a document by a dimension
/// (<see cref="KeyFor"/>).
/// </summary>
/// <remarks>
/// <para>Dimension names are lower-case letters, digits and underscores (<see cref="AnalyticsDimensions"/>); values
/// are compared ordinally and never blank. A customer without a value for a dimension falls into the group
/// <see cref="Missing"/>.</para>
/// <para>Immutable and thread-safe; <see cref="With"/> returns a new instance.</para>
/// </remarks>
public sealed partial class CustomerAttributes
{
    /// <summary>The group of documents whose customer has no value for the dimension: <c>(none)</c>.</summary>
    public const string Missing = "(none)";

    private readonly ImmutableDictionary<CustomerId, ImmutableSortedDictionary<string, string>> _values;

    private CustomerAttributes(ImmutableDictionary<CustomerId, ImmutableSortedDictionary<string, string>> values)
    {
        _values = values;
    }

    /// <summary>Gets the attributes of no customer.</summary>
    public static CustomerAttributes Empty { get; } = new(ImmutableDictionary<CustomerId, ImmutableSortedDictionary<string, string>>.Empty);

    /// <summary>Gets the customers that have at least one value, in id order.</summary>
    public IReadOnlyList<CustomerId> Customers => [.. _values.Keys.Order()];

    /// <summary>
    /// Takes the groups the reminder module already knows: each customer's <see cref="ReminderCustomer.Segment"/> as
    /// <see cref="AnalyticsDimensions.Segment"/> and its <see cref="ReminderCustomer.Territory"/> as
    /// <see cref="AnalyticsDimensions.Region"/>, so analytics and reminder strategies group customers alike.
    /// </summary>
    /// <param name="customers">The customers, as given to <see cref="ReminderCustomers.Create"/>.</param>
    /// <returns>The attributes; blank values are left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> or a customer is null.</exception>
    /// <exception cref="ArgumentException">A customer id is default.</exception>
    public static CustomerAttributes From(IEnumerable<ReminderCustomer> customers)
    {
        Guard.NotNull(customers);
        var attributes = Empty;
        foreach (var customer in customers)
        {
            Guard.NotNull(customer, nameof(customers));
            if (!string.IsNullOrWhiteSpace(customer.Segment))
            {
                attributes = attributes.With(customer.Id, AnalyticsDimensions.Segment, customer.Segment);
            }

            if (!string.IsNullOrWhiteSpace(customer.Territory))
            {
                attributes = attributes.With(customer.Id, AnalyticsDimensions.Region, customer.Territory);
            }
        }

        return attributes;
    }

    /// <summary>Returns these attributes with one value set (replacing an earlier value of the same dimension).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="dimension">The dimension, such as <see cref="AnalyticsDimensions.Region"/>.</param>
    /// <param name="value">The value, such as <c>华东</c>; surrounding white space is removed.</param>
    /// <returns>The new attributes.</returns>
    /// <exception cref="ArgumentException">The customer id is default, the dimension is not lower-case letters, digits
    /// and underscores, is <see cref="AnalyticsDimensions.Term"/> (read from the documents), or the value is
    /// blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> or <paramref name="value"/> is null.</exception>
    public CustomerAttributes With(CustomerId customer, string dimension, string value)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("The customer id is required.", nameof(customer));
        }

        CheckDimension(dimension);
        if (dimension == AnalyticsDimensions.Term)
        {
            throw new ArgumentException("The dimension 'term' is read from each document's dates, not supplied per customer.", nameof(dimension));
        }

        var text = Guard.NotBlank(value).Trim();
        var current = _values.TryGetValue(customer, out var existing) ? existing : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        return new CustomerAttributes(_values.SetItem(customer, current.SetItem(dimension, text)));
    }

    /// <summary>Gets a customer's value for a dimension.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The value, or <see langword="null"/> when none was supplied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public string? ValueOf(CustomerId customer, string dimension)
    {
        Guard.NotNull(dimension);
        return _values.TryGetValue(customer, out var values) && values.TryGetValue(dimension, out var value) ? value : null;
    }

    /// <summary>
    /// Gets the grouping key of documents by a dimension: for <see cref="AnalyticsDimensions.Term"/> the document's
    /// term (<c>net 30</c> for a due date 30 days after the document date); for
    /// <see cref="AnalyticsDimensions.BusinessType"/> the customer's value, else the document's business type; for any
    /// other dimension the customer's value. <see cref="Missing"/> when there is none.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The key function; it never returns null or blank.</returns>
    /// <exception cref="ArgumentException">The dimension is not lower-case letters, digits and underscores.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public Func<Document, string> KeyFor(string dimension)
    {
        CheckDimension(dimension);
        return dimension switch
        {
            AnalyticsDimensions.Term => TermOf,
            AnalyticsDimensions.BusinessType => d => ValueOf(d.Customer, dimension) ?? d.BusinessType ?? Missing,
            _ => d => ValueOf(d.Customer, dimension) ?? Missing,
        };
    }

    /// <summary>Gets the term key of a document: <c>net N</c>, N the days from its document date to its due date.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The key, such as <c>net 30</c> (<c>net 0</c> when due on the document date).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string TermOf(Document document)
    {
        Guard.NotNull(document);
        return string.Create(CultureInfo.InvariantCulture, $"net {document.DueDate.DayNumber - document.DocumentDate.DayNumber}");
    }

    private static void CheckDimension(string dimension)
    {
        Guard.NotNull(dimension);
        if (!DimensionPattern().IsMatch(dimension))
        {
            throw new ArgumentException($"The dimension '{dimension}' must be lower-case letters, digits and underscores, such as 'business_type'.", nameof(dimension));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:_[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DimensionPattern();
}

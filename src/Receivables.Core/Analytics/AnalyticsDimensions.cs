namespace Receivables.Analytics;

/// <summary>
/// The names of the grouping dimensions the process analytics know: the customer attributes a host supplies
/// (<see cref="CustomerAttributes"/>) and the payment term, which is read from each document.
/// </summary>
/// <remarks>Hosts may use any other dimension name of lower-case letters, digits and underscores (such as
/// <c>industry</c>); these are the ones the tool and the docs name. Static and thread-safe.</remarks>
public static class AnalyticsDimensions
{
    /// <summary>The customer's segment (<c>segment</c>), as in <see cref="Reminders.ReminderCustomer.Segment"/> and the
    /// tool's documents and customers files.</summary>
    public const string Segment = "segment";

    /// <summary>The business type (<c>business_type</c>, 业务类型): the customer attribute when supplied, else the
    /// document's <see cref="Ledger.Document.BusinessType"/>.</summary>
    public const string BusinessType = "business_type";

    /// <summary>The customer's region (<c>region</c>).</summary>
    public const string Region = "region";

    /// <summary>The salesperson responsible for the customer (<c>salesperson</c>).</summary>
    public const string Salesperson = "salesperson";

    /// <summary>The payment term (<c>term</c>), read from each document as the days from its document date to its due
    /// date, written <c>net 30</c>; not a customer attribute.</summary>
    public const string Term = "term";

    /// <summary>Gets the dimensions above, in this order: segment, business type, region, salesperson, term.</summary>
    public static IReadOnlyList<string> All { get; } = [Segment, BusinessType, Region, Salesperson, Term];
}

using Receivables.Internal;
namespace Receivables.Reminders;

/// <summary>What the host knows about a customer that steers reminders: segment, credit grade, payment index,
/// probability of late payment (e.g. from the credit module's model), a block, the collector or territory, and the
/// contact preferences.</summary>
/// <remarks>Immutable and thread-safe. Validated by <see cref="ReminderCustomers.Create"/>.</remarks>
/// <param name="Id">The customer.</param>
public sealed record ReminderCustomer(CustomerId Id)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReminderCustomer), PrintMembers);

    /// <summary>Gets the customer's segment or business type; the item's segment is used when absent.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Segment { get; init; }

    /// <summary>Gets the credit grade (such as <c>A</c> … <c>E</c>).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Grade { get; init; }

    /// <summary>Gets the payment index, 0 to 100, higher paying better (a Paydex-like figure).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public decimal? PaymentIndex { get; init; }

    /// <summary>Gets the probability of late payment, 0 to 1, used by the worklist.</summary>
    /// <value>The default value is <see langword="null"/>: the scorer's default.</value>
    public decimal? LatePaymentProbability { get; init; }

    /// <summary>Gets why the host blocked reminders to the customer, or <see langword="null"/> when not blocked.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? BlockedReason { get; init; }

    /// <summary>Gets the collector assigned to the customer.</summary>
    /// <value>The default value is <see langword="null"/>: assigned by segment or territory.</value>
    public string? Collector { get; init; }

    /// <summary>Gets the customer's territory.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Territory { get; init; }

    /// <summary>Gets the contact preferences.</summary>
    /// <value>The default value is <see cref="ReminderPreferences.Default"/>.</value>
    public ReminderPreferences Preferences { get; init; } = ReminderPreferences.Default;
}

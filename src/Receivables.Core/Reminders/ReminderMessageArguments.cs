namespace Receivables.Reminders;

/// <summary>What an <see cref="IReminderMessagePolicy"/> renders: a proposal and the host's names and bank details.</summary>
/// <remarks>A read-only struct (fields may be added later without breaking renderers); thread-safe.</remarks>
public readonly struct ReminderMessageArguments
{
    /// <summary>Creates the arguments (so a custom renderer can be tested alone).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="customerName">The customer's name; the id when null or blank.</param>
    /// <param name="company">Our company's name, for the signature; the default value is empty.</param>
    /// <param name="bankDetails">Our bank details, for the payment instruction; the default value is empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public ReminderMessageArguments(ReminderProposal proposal, string? customerName, string? company = null, string? bankDetails = null)
    {
        Proposal = Internal.Guard.NotNull(proposal);
        CustomerName = string.IsNullOrWhiteSpace(customerName) ? proposal.Customer.Value : customerName;
        Company = company ?? string.Empty;
        BankDetails = bankDetails ?? string.Empty;
    }

    /// <summary>Gets the proposal.</summary>
    public ReminderProposal Proposal { get; }

    /// <summary>Gets the customer's name.</summary>
    public string CustomerName { get; }

    /// <summary>Gets our company's name (may be empty).</summary>
    public string Company { get; }

    /// <summary>Gets our bank details (may be empty).</summary>
    public string BankDetails { get; }
}

namespace Receivables.Aging;

/// <summary>A plain open item to age, for callers that do not keep a <see cref="Ledger.ReceivablesLedger"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Customer">The customer.</param>
/// <param name="Document">The document id (reported as the oldest item of its customer when it is the oldest).</param>
/// <param name="Open">The open amount (usually positive; any sign is aged as given).</param>
/// <param name="DueDate">The due date.</param>
/// <param name="DocumentDate">The document date.</param>
/// <param name="Segment">An optional segment key (business type, region, salesperson) for grouping.</param>
public sealed record AgingItem(CustomerId Customer, DocumentId Document, Money Open, DateOnly DueDate, DateOnly DocumentDate, string? Segment = null);

namespace Receivables.Aging.Provisioning;

/// <summary>A provision decided for one item (a customer in insolvency, a disputed invoice): it overrides the general
/// rates for that item, which then no longer counts in the matrix or percentage gross.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Document">The item the provision is for.</param>
/// <param name="Allowance">The allowance for the item; capped at the item's open amount when applied.</param>
/// <param name="Reason">Why (printed in the provision report).</param>
public sealed record SpecificProvision(DocumentId Document, Money Allowance, string Reason);

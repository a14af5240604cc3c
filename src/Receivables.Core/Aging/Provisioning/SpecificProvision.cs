using Receivables.Internal;
namespace Receivables.Aging.Provisioning;

/// <summary>A provision decided for one document (a customer in insolvency, a disputed invoice): it overrides the
/// general rates for every open item of that document (all its installments), which then no longer count in the matrix
/// or percentage gross.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Document">The document the provision is for.</param>
/// <param name="Allowance">The allowance for the document; capped at its open amount when applied.</param>
/// <param name="Note">Why, in the host's words (an argument of the line's <see cref="AgingReasonCodes.ProvisionSpecific"/> reason).</param>
public sealed record SpecificProvision(DocumentId Document, Money Allowance, string Note)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(SpecificProvision), PrintMembers);
}

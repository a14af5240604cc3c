using Receivables.Internal;
namespace Receivables.Matching.Reconciliation;

/// <summary>One line of a customer statement reconciliation.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Reference">The document number (ours when we have the item, else as the customer wrote it).</param>
/// <param name="Ours">Our open amount, or null when we do not show the document.</param>
/// <param name="Theirs">The customer's amount, or null when the customer does not list it.</param>
/// <param name="Difference">What this line contributes to our total minus the customer's: ours − theirs for
/// documents, + the amount for a payment in transit.</param>
/// <param name="Note">Why the pairing may need a look, or null: <see cref="MatchingReasonCodes.ReconciliationAmbiguous"/>
/// when the customer's reference equals several of our numbers once case and separators are ignored.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReconciliationLine(ReconciliationStatus Status, string Reference, Money? Ours, Money? Theirs, Money Difference, Reason? Note = null)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReconciliationLine), PrintMembers);
}

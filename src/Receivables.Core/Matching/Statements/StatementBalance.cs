using Receivables.Internal;
namespace Receivables.Matching.Statements;

/// <summary>A balance reported in a statement (camt <c>Bal</c>).</summary>
/// <param name="Account">The account the balance is for, or null when the file does not say.</param>
/// <param name="Type">The balance type code as sent, such as <c>OPBD</c> (opening booked), <c>CLBD</c> (closing
/// booked), <c>PRCD</c> (previously closed booked) or <c>ITBD</c> (interim booked).</param>
/// <param name="Amount">The signed amount: negative for a debit balance (<c>CdtDbtInd</c> <c>DBIT</c>).</param>
/// <param name="Date">The date of the balance.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StatementBalance(string? Account, string Type, Money Amount, DateOnly Date)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(StatementBalance), PrintMembers);
}

using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>A promise to pay (承诺付款) that currently holds on an item.</summary>
/// <remarks>Immutable and thread-safe. Whether a promise is broken depends on the date you ask: see <see cref="IsBrokenOn"/>.</remarks>
/// <param name="RecordedOn">The date the promise was made.</param>
/// <param name="PromisedDate">The date by which payment was promised.</param>
/// <param name="Amount">The amount promised.</param>
/// <param name="Note">An optional note.</param>
public sealed record PromiseToPay(DateOnly RecordedOn, DateOnly PromisedDate, Money Amount, string? Note)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PromiseToPay), PrintMembers);

    /// <summary>Tells whether the promise is broken on a date: the promised date has passed and the item is still open.</summary>
    /// <param name="asOf">The date to judge on.</param>
    /// <returns>True when <paramref name="asOf"/> is after <see cref="PromisedDate"/>. The account clears a promise
    /// when the item is settled, so a promise still present on an open item after its date is broken.</returns>
    public bool IsBrokenOn(DateOnly asOf) => asOf > PromisedDate;
}

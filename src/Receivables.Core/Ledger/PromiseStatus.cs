using Receivables.Internal;
namespace Receivables.Ledger;

/// <summary>A promise to pay and how it stands on a date (<see cref="CustomerAccount.PromiseStatus"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Item">The promised item.</param>
/// <param name="Promise">The promise (the last one recorded on the item on or before the date).</param>
/// <param name="Paid">What payments applied to the item from the day of the promise up to the promised date (or the
/// date asked, if earlier), reversed applications excluded.</param>
/// <param name="State">The state.</param>
public sealed record PromiseStatus(DocumentId Item, PromiseToPay Promise, Money Paid, PromiseState State)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(PromiseStatus), PrintMembers);

    /// <summary>Gets the part of the promise not paid (zero when kept).</summary>
    public Money Shortfall => Paid >= Promise.Amount ? Money.Zero(Promise.Amount.Currency) : Promise.Amount - Paid;
}

namespace Receivables.Ledger;

/// <summary>What an <see cref="IAllocationPolicy"/> is given. A read-only struct, so fields can be added later without breaking policies.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct AllocationArguments
{
    /// <summary>Creates the arguments (public, so a custom policy can be tested alone).</summary>
    /// <param name="credit">The payment or credit note being applied.</param>
    /// <param name="openItems">The open debit items it may settle, oldest due first.</param>
    /// <param name="date">The application date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credit"/> or <paramref name="openItems"/> is null.</exception>
    public AllocationArguments(LedgerItem credit, IReadOnlyList<LedgerItem> openItems, DateOnly date)
    {
        Internal.Guard.NotNull(credit);
        Internal.Guard.NotNull(openItems);
        Credit = credit;
        OpenItems = openItems;
        Date = date;
    }

    /// <summary>Gets the credit being applied.</summary>
    public LedgerItem Credit { get; }

    /// <summary>Gets the amount that may be applied: what is still open on the credit.</summary>
    public Money Available => Credit.Open;

    /// <summary>
    /// Gets the customer's open debit items in the credit's currency, oldest due first (then by document date, then by
    /// id). Disputed items are included and flagged (<see cref="LedgerItem.IsDisputed"/>); the automatic built-in
    /// policies skip them.
    /// </summary>
    public IReadOnlyList<LedgerItem> OpenItems { get; }

    /// <summary>Gets the application date.</summary>
    public DateOnly Date { get; }
}

namespace Receivables.Ledger;

/// <summary>What an <see cref="IAllocationPolicy"/> is given. A read-only struct, so fields can be added later without breaking policies.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct AllocationArguments
{
    internal AllocationArguments(LedgerItem credit, IReadOnlyList<LedgerItem> openItems, DateOnly date)
    {
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

namespace Receivables.Matching;

/// <summary>The booking status of a statement line (camt <c>Sts</c>, ISO 20022 ExternalEntryStatus1Code).</summary>
/// <remarks>Only <see cref="Booked"/> lines are money that has arrived; matching engines and hosts should skip the
/// others (they are reported again, booked, in a later statement).</remarks>
public enum StatementLineStatus
{
    /// <summary>Booked on the account (<c>BOOK</c>); the default.</summary>
    Booked = 0,

    /// <summary>Pending: announced but not yet booked, may still be cancelled (<c>PDNG</c>).</summary>
    Pending = 1,

    /// <summary>Information only, never booked (<c>INFO</c>).</summary>
    Information = 2,

    /// <summary>Expected on a future date (<c>FUTR</c>).</summary>
    Future = 3,
}

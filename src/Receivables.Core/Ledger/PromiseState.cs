namespace Receivables.Ledger;

/// <summary>Where a promise to pay (承诺付款) stands on a date; see <see cref="CustomerAccount.PromiseStatus"/>.</summary>
public enum PromiseState
{
    /// <summary>The promised date has not passed and less than the promised amount was paid so far.</summary>
    Pending = 0,

    /// <summary>The promised amount (or more) was paid on or before the promised date.</summary>
    Kept = 1,

    /// <summary>The promised date passed with part of the promised amount paid: not broken, and not kept either.</summary>
    PartlyKept = 2,

    /// <summary>The promised date passed with nothing paid.</summary>
    Broken = 3,

    /// <summary>The promise was cleared (withdrawn) before it was kept or broken.</summary>
    Cleared = 4,
}

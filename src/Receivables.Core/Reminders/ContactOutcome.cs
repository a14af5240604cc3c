namespace Receivables.Reminders;

/// <summary>The outcome of a contact with a customer (沟通记录).</summary>
/// <remarks>An enumeration; thread-safe.</remarks>
public enum ContactOutcome
{
    /// <summary>The customer was reached; nothing was agreed.</summary>
    Reached = 1,

    /// <summary>The customer promised to pay (承诺付款).</summary>
    Promised,

    /// <summary>The customer disputed the items.</summary>
    Disputed,

    /// <summary>Nobody answered.</summary>
    NoAnswer,
}

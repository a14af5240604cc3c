namespace Receivables.Terms;

/// <summary>How an installment line's amount is set.</summary>
/// <remarks>An enum value; thread-safe.</remarks>
public enum InstallmentKind
{
    /// <summary>A percentage of the invoice total.</summary>
    Percent = 0,

    /// <summary>A fixed amount.</summary>
    FixedAmount = 1,

    /// <summary>Whatever the other lines leave (the remainder).</summary>
    Balance = 2,
}

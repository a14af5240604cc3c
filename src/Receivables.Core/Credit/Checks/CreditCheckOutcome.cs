namespace Receivables.Credit.Checks;

/// <summary>The decision of an order-time credit check, from the mildest to the strictest.</summary>
public enum CreditCheckOutcome
{
    /// <summary>Release the order.</summary>
    Approve = 0,

    /// <summary>Release the order, but tell the sales rep and the credit controller why.</summary>
    ApproveWithWarning = 1,

    /// <summary>Hold the order until a credit controller releases it.</summary>
    Hold = 2,

    /// <summary>Release the order only against payment in advance.</summary>
    RequirePrepayment = 3,
}

namespace Receivables.Matching;

/// <summary>What happens to a named deduction (see <see cref="DeductionRule.Treatment"/>).</summary>
public enum DeductionTreatment
{
    /// <summary>The cash is applied and the rest stays open on the item, named (the default).</summary>
    LeaveOpen = 0,

    /// <summary>The rest is proposed as a write-off (<see cref="MatchAllocation.WriteOff"/>): the item is settled.</summary>
    WriteOff = 1,

    /// <summary>The rest is held as a disputed deduction with its reason code (<see cref="MatchDeduction"/>, posted as
    /// <see cref="Ledger.ReceiptLine.Deduction"/>): it stays open on the item, marked as disputed.</summary>
    Dispute = 2,
}

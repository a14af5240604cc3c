using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>One random operation on a customer account, for the ledger property tests.</summary>
public enum LedgerOp
{
    Invoice,
    Payment,
    CreditNote,
    ApplyOldest,
    ApplyProportional,
    ApplyByReference,
    ApplySpecified,
    Reverse,
    Dispute,
    Resolve,
    WriteOff,
}

/// <summary>A generated ledger operation: which, two indices to pick documents, an amount in minor units, a currency switch.</summary>
public sealed record LedgerStep(LedgerOp Op, int A, int B, int Units, bool OtherCurrency)
{
    public override string ToString() => $"{Op}({A},{B},{Units}{(OtherCurrency ? ",USD" : string.Empty)})";
}

public static partial class Arbitraries
{
    /// <summary>Sequences of 1 to 40 ledger operations, weighted towards postings and applications.</summary>
    public static Gen<LedgerStep[]> LedgerStepsGen { get; } =
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(LedgerStepGen, n));

    private static Gen<LedgerStep> LedgerStepGen { get; } =
        from op in Gen.Frequency(
            (6, Gen.Constant(LedgerOp.Invoice)),
            (4, Gen.Constant(LedgerOp.Payment)),
            (2, Gen.Constant(LedgerOp.CreditNote)),
            (3, Gen.Constant(LedgerOp.ApplyOldest)),
            (2, Gen.Constant(LedgerOp.ApplyProportional)),
            (1, Gen.Constant(LedgerOp.ApplyByReference)),
            (3, Gen.Constant(LedgerOp.ApplySpecified)),
            (2, Gen.Constant(LedgerOp.Reverse)),
            (1, Gen.Constant(LedgerOp.Dispute)),
            (1, Gen.Constant(LedgerOp.Resolve)),
            (1, Gen.Constant(LedgerOp.WriteOff)))
        from a in Gen.Choose(0, 50)
        from b in Gen.Choose(0, 50)
        from units in Gen.Choose(1, 200_000)
        from other in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new LedgerStep(op, a, b, units, other);
}

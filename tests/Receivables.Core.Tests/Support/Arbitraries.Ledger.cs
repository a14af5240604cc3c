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
    InstallmentInvoice,
    PaymentPlan,
    CancelPlan,
    ExtendDueDate,
}

/// <summary>
/// A generated ledger operation: which, two indices to pick documents, an amount in minor units, a currency switch, and a
/// power of ten that scales the amount towards the largest a document may carry (<see cref="Receivables.Ledger.Document.MaxAmount"/>).
/// </summary>
public sealed record LedgerStep(LedgerOp Op, int A, int B, int Units, bool OtherCurrency, int Magnitude = 0)
{
    private static readonly Currency[] Others = [Currency.USD, Currency.JPY, Currency.FromCode("KWD")];

    /// <summary>EUR, or another currency with 2, 0 or 3 minor units (picked by <see cref="B"/>): several per ledger.</summary>
    public Currency Currency => OtherCurrency ? Others[B % Others.Length] : Currency.EUR;

    /// <summary>Units minor units times 10^Magnitude, at most <see cref="Receivables.Ledger.Document.MaxAmount"/>.</summary>
    public Money Amount => AmountOf(Units);

    /// <summary>An amount of <paramref name="units"/> minor units scaled like <see cref="Amount"/>.</summary>
    public Money AmountOf(long units)
        => new(Math.Min(units * Currency.MinorUnit * Scale, Receivables.Ledger.Document.MaxAmount), Currency);

    private decimal Scale => Magnitude == 0 ? 1m : (decimal)Math.Pow(10, Magnitude);

    public override string ToString() => $"{Op}({A},{B},{Units}{(Magnitude == 0 ? string.Empty : $"e{Magnitude}")}{(OtherCurrency ? "," + Currency.Code : string.Empty)})";
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
            (1, Gen.Constant(LedgerOp.WriteOff)),
            (2, Gen.Constant(LedgerOp.InstallmentInvoice)),
            (1, Gen.Constant(LedgerOp.PaymentPlan)),
            (1, Gen.Constant(LedgerOp.CancelPlan)),
            (1, Gen.Constant(LedgerOp.ExtendDueDate)))
        from a in Gen.Choose(0, 50)
        from b in Gen.Choose(0, 50)
        from units in Gen.Choose(1, 200_000)
        from other in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from magnitude in Gen.Frequency((17, Gen.Constant(0)), (3, Gen.Choose(1, 18)))
        select new LedgerStep(op, a, b, units, other, magnitude);
}

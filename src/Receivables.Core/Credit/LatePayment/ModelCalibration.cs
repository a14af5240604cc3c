using Receivables.Internal;
namespace Receivables.Credit.LatePayment;

/// <summary>How well the late-payment model did on invoices it was not fitted on.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="TrainingCount">Invoices the model was fitted on.</param>
/// <param name="HoldoutCount">Invoices held out.</param>
/// <param name="HoldoutLateShare">The share of held-out invoices that were paid late (the base rate).</param>
/// <param name="BrierScore">The mean squared difference between predicted probability and outcome (0 = perfect; the
/// base rate alone scores <c>p(1 − p)</c>); NaN without held-out invoices.</param>
/// <param name="Auc">The area under the ROC curve (0.5 = no better than chance, 1 = perfect ranking); NaN when the
/// hold-out has only one class.</param>
public sealed record ModelCalibration(int TrainingCount, int HoldoutCount, double HoldoutLateShare, double BrierScore, double Auc)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(ModelCalibration), PrintMembers);
}

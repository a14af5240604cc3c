using Receivables.Internal;
namespace Receivables.Credit.LatePayment;

/// <summary>One coefficient of the late-payment model, on the standardised feature.</summary>
/// <remarks>Immutable and thread-safe. The model's log-odds add <c>Weight × (x − Mean) / Scale</c> for each feature.</remarks>
/// <param name="Feature">The feature's name (see <see cref="LatePaymentFeatures.Names"/>).</param>
/// <param name="Weight">The weight on the standardised feature: positive raises the probability of paying late.</param>
/// <param name="Mean">The feature's mean on the training invoices.</param>
/// <param name="Scale">The feature's standard deviation on the training invoices (1 when it was constant).</param>
public sealed record LatePaymentCoefficient(string Feature, double Weight, double Mean, double Scale)
{
    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(LatePaymentCoefficient), PrintMembers);
}

using Receivables.Credit.LatePayment;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>The late-payment probability of the customer's next invoice as a factor: sub-score 100 × (1 − p).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LatePaymentFactor(LatePaymentModel model) : ICreditFactor
{
    public string Name => "late-payment-probability";

    public CreditFactorResult Evaluate(in CreditFactorArguments arguments)
    {
        var profile = Guard.NotNull(arguments.Profile, "arguments.Profile");
        if (model.PredictCustomer(profile) is not { } p)
        {
            return CreditFactorResult.NotAvailable(Name, nameof(CreditProfile.PaymentRecords) + ", " + nameof(CreditProfile.OpenItems));
        }

        var score = Math.Clamp(100d * (1d - p), 0d, 100d);
        return CreditFactorResult.Available(Name, score, p, CreditReasonCodes.LatePaymentProbability.With(CurveFactor.Round(p, 2), CurveFactor.Round(score, 1)));
    }
}

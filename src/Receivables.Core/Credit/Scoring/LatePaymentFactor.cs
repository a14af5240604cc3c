using System.Globalization;
using Receivables.Credit.LatePayment;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>The late-payment probability of the customer's next invoice as a factor: sub-score 100 × (1 − p).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LatePaymentFactor(LatePaymentModel model) : ICreditFactor
{
    public string Name => "late-payment-probability";

    public CreditFactorResult Evaluate(CreditProfile profile)
    {
        Guard.NotNull(profile);
        if (model.PredictCustomer(profile) is not { } p)
        {
            return CreditFactorResult.NotAvailable(Name, "no invoices to learn the customer's behaviour from");
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"the next invoice has a {p:0%} chance of being paid late");
        return CreditFactorResult.Available(Name, Math.Clamp(100d * (1d - p), 0d, 100d), p, summary, [CurveFactor.BandReason("LATE-PROB", 100d * (1d - p), summary)]);
    }
}

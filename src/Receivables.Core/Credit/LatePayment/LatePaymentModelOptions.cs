namespace Receivables.Credit.LatePayment;

/// <summary>How <see cref="LatePaymentModel.Fit"/> fits the model.</summary>
/// <remarks>Read once by <see cref="LatePaymentModel.Fit"/>. Not thread-safe while being filled in.</remarks>
public sealed class LatePaymentModelOptions
{
    /// <summary>Gets or sets the seed of the training/hold-out split (the split hashes each invoice id with it, so it does
    /// not depend on input order or platform).</summary>
    /// <value>The default value is 2026.</value>
    public int Seed { get; set; } = 2026;

    /// <summary>Gets or sets the share of invoices held out to measure calibration, from 0.05 to 0.5.</summary>
    /// <value>The default value is 0.2.</value>
    public double HoldoutShare { get; set; } = 0.2;

    /// <summary>Gets or sets the ridge (L2) penalty on the standardised coefficients, which keeps the fit finite when the
    /// classes separate perfectly.</summary>
    /// <value>The default value is 1.0.</value>
    public double Ridge { get; set; } = 1.0;

    /// <summary>Gets or sets the maximum number of Newton (IRLS) iterations.</summary>
    /// <value>The default value is 50.</value>
    public int MaxIterations { get; set; } = 50;

    /// <summary>Gets or sets the fewest invoices with a known outcome needed to fit.</summary>
    /// <value>The default value is 50.</value>
    public int MinimumInvoices { get; set; } = 50;
}

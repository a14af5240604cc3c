namespace Receivables.Matching;

/// <summary>
/// The weights of the built-in evidence and how they combine. Confidence = 1 − Π(1 − wᵢ) over the reference, payer and
/// amount evidence of a proposal ("noisy or"): independent pieces of evidence each remove part of the doubt.
/// </summary>
internal static class Evidence
{
    public const double ReferenceExact = 0.85;
    public const double ReferenceTypo = 0.6;
    public const double ReferenceTruncated = 0.6;
    public const double PayerAccount = 0.75;
    public const double PayerName = 0.6;
    public const double ParentFactor = 0.8;
    public const double CustomerFromReference = 0.4;
    public const double AmountExact = 0.65;
    public const double AmountDiscount = 0.6;
    public const double AmountWriteOff = 0.45;
    public const double AmountPartial = 0.2;
    public const double AmountOverpaid = 0.2;
    public const double SubsetUnique = 0.5;
    public const double SubsetShared = 0.3;
    public const double Guess = 0.05;
    public const double PayerConflictFactor = 0.85;
    public const double OverpaymentFactor = 0.9;
    public const double OtherItemFitsFactor = 0.85;

    public static double Combine(double a, double b, double c) => 1d - ((1d - a) * (1d - b) * (1d - c));
}

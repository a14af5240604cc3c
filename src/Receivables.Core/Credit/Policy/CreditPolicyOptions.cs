using Receivables.Credit.Scoring;

namespace Receivables.Credit.Policy;

/// <summary>The configuration of a grade-based credit policy (<see cref="CreditPolicies.ByGrade"/>).</summary>
/// <remarks>Validated once when the policy is built, which copies it; later changes have no effect. Not thread-safe while
/// being filled in.</remarks>
public sealed class CreditPolicyOptions
{
    /// <summary>Gets or sets the grade scale whose grades the policy must cover.</summary>
    /// <value>The default value is <see cref="GradeScale.Default"/>.</value>
    public GradeScale Grades { get; set; } = GradeScale.Default;

    /// <summary>Gets the terms per grade; every grade of <see cref="Grades"/> needs exactly one entry.</summary>
    /// <value>The default value is empty.</value>
    public IList<GradeTerms> Terms { get; } = [];

    /// <summary>
    /// Gets or sets the conservative terms for new and unrated customers. A new customer gets these payment terms,
    /// deposit and review interval, and the lower of this limit and its grade's limit.
    /// </summary>
    /// <value>The default value is null, which is invalid: set it.</value>
    public GradeTerms? NewCustomer { get; set; }

    /// <summary>Gets or sets the tenure below which a customer is new (months since <see cref="CreditProfile.CustomerSince"/>).</summary>
    /// <value>The default value is 6.</value>
    public int NewCustomerMonths { get; set; } = 6;

    /// <summary>Gets or sets the number of payment records below which a customer is new, whatever its tenure.</summary>
    /// <value>The default value is 3.</value>
    public int NewCustomerMinimumPayments { get; set; } = 3;

    /// <summary>Gets or sets the fall of the payment-index sub-score since the previous assessment that brings the review forward.</summary>
    /// <value>The default value is 10 points.</value>
    public double PaymentIndexDropPoints { get; set; } = 10;
}

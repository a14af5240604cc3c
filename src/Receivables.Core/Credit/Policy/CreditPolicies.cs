using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Policy;

/// <summary>The built-in credit policies.</summary>
/// <remarks>The default is <see cref="Default"/>; policies compose (<see cref="RewardGoodPayers"/> wraps another).
/// This type is stateless and thread-safe; the policies it returns are immutable and thread-safe.</remarks>
public static class CreditPolicies
{
    /// <summary>The payment-terms text for cash in advance.</summary>
    public const string Prepayment = "PREPAYMENT";

    /// <summary>
    /// A policy that looks the grade up in a table of <see cref="GradeTerms"/>. New customers (tenure under
    /// <see cref="CreditPolicyOptions.NewCustomerMonths"/>, fewer than <see cref="CreditPolicyOptions.NewCustomerMinimumPayments"/>
    /// payments, or unrated) get the new-customer terms and the lower of the two limits. The next review is the grade's
    /// interval after the as-of date, or the as-of date itself when a trigger fires: the payment-index sub-score fell by
    /// <see cref="CreditPolicyOptions.PaymentIndexDropPoints"/> since the previous assessment, exposure exceeds the new
    /// limit, or a dispute was opened since the previous assessment.
    /// </summary>
    /// <param name="options">The options; copied.</param>
    /// <returns>The policy. Assessing a score whose grade has no terms throws <see cref="ArgumentException"/> naming <c>grade</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A grade of the scale has no terms or two, terms name an unknown grade, a
    /// deposit share is outside 0–1, a review interval is outside 1–36 months, payment terms are blank, or the
    /// new-customer terms are missing; every problem is listed.</exception>
    public static ICreditPolicy ByGrade(CreditPolicyOptions options)
    {
        Guard.NotNull(options);
        var errors = new List<string>();
        var terms = options.Terms.ToList();
        if (options.Grades is null)
        {
            errors.Add("Grades: a grade scale is required");
        }
        else
        {
            var scale = options.Grades.Grades.ToHashSet(StringComparer.Ordinal);
            errors.AddRange(options.Grades.Grades.Where(g => !terms.Any(t => t?.Grade == g)).Select(g => $"Terms: grade {g} has no terms"));
            errors.AddRange(options.Grades.Grades.Where(g => terms.Count(t => t?.Grade == g) > 1).Select(g => $"Terms: grade {g} has more than one entry"));
            errors.AddRange(terms.Where(t => t is not null && !scale.Contains(t.Grade)).Select(t => $"Terms: grade '{t.Grade}' is not on the grade scale"));
        }

        for (var i = 0; i < terms.Count; i++)
        {
            Check(terms[i], string.Create(CultureInfo.InvariantCulture, $"Terms[{i}]"), errors);
        }

        if (options.NewCustomer is null)
        {
            errors.Add("NewCustomer: conservative terms for new customers are required");
        }
        else
        {
            Check(options.NewCustomer, "NewCustomer", errors);
        }

        if (options.NewCustomerMonths < 0)
        {
            errors.Add("NewCustomerMonths must not be negative");
        }

        if (options.NewCustomerMinimumPayments < 0)
        {
            errors.Add("NewCustomerMinimumPayments must not be negative");
        }

        if (!(options.PaymentIndexDropPoints > 0d))
        {
            errors.Add("PaymentIndexDropPoints must be greater than 0");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid credit policy options: " + string.Join("; ", errors) + ".", nameof(options));
        }

        return new GradePolicy(terms, options.NewCustomer!, options.NewCustomerMonths, options.NewCustomerMinimumPayments, options.PaymentIndexDropPoints);
    }

    /// <summary>
    /// The default policy for the default grade scale, with limits scaled by <paramref name="baseLimit"/> (the limit of an
    /// AAA customer without statements or purchase history):
    /// <list type="table">
    /// <listheader><term>grade</term><description>limit (first available) · terms · deposit · review</description></listheader>
    /// <item><term>AAA</term><description>20% of equity, 3 × monthly purchases, 1 × base · NET 60 · 0 · 12 months</description></item>
    /// <item><term>AA</term><description>15%, 2.5 ×, 0.8 × base · NET 45 · 0 · 12 months</description></item>
    /// <item><term>A</term><description>10%, 2 ×, 0.6 × base · NET 30 · 0 · 12 months</description></item>
    /// <item><term>BBB</term><description>7.5%, 1.5 ×, 0.4 × base · NET 30 · 0 · 6 months</description></item>
    /// <item><term>BB</term><description>5%, 1 ×, 0.25 × base · NET 15 · 0 · 6 months</description></item>
    /// <item><term>B</term><description>2.5%, 0.5 ×, 0.1 × base · NET 15 · 20% · 6 months</description></item>
    /// <item><term>CCC</term><description>1%, 0.25 ×, 0.05 × base · NET 7 · 50% · 6 months</description></item>
    /// <item><term>CC, C</term><description>0 · PREPAYMENT · 100% · 6 months</description></item>
    /// <item><term>new customer</term><description>0.1 × base · NET 15 · 0 · 6 months</description></item>
    /// </list>
    /// New customers: under 6 months or fewer than 3 payments. Review brought forward when the payment index falls by 10 points.
    /// </summary>
    /// <param name="baseLimit">The base limit, greater than zero; its currency is the currency of every fixed limit.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseLimit"/> is not greater than zero.</exception>
    public static ICreditPolicy Default(Money baseLimit)
    {
        if (!baseLimit.IsPositive)
        {
            throw Guard.OutOfRange(nameof(baseLimit), baseLimit, "baseLimit must be greater than zero.");
        }

        var options = new CreditPolicyOptions
        {
            NewCustomer = new GradeTerms("NEW", CreditLimitRules.Fixed(Fixed(baseLimit, 0.1m)), "NET 15", 0m, 6),
        };
        Add("AAA", 0.20m, 3m, 1m, "NET 60", 0m, 12);
        Add("AA", 0.15m, 2.5m, 0.8m, "NET 45", 0m, 12);
        Add("A", 0.10m, 2m, 0.6m, "NET 30", 0m, 12);
        Add("BBB", 0.075m, 1.5m, 0.4m, "NET 30", 0m, 6);
        Add("BB", 0.05m, 1m, 0.25m, "NET 15", 0m, 6);
        Add("B", 0.025m, 0.5m, 0.1m, "NET 15", 0.2m, 6);
        Add("CCC", 0.01m, 0.25m, 0.05m, "NET 7", 0.5m, 6);
        options.Terms.Add(new GradeTerms("CC", CreditLimitRules.Fixed(Money.Zero(baseLimit.Currency)), Prepayment, 1m, 6));
        options.Terms.Add(new GradeTerms("C", CreditLimitRules.Fixed(Money.Zero(baseLimit.Currency)), Prepayment, 1m, 6));
        return ByGrade(options);

        void Add(string grade, decimal equityShare, decimal purchases, decimal baseShare, string paymentTerms, decimal deposit, int review)
            => options.Terms.Add(new GradeTerms(
                grade,
                CreditLimitRules.FirstAvailable(CreditLimitRules.ShareOfEquity(equityShare), CreditLimitRules.MultipleOfMonthlyPurchases(purchases), CreditLimitRules.Fixed(Fixed(baseLimit, baseShare))),
                paymentTerms,
                deposit,
                review));
    }

    /// <summary>
    /// Rewards long-standing good payers: wraps another policy and, for a customer who is not new, has been a customer
    /// for at least <see cref="GoodPayerOptions.Years"/> years and has paid nothing more than
    /// <see cref="GoodPayerOptions.ToleranceDays"/> beyond terms in the last <see cref="GoodPayerOptions.Years"/> years
    /// (an item still open beyond the tolerance counts too), adds <see cref="GoodPayerOptions.ExtraDays"/> to
    /// <c>NET n</c> terms and raises the limit by <see cref="GoodPayerOptions.LimitIncrease"/>
    /// (<see cref="CreditReasonCodes.PolicyReward"/>). A relapse withdraws the reward until the customer has again been
    /// clean for that many years (<see cref="CreditReasonCodes.PolicyRelapse"/>): the assessment is then the inner
    /// policy's, so a relapse never gives longer terms or a higher limit than a clean record.
    /// </summary>
    /// <param name="inner">The policy whose assessment is adjusted, such as <see cref="Default"/>.</param>
    /// <param name="options">The options; copied.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Years is not 1–50, tolerance or extra days are negative, or the limit
    /// increase is negative or above 10; every problem is listed.</exception>
    public static ICreditPolicy RewardGoodPayers(ICreditPolicy inner, GoodPayerOptions options)
    {
        Guard.NotNull(inner);
        Guard.NotNull(options);
        var errors = new List<string>();
        if (options.Years < 1 || options.Years > 50)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"Years ({options.Years}) must be between 1 and 50"));
        }

        if (options.ToleranceDays < 0)
        {
            errors.Add("ToleranceDays must not be negative");
        }

        if (options.ExtraDays < 0)
        {
            errors.Add("ExtraDays must not be negative");
        }

        if (options.LimitIncrease < 0m || options.LimitIncrease > 10m)
        {
            errors.Add("LimitIncrease must be between 0 and 10");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid good-payer options: " + string.Join("; ", errors) + ".", nameof(options));
        }

        return new RewardPolicy(inner, options.Years, options.ToleranceDays, options.ExtraDays, options.LimitIncrease);
    }

    private static Money Fixed(Money baseLimit, decimal share) => new(Math.Floor(baseLimit.Amount * share), baseLimit.Currency);

    private static void Check(GradeTerms? terms, string name, List<string> errors)
    {
        if (terms is null)
        {
            errors.Add($"{name}: null");
            return;
        }

        if (terms.Limit is null)
        {
            errors.Add($"{name}.Limit is required");
        }

        if (string.IsNullOrWhiteSpace(terms.PaymentTerms))
        {
            errors.Add($"{name}.PaymentTerms is required");
        }

        if (terms.DepositShare < 0m || terms.DepositShare > 1m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name}.DepositShare ({terms.DepositShare}) must be between 0 and 1"));
        }

        if (terms.ReviewMonths < 1 || terms.ReviewMonths > 36)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name}.ReviewMonths ({terms.ReviewMonths}) must be between 1 and 36"));
        }
    }
}

using FluentValidation;
using Receivables.Credit;
using Receivables.Credit.Checks;

namespace Receivables.FluentValidation;

/// <summary>Validates a <see cref="FinancialStatementsInput"/> with Core's own checks on each figure (each figure is
/// set alone on a <see cref="FinancialStatements"/>, so Core's rule decides), reporting every refused figure at once
/// under its property name.</summary>
/// <remarks>An input that passes is accepted by <see cref="FinancialStatementsInput.ToStatements"/>. Thread-safe once
/// constructed.</remarks>
public sealed class FinancialStatementsInputValidator : AbstractValidator<FinancialStatementsInput>
{
    /// <summary>Creates the validator.</summary>
    public FinancialStatementsInputValidator()
    {
        Figure(x => x.CurrentAssets, v => new FinancialStatements { CurrentAssets = v });
        Figure(x => x.Inventory, v => new FinancialStatements { Inventory = v });
        Figure(x => x.CurrentLiabilities, v => new FinancialStatements { CurrentLiabilities = v });
        Figure(x => x.TotalAssets, v => new FinancialStatements { TotalAssets = v });
        Figure(x => x.TotalLiabilities, v => new FinancialStatements { TotalLiabilities = v });
        Figure(x => x.MarketEquity, v => new FinancialStatements { MarketEquity = v });
        Figure(x => x.Sales, v => new FinancialStatements { Sales = v });
    }

    private void Figure(System.Linq.Expressions.Expression<Func<FinancialStatementsInput, decimal?>> property, Func<decimal?, FinancialStatements> probe)
        => RuleFor(property)
            .Must(v => CoreChecks.Refusal(() => probe(v)) is null)
            .WithMessage((_, v) => CoreChecks.Refusal(() => probe(v)) ?? string.Empty);
}

/// <summary>Validates an <see cref="ExternalScoreInput"/> with Core's checks: a source, a scale whose ends differ, and a
/// value on the scale (every error at once, by property).</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class ExternalScoreInputValidator : AbstractValidator<ExternalScoreInput>
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["source"] = nameof(ExternalScoreInput.Source),
        ["value"] = nameof(ExternalScoreInput.Value),
        ["worst"] = nameof(ExternalScoreInput.Worst),
        ["best"] = nameof(ExternalScoreInput.Best),
    };

    /// <summary>Creates the validator.</summary>
    public ExternalScoreInputValidator()
    {
        RuleFor(x => x.Source)
            .Must(s => CoreChecks.Refusal(() => new ExternalScore(s!, 0m, 0m, 1m)) is null)
            .WithMessage("The source of the score is required.");
        RuleFor(x => x)
            .Custom((x, context) => CoreChecks.Build(context, () => _ = new ExternalScore("source", x.Value, x.Worst, x.Best, x.AsOf), Properties));
    }
}

/// <summary>Validates a <see cref="CreditProfileInput"/> with Core's own checks, reporting every error at once under its
/// property name: <c>Customer</c>, <c>AsOf</c>, <c>Currency</c>, <c>IndustryRiskClass</c>, <c>AnnualRevenue</c>,
/// <c>Headcount</c>, <c>OpenOrders</c>, <c>CreditLimit</c>, and nested ones such as <c>Statements.TotalAssets</c>,
/// <c>IndustryRating.Value</c> or <c>ExternalScores[1].Best</c>.</summary>
/// <remarks>
/// <para>Amounts are checked as Core checks them where it uses them: the scale's revenue and headcount by
/// <see cref="BusinessScale"/>, open orders and the limit by <see cref="CreditExposure.FromProfile"/> (which an order
/// check builds), the currency by <see cref="Currency"/>. An input that passes is accepted by
/// <see cref="CreditProfileInput.ToProfile"/> and by the exposure an order check builds from it.</para>
/// <para>Thread-safe once constructed.</para>
/// </remarks>
public sealed class CreditProfileInputValidator : AbstractValidator<CreditProfileInput>
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["customer"] = nameof(CreditProfileInput.Customer),
        ["asOf"] = nameof(CreditProfileInput.AsOf),
        ["code"] = nameof(CreditProfileInput.Currency),
        [nameof(CreditProfile.IndustryRiskClass)] = nameof(CreditProfileInput.IndustryRiskClass),
        ["annualRevenue"] = nameof(CreditProfileInput.AnnualRevenue),
        ["headcount"] = nameof(CreditProfileInput.Headcount),
        ["openOrders"] = nameof(CreditProfileInput.OpenOrders),
        ["limit"] = nameof(CreditProfileInput.CreditLimit),
    };

    /// <summary>Creates the validator.</summary>
    public CreditProfileInputValidator()
    {
        RuleFor(x => x.Customer).Must(CoreChecks.IsId).WithMessage("A customer id is required.");
        RuleFor(x => x.AsOf).NotNull().WithMessage("The as-of date is required.");
        RuleFor(x => x.Currency).Must(CoreChecks.IsCurrency).WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.IndustryRiskClass)
            .Must(v => CoreChecks.Refusal(() => Probe(Currency.EUR) with { IndustryRiskClass = v }) is null)
            .WithMessage((_, v) => CoreChecks.Refusal(() => Probe(Currency.EUR) with { IndustryRiskClass = v }) ?? string.Empty);
        RuleFor(x => x.Headcount)
            .Must(v => CoreChecks.Refusal(() => new BusinessScale(null, v)) is null)
            .WithMessage((_, v) => CoreChecks.Refusal(() => new BusinessScale(null, v)) ?? string.Empty);
        Amount(x => x.AnnualRevenue, Revenue);
        Amount(x => x.OpenOrders, Orders);
        Amount(x => x.CreditLimit, Limit);
        RuleFor(x => x.IndustryRating!).SetValidator(new ExternalScoreInputValidator()).When(x => x.IndustryRating is not null);
        RuleForEach(x => x.ExternalScores).SetValidator(new ExternalScoreInputValidator());
        RuleFor(x => x.Statements!).SetValidator(new FinancialStatementsInputValidator()).When(x => x.Statements is not null);
        RuleFor(x => x)
            .Custom((x, context) => CoreChecks.Build(context, () => Exposure(x.ToProfile()), Properties))
            .When(FieldsValid);
    }

    private static readonly Func<Money, Currency, object> Revenue = (m, _) => new BusinessScale(m);

    private static readonly Func<Money, Currency, object> Orders = (m, c) => CreditExposure.FromProfile(Probe(c) with { OpenOrders = m }, Money.Zero(c));

    private static readonly Func<Money, Currency, object> Limit = (m, c) => CreditExposure.FromProfile(Probe(c), m);

    private static readonly ExternalScoreInputValidator Scores = new();

    private static readonly FinancialStatementsInputValidator StatementsValidator = new();

    /// <summary>Whether every field rule passed, so the last rule only reports what they cannot see.</summary>
    private static bool FieldsValid(CreditProfileInput x)
        => CoreChecks.IsId(x.Customer) && x.AsOf is not null && CoreChecks.IsCurrency(x.Currency)
            && CoreChecks.Refusal(() => Probe(Currency.EUR) with { IndustryRiskClass = x.IndustryRiskClass }) is null
            && CoreChecks.Refusal(() => new BusinessScale(null, x.Headcount)) is null
            && Refusal(x, x.AnnualRevenue, Revenue) is null && Refusal(x, x.OpenOrders, Orders) is null && Refusal(x, x.CreditLimit, Limit) is null
            && (x.IndustryRating is null || Scores.Validate(x.IndustryRating).IsValid)
            && x.ExternalScores.All(s => s is not null && Scores.Validate(s).IsValid)
            && (x.Statements is null || StatementsValidator.Validate(x.Statements).IsValid);

    private void Amount(System.Linq.Expressions.Expression<Func<CreditProfileInput, decimal?>> property, Func<Money, Currency, object> probe)
    {
        RuleFor(property)
            .Must((x, v) => Refusal(x, v, probe) is null)
            .WithMessage((x, v) => Refusal(x, v, probe) ?? string.Empty)
            .When(x => CoreChecks.IsCurrency(x.Currency));
    }

    private static string? Refusal(CreditProfileInput x, decimal? value, Func<Money, Currency, object> probe)
    {
        if (value is not { } v || !Currency.TryFromCode(x.Currency, out var currency))
        {
            return null;
        }

        return CoreChecks.Refusal(() => probe(new Money(v, currency), currency));
    }

    /// <summary>A profile with only what Core requires, to try one value on.</summary>
    private static CreditProfile Probe(Currency currency) => new() { Customer = new CustomerId("probe"), AsOf = new DateOnly(2000, 1, 1), Currency = currency };

    /// <summary>The exposure an order check builds from the profile (refusing negative open orders or limit).</summary>
    private static void Exposure(CreditProfile profile) => _ = CreditExposure.FromProfile(profile, profile.CreditLimit ?? Money.Zero(profile.Currency));
}

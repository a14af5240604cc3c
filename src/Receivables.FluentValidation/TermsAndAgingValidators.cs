using FluentValidation;
using Receivables.Aging;
using Receivables.Terms;

namespace Receivables.FluentValidation;

/// <summary>Validates a payment term typed in the compact notation (<c>2/10 NET 30</c>, <c>30% DEPOSIT, 70% NET 60</c>)
/// with Core's parser; the message gives the position of the error.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class PaymentTermNotationValidator : AbstractValidator<string>
{
    /// <summary>Creates the validator.</summary>
    public PaymentTermNotationValidator()
    {
        RuleFor(x => x)
            .Custom((text, context) =>
            {
                if (!TermNotation.TryParse(text, out _, out var error))
                {
                    context.AddFailure(string.Empty, error?.Message ?? "Not a payment term.");
                }
            });
    }
}

/// <summary>What a settings page collects for an aging scheme.</summary>
/// <remarks>A plain mutable input model; validate with <see cref="AgingSchemeInputValidator"/>. Not thread-safe.</remarks>
public sealed class AgingSchemeInput
{
    /// <summary>Gets or sets the bucket bounds in days, ascending.</summary>
    public IList<int> Bounds { get; set; } = [];

    /// <summary>Gets or sets what is counted. The default value is <see cref="AgingBasis.DaysPastDue"/>.</summary>
    public AgingBasis Basis { get; set; } = AgingBasis.DaysPastDue;

    /// <summary>Gets or sets the not-yet-due splits, or <see langword="null"/>.</summary>
    public IList<int>? NotYetDueSplits { get; set; }

    /// <summary>Gets or sets the labels, or <see langword="null"/> for generated ones.</summary>
    public IList<string>? Labels { get; set; }

    /// <summary>Builds the Core scheme.</summary>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">Core refused the scheme.</exception>
    public AgingScheme ToScheme() => AgingScheme.Create([.. Bounds], Basis, NotYetDueSplits is null ? null : [.. NotYetDueSplits], Labels is null ? null : [.. Labels]);
}

/// <summary>Validates an <see cref="AgingSchemeInput"/> by building it with Core.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class AgingSchemeInputValidator : AbstractValidator<AgingSchemeInput>
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["bounds"] = nameof(AgingSchemeInput.Bounds),
        ["basis"] = nameof(AgingSchemeInput.Basis),
        ["notYetDueSplits"] = nameof(AgingSchemeInput.NotYetDueSplits),
        ["labels"] = nameof(AgingSchemeInput.Labels),
    };

    /// <summary>Creates the validator.</summary>
    public AgingSchemeInputValidator()
    {
        RuleFor(x => x.Bounds).NotNull();
        RuleFor(x => x.Basis).IsInEnum();
        RuleFor(x => x).Custom((x, context) => CoreChecks.Build(context, () => x.ToScheme(), Properties)).When(x => x.Bounds is not null);
    }
}

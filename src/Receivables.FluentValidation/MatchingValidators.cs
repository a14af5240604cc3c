using FluentValidation;
using Receivables.Matching;

namespace Receivables.FluentValidation;

/// <summary>What an import of a bank statement line collects.</summary>
/// <remarks>A plain mutable input model; validate with <see cref="StatementLineInputValidator"/>. Not thread-safe.</remarks>
public sealed class StatementLineInput
{
    /// <summary>Gets or sets the line id (unique in the statement).</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the booking date.</summary>
    public DateOnly? BookingDate { get; set; }

    /// <summary>Gets or sets the value date; the default is the booking date.</summary>
    public DateOnly? ValueDate { get; set; }

    /// <summary>Gets or sets the signed amount (positive for money received).</summary>
    public decimal Amount { get; set; }

    /// <summary>Gets or sets the ISO 4217 currency code.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the payer's name.</summary>
    public string? PayerName { get; set; }

    /// <summary>Gets or sets the payer's account (IBAN or account number).</summary>
    public string? PayerAccount { get; set; }

    /// <summary>Gets or sets the remittance text.</summary>
    public string? RemittanceText { get; set; }

    /// <summary>Builds the Core line.</summary>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException">Core refused a value.</exception>
    public StatementLine ToLine()
    {
        var booking = BookingDate ?? throw new ArgumentException("The booking date is required.", "bookingDate");
        return new StatementLine(Id!, booking, ValueDate ?? booking, Money.Of(Amount, Currency!), PayerName, PayerAccount, RemittanceText);
    }
}

/// <summary>Validates a <see cref="StatementLineInput"/> (every error at once, by property).</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class StatementLineInputValidator : AbstractValidator<StatementLineInput>
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["id"] = nameof(StatementLineInput.Id),
        ["bookingDate"] = nameof(StatementLineInput.BookingDate),
        ["valueDate"] = nameof(StatementLineInput.ValueDate),
        ["amount"] = nameof(StatementLineInput.Amount),
        ["payerName"] = nameof(StatementLineInput.PayerName),
        ["payerAccount"] = nameof(StatementLineInput.PayerAccount),
        ["remittanceText"] = nameof(StatementLineInput.RemittanceText),
    };

    /// <summary>Creates the validator.</summary>
    public StatementLineInputValidator()
    {
        RuleFor(x => x.Id).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("A line id is required.");
        RuleFor(x => x.BookingDate).NotNull().WithMessage("The booking date is required.");
        RuleFor(x => x.Currency).Must(CoreChecks.IsCurrency).WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.Amount).Must((x, amount) => CoreChecks.IsInMinorUnits(amount, x.Currency)).WithMessage(x => CoreChecks.MinorUnitsMessage(x.Currency));
        RuleFor(x => x)
            .Custom((x, context) => CoreChecks.Build(context, () => x.ToLine(), Properties))
            .When(x => !string.IsNullOrWhiteSpace(x.Id) && x.BookingDate is not null && CoreChecks.IsCurrency(x.Currency) && CoreChecks.IsInMinorUnits(x.Amount, x.Currency));
    }
}

/// <summary>Validates <see cref="MatchingOptions"/> as the engine does when it is created, reporting each refused
/// option under its property name.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class MatchingOptionsValidator : AbstractValidator<MatchingOptions>
{
    /// <summary>Creates the validator.</summary>
    public MatchingOptionsValidator()
    {
        RuleFor(x => x).Custom((options, context) =>
        {
            try
            {
                MatchingEngine.Create(options);
            }
            catch (ArgumentException e)
            {
                // Core reports every refused option in one message, each sentence starting with the option's name.
                var message = e.Message.Split(" (Parameter '", 2)[0];
                var colon = message.IndexOf(": ", StringComparison.Ordinal);
                var body = colon >= 0 ? message[(colon + 2)..] : message;
                foreach (var sentence in System.Text.RegularExpressions.Regex.Split(body, @"(?<=\.) (?=[A-Z][A-Za-z]+ )", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    var space = sentence.IndexOf(' ', StringComparison.Ordinal);
                    context.AddFailure(space > 0 ? sentence[..space] : string.Empty, sentence);
                }
            }
        });
    }
}

using FluentValidation;
using Receivables.Ledger;

namespace Receivables.FluentValidation;

/// <summary>Validates a <see cref="DocumentInput"/> with Receivables.Core's own checks, reporting every error at once
/// under its property name (<c>Id</c>, <c>Customer</c>, <c>Currency</c>, <c>Amount</c>, <c>DocumentDate</c>,
/// <c>DueDate</c>, <c>Kind</c>).</summary>
/// <remarks>An input that passes is accepted by <see cref="DocumentInput.ToDocument"/>. Thread-safe once constructed
/// (FluentValidation validators are meant to be reused).</remarks>
public sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
{
    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["id"] = nameof(DocumentInput.Id),
        ["customer"] = nameof(DocumentInput.Customer),
        ["amount"] = nameof(DocumentInput.Amount),
        ["signedAmount"] = nameof(DocumentInput.Amount),
        ["currencyCode"] = nameof(DocumentInput.Currency),
        ["code"] = nameof(DocumentInput.Currency),
        ["documentDate"] = nameof(DocumentInput.DocumentDate),
        ["dueDate"] = nameof(DocumentInput.DueDate),
        ["kind"] = nameof(DocumentInput.Kind),
        ["tags"] = "Tags",
    };

    /// <summary>Creates the validator.</summary>
    public DocumentInputValidator()
    {
        RuleFor(x => x.Id).Must(CoreChecks.IsId).WithMessage("A document number is required.");
        RuleFor(x => x.Customer).Must(CoreChecks.IsId).WithMessage("A customer id is required.");
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Currency).Must(CoreChecks.IsCurrency).WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.Amount).Must((x, amount) => CoreChecks.IsInMinorUnits(amount, x.Currency)).WithMessage(x => CoreChecks.MinorUnitsMessage(x.Currency));
        RuleFor(x => x.Amount)
            .Must((x, amount) => CoreChecks.AmountError(x.Kind, amount, x.Currency) is null)
            .WithMessage(x => CoreChecks.AmountError(x.Kind, x.Amount, x.Currency) ?? string.Empty)
            .When(x => CoreChecks.IsInMinorUnits(x.Amount, x.Currency));
        RuleFor(x => x.DocumentDate).NotNull().WithMessage("The document date is required.");
        RuleFor(x => x.DueDate).NotNull().When(x => x.Kind is DocumentKind.Invoice or DocumentKind.DebitNote).WithMessage("The due date is required.");
        RuleFor(x => x)
            .Custom((x, context) => CoreChecks.Build(context, () => x.ToDocument(), Properties))
            .When(FieldsValid);
    }

    private static bool FieldsValid(DocumentInput x)
        => CoreChecks.IsId(x.Id) && CoreChecks.IsId(x.Customer) && CoreChecks.IsCurrency(x.Currency) && CoreChecks.IsInMinorUnits(x.Amount, x.Currency)
            && CoreChecks.AmountError(x.Kind, x.Amount, x.Currency) is null
            && x.DocumentDate is not null && Enum.IsDefined(x.Kind) && (x.DueDate is not null || x.Kind is not (DocumentKind.Invoice or DocumentKind.DebitNote));
}

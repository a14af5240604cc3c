using System.Globalization;
using FluentValidation;
using Receivables.Ledger;

namespace Receivables.FluentValidation;

/// <summary>What a form collects to apply part of a payment to one item.</summary>
/// <remarks>A plain mutable input model; validate with <see cref="AllocationInputValidator"/>. Not thread-safe.</remarks>
public sealed class AllocationInput
{
    /// <summary>Gets or sets the item's document number.</summary>
    public string? Item { get; set; }

    /// <summary>Gets or sets the amount, positive.</summary>
    public decimal Amount { get; set; }

    /// <summary>Gets or sets the ISO 4217 currency code.</summary>
    public string? Currency { get; set; }

    /// <summary>Builds the Core allocation.</summary>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentException">A value is refused by Core.</exception>
    public Allocation ToAllocation() => new(new DocumentId(Item!), Money.Of(Amount, Currency!));
}

/// <summary>Validates an <see cref="AllocationInput"/> (every error at once, by property).</summary>
/// <remarks>Whether the amount fits what is open is the ledger's check when the allocation is applied (it refuses the
/// whole application, naming <c>allocations[i].Amount</c>). Thread-safe once constructed.</remarks>
public sealed class AllocationInputValidator : AbstractValidator<AllocationInput>
{
    /// <summary>Creates the validator.</summary>
    public AllocationInputValidator()
    {
        RuleFor(x => x.Item).Must(CoreChecks.IsId).WithMessage("The item's document number is required.");
        RuleFor(x => x.Currency).Must(CoreChecks.IsCurrency).WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.Amount).Must((x, amount) => CoreChecks.IsInMinorUnits(amount, x.Currency)).WithMessage(x => CoreChecks.MinorUnitsMessage(x.Currency));
        RuleFor(x => x.Amount)
            .Must((x, amount) => CoreChecks.AmountError(DocumentKind.Invoice, amount, x.Currency) is null)
            .WithMessage("An allocation amount must be greater than zero.");
    }
}

/// <summary>What a collector records when a customer promises to pay (承诺付款).</summary>
/// <remarks>A plain mutable input model; validate with <see cref="PromiseInputValidator"/>. Not thread-safe.</remarks>
public sealed class PromiseInput
{
    /// <summary>Gets or sets the item's document number.</summary>
    public string? Item { get; set; }

    /// <summary>Gets or sets the date the promise was made.</summary>
    public DateOnly? RecordedOn { get; set; }

    /// <summary>Gets or sets the date payment is promised for (on or after <see cref="RecordedOn"/>).</summary>
    public DateOnly? PromisedDate { get; set; }

    /// <summary>Gets or sets the promised amount, positive.</summary>
    public decimal Amount { get; set; }

    /// <summary>Gets or sets the ISO 4217 currency code.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets a note.</summary>
    public string? Note { get; set; }

    /// <summary>Records the promise in an account (Core checks everything again, including that the amount is at most
    /// what is open, and refuses atomically).</summary>
    /// <param name="account">The account.</param>
    /// <returns>The account with the promise.</returns>
    /// <exception cref="LedgerException">The ledger refused the promise; <see cref="LedgerException.Field"/> names why.</exception>
    /// <exception cref="ArgumentException">A value is refused by Core.</exception>
    public CustomerAccount RecordIn(CustomerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.RecordPromise(new DocumentId(Item!), RecordedOn!.Value, PromisedDate!.Value, Money.Of(Amount, Currency!), Note);
    }
}

/// <summary>Validates a <see cref="PromiseInput"/> (every error at once, by property).</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class PromiseInputValidator : AbstractValidator<PromiseInput>
{
    /// <summary>Creates the validator.</summary>
    public PromiseInputValidator()
    {
        RuleFor(x => x.Item).Must(CoreChecks.IsId).WithMessage("The item's document number is required.");
        RuleFor(x => x.RecordedOn).NotNull().WithMessage("The date of the promise is required.");
        RuleFor(x => x.PromisedDate).NotNull().WithMessage("The promised date is required.");
        RuleFor(x => x.PromisedDate)
            .Must((x, promised) => promised >= x.RecordedOn)
            .When(x => x.RecordedOn is not null && x.PromisedDate is not null)
            .WithMessage(x => string.Create(CultureInfo.InvariantCulture, $"The promised date {x.PromisedDate:yyyy-MM-dd} is before the date of the promise {x.RecordedOn:yyyy-MM-dd}."));
        RuleFor(x => x.Currency).Must(CoreChecks.IsCurrency).WithMessage(x => $"'{x.Currency}' is not an ISO 4217 currency code.");
        RuleFor(x => x.Amount).Must((x, amount) => CoreChecks.IsInMinorUnits(amount, x.Currency)).WithMessage(x => CoreChecks.MinorUnitsMessage(x.Currency));
        RuleFor(x => x.Amount)
            .Must((x, amount) => CoreChecks.AmountError(DocumentKind.Invoice, amount, x.Currency) is null)
            .WithMessage("The promised amount must be greater than zero.");
    }
}

/// <summary>What a collector records when a customer disputes an item (有争议).</summary>
/// <remarks>A plain mutable input model; validate with <see cref="DisputeInputValidator"/>. Not thread-safe.</remarks>
public sealed class DisputeInput
{
    /// <summary>Gets or sets the item's document number.</summary>
    public string? Item { get; set; }

    /// <summary>Gets or sets the date the dispute was opened.</summary>
    public DateOnly? OpenedOn { get; set; }

    /// <summary>Gets or sets what is disputed (required).</summary>
    public string? Note { get; set; }
}

/// <summary>Validates a <see cref="DisputeInput"/> (every error at once, by property).</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class DisputeInputValidator : AbstractValidator<DisputeInput>
{
    /// <summary>Creates the validator.</summary>
    public DisputeInputValidator()
    {
        RuleFor(x => x.Item).Must(CoreChecks.IsId).WithMessage("The item's document number is required.");
        RuleFor(x => x.OpenedOn).NotNull().WithMessage("The date of the dispute is required.");
        RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Say what is disputed.");
    }
}

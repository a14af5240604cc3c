using System.Globalization;
using FluentValidation;
using Receivables.Reminders;

namespace Receivables.FluentValidation;

/// <summary>Validates <see cref="ReminderPolicyOptions"/> (a reminder policy as a settings page collects it) with
/// <see cref="ReminderPolicy.Create"/> itself, reporting each of Core's errors under the field it names:
/// <c>Name</c>, <c>PromiseGraceDays</c>, <c>Levels</c>, <c>Levels[1].Days</c>, <c>Levels[0].Fee.Percent</c>,
/// <c>Levels[2].MinimumOverdue[XXX]</c>, <c>Levels[0].Fee.Tiers[1]</c> and so on.</summary>
/// <remarks>Options that pass build a policy. Thread-safe once constructed.</remarks>
public sealed class ReminderPolicyOptionsValidator : AbstractValidator<ReminderPolicyOptions>
{
    /// <summary>Creates the validator.</summary>
    public ReminderPolicyOptionsValidator()
    {
        RuleFor(x => x).Custom((options, context) => CoreChecks.ReportOptionErrors(context, () => ReminderPolicy.Create(options)));
    }
}

/// <summary>Validates one <see cref="ReminderLevelOptions"/> (a level being edited on its own) by building a policy of
/// that one level with Core, reporting each error under the level's own field: <c>GraceDays</c>, <c>MaxCount</c>,
/// <c>Channels[0]</c>, <c>Fee.Cap[EUR]</c> and so on.</summary>
/// <remarks>The order of levels is a rule of the whole policy; validate it with
/// <see cref="ReminderPolicyOptionsValidator"/>. Thread-safe once constructed.</remarks>
public sealed class ReminderLevelOptionsValidator : AbstractValidator<ReminderLevelOptions>
{
    /// <summary>Creates the validator.</summary>
    public ReminderLevelOptionsValidator()
    {
        RuleFor(x => x).Custom((level, context) => CoreChecks.ReportOptionErrors(
            context,
            () => ReminderPolicy.Create(new ReminderPolicyOptions { Levels = { level } }),
            "Levels[0]."));
    }
}

/// <summary>Validates <see cref="ReminderFeeOptions"/> (a level's fee: fixed per currency, percent, tiers, cap) with
/// Core, reporting each error under the fee's own field: <c>Percent</c>, <c>Fixed[JPY]</c>, <c>Tiers[1]</c>,
/// <c>Tiers[0].Currency</c>, <c>Cap[EUR]</c>.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class ReminderFeeOptionsValidator : AbstractValidator<ReminderFeeOptions>
{
    /// <summary>Creates the validator.</summary>
    public ReminderFeeOptionsValidator()
    {
        RuleFor(x => x).Custom((fee, context) => CoreChecks.ReportOptionErrors(
            context,
            () => ReminderPolicy.Create(new ReminderPolicyOptions { Levels = { new ReminderLevelOptions { Fee = fee } } }),
            "Levels[0].Fee."));
    }
}

/// <summary>Validates a <see cref="ReminderCustomer"/> (what the host keeps about a customer for reminders) with
/// <see cref="ReminderCustomers.Create"/>, reporting each error under its field: <c>Id</c>, <c>Preferences.Channel</c>,
/// <c>Preferences.Language</c>, <c>Preferences.DoNotContact</c>, <c>LatePaymentProbability</c>,
/// <c>PaymentIndex</c>.</summary>
/// <remarks>Whether an id is listed twice is a rule of the whole directory, checked by
/// <see cref="ReminderCustomers.Create"/>. Thread-safe once constructed.</remarks>
public sealed class ReminderCustomerValidator : AbstractValidator<ReminderCustomer>
{
    /// <summary>Creates the validator.</summary>
    public ReminderCustomerValidator()
    {
        RuleFor(x => x.Id).Must(id => !id.IsDefault).WithMessage("A customer id is required.");
        RuleFor(x => x)
            .Custom((customer, context) => CoreChecks.ReportOptionErrors(context, () => ReminderCustomers.Create([customer]), string.Create(CultureInfo.InvariantCulture, $"customers[{customer.Id}].")))
            .When(x => !x.Id.IsDefault);
    }
}

/// <summary>Validates a customer's <see cref="ReminderPreferences"/> (channel, language, do-not-contact periods) with
/// Core's directory check, reporting each error under its field: <c>Channel</c>, <c>Language</c>,
/// <c>DoNotContact</c>.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class ReminderPreferencesValidator : AbstractValidator<ReminderPreferences>
{
    /// <summary>Creates the validator.</summary>
    public ReminderPreferencesValidator()
    {
        RuleFor(x => x).Custom((preferences, context) => CoreChecks.ReportOptionErrors(
            context,
            () => ReminderCustomers.Create([new ReminderCustomer(new CustomerId("probe")) { Preferences = preferences }]),
            "customers[probe].Preferences."));
    }
}

/// <summary>Validates <see cref="ReminderPlannerOptions"/> with <see cref="ReminderPlanner.Create"/>, reporting each
/// error under its field: <c>ActionPolicy</c>, <c>Calendar</c>, <c>MaxContacts</c>, <c>ContactWindowDays</c>.</summary>
/// <remarks>Thread-safe once constructed.</remarks>
public sealed class ReminderPlannerOptionsValidator : AbstractValidator<ReminderPlannerOptions>
{
    /// <summary>Creates the validator.</summary>
    public ReminderPlannerOptionsValidator()
    {
        RuleFor(x => x).Custom((options, context) => CoreChecks.ReportOptionErrors(context, () => ReminderPlanner.Create(options)));
    }
}

/// <summary>Validates <see cref="WorklistOptions"/> with <see cref="CollectorWorklist.Build"/> on an empty plan,
/// reporting each error under its field: <c>Scorer</c>, <c>Currency</c>, <c>Rates[XXX]</c>.</summary>
/// <remarks>Whether every currency of a plan has a rate depends on the plan; <see cref="CollectorWorklist.Build"/>
/// checks it. Thread-safe once constructed.</remarks>
public sealed class WorklistOptionsValidator : AbstractValidator<WorklistOptions>
{
    private static readonly ReminderPlan EmptyPlan = new(new DateOnly(2000, 1, 1), []);

    /// <summary>Creates the validator.</summary>
    public WorklistOptionsValidator()
    {
        RuleFor(x => x).Custom((options, context) => CoreChecks.ReportOptionErrors(context, () => CollectorWorklist.Build(EmptyPlan, options)));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Receivables.Calendars;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Matching;
using Receivables.Reminders;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>Configures what <c>AddReceivables</c> registers: options, named calendars and custom policies.</summary>
/// <remarks>Used only inside the configure callback of <c>AddReceivables</c>; not thread-safe.</remarks>
public sealed class ReceivablesBuilder
{
    internal ReceivablesBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Binds <see cref="ReceivablesOptions"/> from a configuration section of the host's
    /// <c>IConfiguration</c>.</summary>
    /// <param name="sectionPath">The section path. The default value is <c>Receivables</c>.</param>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder BindConfiguration(string sectionPath = ReceivablesOptions.SectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        Services.AddOptions<ReceivablesOptions>().BindConfiguration(sectionPath);
        Services.Configure<ReceivablesSectionName>(s => s.Path = sectionPath);
        return this;
    }

    /// <summary>Changes the options in code (after configuration is bound).</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder Configure(Action<ReceivablesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Adds a named business calendar (replacing a built-in or file calendar of the same name).</summary>
    /// <param name="name">The name.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder AddCalendar(string name, IBusinessCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(calendar);
        Services.AddSingleton(new NamedCalendar(name, _ => calendar));
        return this;
    }

    /// <summary>Adds a named business calendar of a host's own type, created by the container.</summary>
    /// <typeparam name="TCalendar">The calendar type.</typeparam>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder AddCalendar<TCalendar>(string name)
        where TCalendar : class, IBusinessCalendar
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.TryAddSingleton<TCalendar>();
        Services.AddSingleton(new NamedCalendar(name, sp => sp.GetRequiredService<TCalendar>()));
        return this;
    }

    /// <summary>Adds a custom match rule, created by the container, after the built-in rules.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder AddMatchRule<TRule>()
        where TRule : class, IMatchRule
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMatchRule, TRule>());
        return this;
    }

    /// <summary>Adds a custom credit factor, created by the container, to the scorecard with a weight (the weights are
    /// normalised with the others).</summary>
    /// <typeparam name="TFactor">The factor type.</typeparam>
    /// <param name="weight">The weight, greater than zero.</param>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder AddCreditFactor<TFactor>(double weight)
        where TFactor : class, ICreditFactor
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        Services.TryAddSingleton<TFactor>();
        Services.AddSingleton(new WeightedFactorRegistration(sp => sp.GetRequiredService<TFactor>(), weight));
        return this;
    }

    /// <summary>Adds a reminder policy built in code to the <see cref="ReminderPolicyCatalog"/>, under its name
    /// (replacing a configured policy of the same name).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ReceivablesBuilder AddReminderPolicy(ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Services.AddSingleton(new NamedReminderPolicy(policy));
        return this;
    }

    /// <summary>Uses a custom reminder action policy, created by the container, in the <see cref="ReminderPlanner"/>
    /// (instead of <c>Receivables:Reminders:ActionPolicy</c>).</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder UseReminderActionPolicy<TPolicy>()
        where TPolicy : class, IReminderActionPolicy
    {
        Services.Replace(ServiceDescriptor.Singleton<IReminderActionPolicy, TPolicy>());
        return this;
    }

    /// <summary>Uses a custom worklist score policy, created by the container, in <see cref="CollectorWorklists"/>
    /// (instead of <see cref="WorklistScorePolicies.ExpectedBenefit"/>).</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder UseWorklistScorePolicy<TPolicy>()
        where TPolicy : class, IWorklistScorePolicy
    {
        Services.Replace(ServiceDescriptor.Singleton<IWorklistScorePolicy, TPolicy>());
        return this;
    }

    /// <summary>Uses a custom reminder message policy, created by the container, as the registered
    /// <see cref="IReminderMessagePolicy"/> (instead of <see cref="ReminderMessagePolicies.BuiltIn"/>).</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <returns>This builder.</returns>
    public ReceivablesBuilder UseReminderMessagePolicy<TPolicy>()
        where TPolicy : class, IReminderMessagePolicy
    {
        Services.Replace(ServiceDescriptor.Singleton<IReminderMessagePolicy, TPolicy>());
        return this;
    }
}

internal sealed record NamedReminderPolicy(ReminderPolicy Policy);

internal sealed record NamedCalendar(string Name, Func<IServiceProvider, IBusinessCalendar> Create);

internal sealed record WeightedFactorRegistration(Func<IServiceProvider, ICreditFactor> Create, double Weight);

internal sealed class ReceivablesSectionName
{
    public string Path { get; set; } = ReceivablesOptions.SectionName;
}

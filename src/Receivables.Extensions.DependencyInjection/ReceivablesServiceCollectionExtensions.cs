using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Receivables.Aging;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Extensions.DependencyInjection;
using Receivables.Matching;
using Receivables.Reminders;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Receivables.Core in a Microsoft.Extensions.DependencyInjection container.</summary>
/// <remarks>
/// <code>
/// services.AddReceivables(r => r
///     .BindConfiguration()                         // the "Receivables" section of appsettings.json
///     .AddCalendar("HK", myHongKongCalendar)
///     .AddMatchRule&lt;MyRemittanceRule&gt;());
/// var aging = provider.GetRequiredService&lt;AgingEngine&gt;();
/// </code>
/// Registers as singletons, with <c>TryAdd</c> so a host's own registration wins and calling it twice is harmless:
/// <see cref="AgingEngine"/>, <see cref="MatchingEngine"/>, <see cref="Scorecard"/>, <see cref="CreditChecker"/>,
/// <see cref="BusinessCalendarRegistry"/>, <see cref="PaymentTermCatalog"/>, and for reminders
/// <see cref="ReminderPlanner"/>, <see cref="ReminderPolicyCatalog"/>, <see cref="ReminderStrategy"/>,
/// <see cref="CollectorWorklists"/>, <see cref="IReminderActionPolicy"/>, <see cref="IWorklistScorePolicy"/> and
/// <see cref="IReminderMessagePolicy"/>. The reminder strategy needs at least one policy
/// (<c>Receivables:Reminders:Policies</c>); resolving it without one throws <see cref="InvalidOperationException"/>. <see cref="ReceivablesOptions"/> is
/// validated when the host starts (<c>ValidateOnStart</c>), reporting every error with its configuration key.
/// </remarks>
public static class ReceivablesServiceCollectionExtensions
{
    /// <summary>Registers the engines, calendars and payment terms.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures options, calendars and custom policies; may be null.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddReceivables(this IServiceCollection services, Action<ReceivablesBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReceivablesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReceivablesOptions>, ReceivablesOptionsValidator>());
        configure?.Invoke(new ReceivablesBuilder(services));

        services.TryAddSingleton(sp => ReceivablesFactory.Aging(Options(sp)));
        services.TryAddSingleton(sp => ReceivablesFactory.Matching(Options(sp), sp.GetServices<IMatchRule>()));
        services.TryAddSingleton(sp => ReceivablesFactory.Scorecard(
            Options(sp),
            sp.GetServices<WeightedFactorRegistration>().Select(r => (r.Create(sp), r.Weight))));
        services.TryAddSingleton(sp => ReceivablesFactory.Checker(Options(sp)));
        services.TryAddSingleton(sp => ReceivablesFactory.Calendars(Options(sp), sp.GetServices<NamedCalendar>().Select(c => (c.Name, c.Create(sp)))));
        services.TryAddSingleton(sp => ReceivablesFactory.Terms(Options(sp)));
        services.TryAddSingleton(sp => ReceivablesFactory.ActionPolicy(Options(sp).Reminders));
        services.TryAddSingleton(WorklistScorePolicies.ExpectedBenefit);
        services.TryAddSingleton(ReminderMessagePolicies.BuiltIn);
        services.TryAddSingleton(sp => ReceivablesFactory.ReminderPolicies(Options(sp), sp.GetServices<NamedReminderPolicy>().Select(p => p.Policy)));
        services.TryAddSingleton(sp => ReceivablesFactory.Strategy(Options(sp).Reminders, sp.GetRequiredService<ReminderPolicyCatalog>(), sp.GetRequiredService<IOptions<ReceivablesSectionName>>().Value.Path));
        services.TryAddSingleton(sp => ReceivablesFactory.Planner(Options(sp).Reminders, sp.GetRequiredService<IReminderActionPolicy>(), sp.GetRequiredService<BusinessCalendarRegistry>()));
        services.TryAddSingleton(sp => ReceivablesFactory.Worklists(Options(sp).Reminders, sp.GetRequiredService<IWorklistScorePolicy>()));
        return services;
    }

    private static ReceivablesOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ReceivablesOptions>>().Value;
}

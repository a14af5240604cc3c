using Receivables.Reminders;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>Builds the collectors' worklist of a reminder plan with the host's settings
/// (<c>Receivables:Reminders:Worklist</c>) and scorer (<see cref="IWorklistScorePolicy"/>, by default
/// <see cref="WorklistScorePolicies.ExpectedBenefit"/>).</summary>
/// <remarks>The settings are validated and copied once at start-up; immutable and thread-safe afterwards.</remarks>
public sealed class CollectorWorklists
{
    private readonly WorklistOptions _options;

    internal CollectorWorklists(WorklistOptions options)
    {
        _options = options;
    }

    /// <summary>Gets the scorer.</summary>
    public IWorklistScorePolicy Scorer => _options.Scorer;

    /// <summary>Gets the ISO 4217 code of the currency amounts are ranked in.</summary>
    public string Currency => _options.Currency;

    /// <summary>Builds the worklist of a plan (see <see cref="CollectorWorklist.Build"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="customers">The customer directory; the default value is none.</param>
    /// <returns>The worklist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ReminderOptionsException">A currency of the plan has no rate into <see cref="Currency"/>.</exception>
    public CollectorWorklist Build(ReminderPlan plan, ReminderCustomers? customers = null)
        => CollectorWorklist.Build(plan, _options, customers);
}

namespace Receivables.Reminders;

/// <summary>Scores a customer for the collector worklist. Built-ins are in <see cref="WorklistScorePolicies"/>; the
/// default is <see cref="WorklistScorePolicies.ExpectedBenefit"/>.</summary>
/// <remarks>Implementations must be immutable, thread-safe and depend only on the arguments.</remarks>
public interface IWorklistScorePolicy
{
    /// <summary>Scores a customer.</summary>
    /// <param name="arguments">The customer's figures.</param>
    /// <returns>The score and its reasons.</returns>
    WorklistScore Score(in WorklistScoreArguments arguments);
}

namespace Receivables.Matching;

/// <summary>
/// One step of the matching pipeline. Rules run in the order of <see cref="MatchingOptions.Rules"/> for each line;
/// each reads what earlier rules found in the <see cref="MatchContext"/> (payers, references, hits, proposals) and
/// adds its own findings. Built-in rules are in <see cref="MatchRules"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic: the engine may run them for many lines at once
/// and promises results that do not depend on input order.</remarks>
public interface IMatchRule
{
    /// <summary>Examines one line and adds findings to the context.</summary>
    /// <param name="context">The line, the index and what earlier rules found.</param>
    void Apply(MatchContext context);
}

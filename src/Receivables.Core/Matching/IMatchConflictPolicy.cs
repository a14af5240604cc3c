namespace Receivables.Matching;

/// <summary>
/// Resolves conflicts across the statement lines of one matching run: two lines claiming the same open item, or a
/// line claiming more than is left of it. The engine first ranks each line's proposals on its own, then asks the
/// policy which proposal each line takes; built-in policies are in <see cref="MatchConflictPolicies"/>, the default
/// is <see cref="MatchConflictPolicies.HighestConfidenceFirst"/>.
/// </summary>
/// <remarks>
/// <para>The engine checks the choices of every policy (also a custom one): one choice per line, each naming one of
/// the line's proposals or none, and, over all lines, no item cleared by more than its open amount; a policy that
/// breaks this throws <see cref="InvalidOperationException"/>. The engine still decides between auto-apply and
/// suggestion for a chosen proposal (thresholds, ambiguity); a policy can only make that stricter, by passing over
/// proposals (<see cref="MatchConflictChoice.Blocked"/>) or holding a line for review
/// (<see cref="MatchConflictChoice.Review"/>).</para>
/// <para>Implementations must be thread-safe and deterministic. A policy whose result does not depend on the order of
/// the lines keeps the engine's promise that outcomes do not depend on input order; the built-ins all do. A policy
/// can be unit-tested alone by constructing <see cref="MatchConflictArguments"/>.</para>
/// </remarks>
public interface IMatchConflictPolicy
{
    /// <summary>Chooses, for every line, the proposal it takes (or none).</summary>
    /// <param name="arguments">The lines with their ranked proposals, the items' open amounts and the options.</param>
    /// <returns>One choice per line of <see cref="MatchConflictArguments.Lines"/>, in the same order (never null).</returns>
    IReadOnlyList<MatchConflictChoice> Resolve(in MatchConflictArguments arguments);
}

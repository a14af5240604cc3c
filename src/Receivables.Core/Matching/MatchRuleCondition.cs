using System.Text.RegularExpressions;

namespace Receivables.Matching;

/// <summary>
/// When a rule applies (for <see cref="MatchRules.When"/>): an amount range, a text the remittance text contains or a
/// regular expression it matches, and the payers. Every condition that is set must hold; an empty condition always
/// holds.
/// </summary>
/// <remarks>Immutable once built (init-only properties) and thread-safe.</remarks>
public sealed class MatchRuleCondition
{
    /// <summary>Gets the lowest line amount (inclusive), in major units of the line's currency, or null.</summary>
    /// <value>The default value is null (no lower limit).</value>
    public decimal? MinAmount { get; init; }

    /// <summary>Gets the highest line amount (inclusive), in major units of the line's currency, or null.</summary>
    /// <value>The default value is null (no upper limit).</value>
    public decimal? MaxAmount { get; init; }

    /// <summary>Gets a text the remittance text or end-to-end reference must contain (ignoring case), or null.</summary>
    /// <value>The default value is null.</value>
    public string? TextContains { get; init; }

    /// <summary>Gets a regular expression the remittance text or end-to-end reference must match, or null.</summary>
    /// <value>The default value is null.</value>
    public Regex? TextMatches { get; init; }

    /// <summary>Gets the customers one of which must be among the identified payers, or null for any line.</summary>
    /// <value>The default value is null.</value>
    public IReadOnlyCollection<CustomerId>? Payers { get; init; }

    /// <summary>Returns whether a line meets the condition.</summary>
    /// <param name="arguments">The rule's arguments.</param>
    /// <returns><see langword="true"/> when every condition that is set holds.</returns>
    public bool IsMetBy(in MatchRuleArguments arguments)
    {
        var amount = arguments.Line.Amount.Amount;
        if ((MinAmount is { } min && amount < min) || (MaxAmount is { } max && amount > max))
        {
            return false;
        }

        var texts = new[] { arguments.Line.RemittanceText, arguments.Line.EndToEndReference };
        if (TextContains is { } part && !texts.Any(t => t is not null && t.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (TextMatches is { } regex && !texts.Any(t => t is not null && regex.IsMatch(t)))
        {
            return false;
        }

        if (Payers is { } payers)
        {
            foreach (var payer in arguments.Payers)
            {
                if (payers.Contains(payer.Customer))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }
}

using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>What an <see cref="IMatchRule"/> is given for one statement line.</summary>
/// <remarks>
/// <para>A read-only value; members may be added later without breaking rules. The lists must not be kept after the
/// rule returns (the engine reuses them for the next line). <c>default</c> has no line and is never passed by the
/// engine.</para>
/// </remarks>
public readonly struct MatchRuleArguments
{
    private readonly MatchContext? _kernel;
    private readonly IReadOnlyList<OpenItem>? _candidateItems;

    /// <summary>Creates arguments, such as for testing a rule alone.</summary>
    /// <param name="line">The statement line.</param>
    /// <param name="candidateItems">The open items the rule may settle: those of the identified payers and of the
    /// owners of referenced items, in the line's currency.</param>
    /// <param name="payers">The customers that may have sent the line.</param>
    /// <param name="hits">The open items references in the line point to.</param>
    /// <param name="earlierProposals">The proposals of the rules that ran before.</param>
    /// <param name="options">The options; null for the defaults. They are validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="line"/>, a list, or an element of a list is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public MatchRuleArguments(StatementLine line, IEnumerable<OpenItem> candidateItems, IEnumerable<PayerCandidate> payers, IEnumerable<ReferenceHit> hits, IEnumerable<MatchProposal> earlierProposals, MatchingOptions? options = null)
    {
        Line = Guard.NotNull(line);
        _candidateItems = NoNulls(candidateItems, nameof(candidateItems));
        Payers = NoNulls(payers, nameof(payers));
        Hits = NoNulls(hits, nameof(hits));
        EarlierProposals = NoNulls(earlierProposals, nameof(earlierProposals));
        Options = MatchingOptions.Checked(options);
        _kernel = null;
    }

    /// <summary>The arguments of one line in the engine: the lists are the kernel's own.</summary>
    internal MatchRuleArguments(MatchContext kernel)
    {
        Line = kernel.Line;
        Payers = kernel.Payers;
        Hits = kernel.Hits;
        EarlierProposals = kernel.Proposals;
        Options = kernel.Options;
        _kernel = kernel;
        _candidateItems = null;
    }

    /// <summary>Gets the statement line.</summary>
    public StatementLine Line { get; }

    /// <summary>Gets the open items the rule may settle: those in the line's currency of the identified payers (and
    /// their subsidiaries) and of the owners of referenced items, each customer's oldest due first, customers ordered
    /// by id. Made when read; arguments the engine gave, kept past the rule's call and read after a whole run
    /// (<c>Match(lines, items, customers)</c>) has returned, throw <see cref="InvalidOperationException"/>: the run's
    /// index has been given back (decision 372).</summary>
    /// <exception cref="InvalidOperationException">Read after the whole run that gave the arguments returned.</exception>
    public IReadOnlyList<OpenItem> CandidateItems => _candidateItems ?? _kernel?.CandidateItems() ?? [];

    /// <summary>Gets the customers that may have sent the line, with the evidence for each.</summary>
    public IReadOnlyList<PayerCandidate> Payers { get; }

    /// <summary>Gets the open items that references in the line's texts point to, with how they matched.</summary>
    public IReadOnlyList<ReferenceHit> Hits { get; }

    /// <summary>Gets the proposals of the rules that ran before this one.</summary>
    public IReadOnlyList<MatchProposal> EarlierProposals { get; }

    /// <summary>Gets the options of the run (validated): thresholds, <see cref="MatchingOptions.Tolerance"/>,
    /// <see cref="MatchingOptions.Confidence"/> weights.</summary>
    public MatchingOptions Options { get; }

    /// <summary>The engine's working state of the line, when the engine made these arguments.</summary>
    internal MatchContext? Kernel => _kernel;

    /// <summary>Gets the strongest payer evidence for a customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The largest weight among <see cref="Payers"/> for the customer; 0 when none.</returns>
    public double PayerWeight(CustomerId customer)
    {
        var best = 0d;
        foreach (var payer in Payers)
        {
            if (payer.Customer == customer && payer.Weight > best)
            {
                best = payer.Weight;
            }
        }

        return best;
    }

    private static T[] NoNulls<T>(IEnumerable<T> values, string name)
        where T : class
    {
        T[] list = [.. Guard.NotNull(values, name)];
        foreach (var value in list)
        {
            Guard.NotNull(value, name);
        }

        return list;
    }
}

using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>
/// The working state of one statement line while the rules run: the line, the index, and what the rules found so
/// far (payer candidates, references, reference hits, proposals, notes). Rules read earlier findings and add their own.
/// </summary>
/// <remarks>A context holds one line at a time (the engine reuses it for the next line of the run); it is not
/// thread-safe, and neither it nor its lists may be kept after the rule returns.</remarks>
internal sealed class MatchContext
{
    // The payers, references and hits of the line as rows; the public payer and hit objects are made only when read
    // through Payers and Hits (by a custom rule), as most lines never are (decisions 368 and 369).
    private readonly List<PayerRow> _payers = [];
    private readonly List<PayerCandidate> _payerObjects = [];
    private readonly List<ReferenceRow> _references = [];
    private readonly List<HitRow> _hits = [];
    private readonly List<ReferenceHit> _hitObjects = [];
    private readonly List<MatchProposal> _proposals = [];
    // Where each proposal's items are in the index, when the built-in rule that made it knows: one position for a
    // proposal of one item, an array for more, (-1, null) when not told (the engine finds them by number).
    private readonly List<(int One, int[]? Many)> _positions = [];
    private readonly List<Reason> _notes = [];
    private readonly List<CandidateCustomer> _candidates = [];

    // The index ranges of the customers looked up for this line: a line names few customers, and several rules ask
    // for the same ones (one hash lookup each instead of one per rule).
    private readonly List<(CustomerId Customer, int Start, int Count)> _ranges = [];
    private Few<MatchIndex.NumberedCustomer>? _accountCustomers;

    public MatchContext(StatementLine line, MatchIndex index, MatchingOptions options)
    {
        Line = line;
        Index = index;
        Options = options;
    }

    /// <summary>Gets the statement line.</summary>
    public StatementLine Line { get; private set; }

    /// <summary>Gets the index of open items and customers.</summary>
    public MatchIndex Index { get; }

    /// <summary>Gets the customers that may have sent the line, in the order found.</summary>
    public IReadOnlyList<PayerCandidate> Payers
    {
        get
        {
            for (var k = _payerObjects.Count; k < _payers.Count; k++)
            {
                var (customer, weight, reason) = _payers[k];
                _payerObjects.Add(new PayerCandidate(customer, weight, reason));
            }

            return _payerObjects;
        }
    }

    /// <summary>Gets the open items the references point to.</summary>
    public IReadOnlyList<ReferenceHit> Hits
    {
        get
        {
            for (var k = _hitObjects.Count; k < _hits.Count; k++)
            {
                var (item, reference, kind, weight, reason, position) = _hits[k];
                _hitObjects.Add(new ReferenceHit(item, reference.ToObject(), kind, weight, reason) { Position = position });
            }

            return _hitObjects;
        }
    }

    /// <summary>Gets the proposals made so far.</summary>
    public IReadOnlyList<MatchProposal> Proposals => _proposals;

    /// <summary>Gets the notes: findings that belong to no proposal (such as
    /// <see cref="MatchingReasonCodes.PayerNameAmbiguous"/>).</summary>
    public IReadOnlyList<Reason> Notes => _notes;

    internal MatchingOptions Options { get; }

    /// <summary>The candidate customers of the amount rules with where their items in the line's currency are in
    /// the index, computed on first use and forgotten when a payer or a hit is added.</summary>
    internal List<CandidateCustomer>? CandidateCustomers { get; set; }

    /// <summary>A list to compute <see cref="CandidateCustomers"/> in (one per context, cleared for each use).</summary>
    internal List<CandidateCustomer> CandidateBuffer => _candidates;

    /// <summary>The payers as a list, for the kernel's loops (no enumerator object per loop).</summary>
    internal List<PayerRow> PayerList => _payers;

    /// <summary>The reference hits as a list, for the kernel's loops.</summary>
    internal List<HitRow> HitList => _hits;

    /// <summary>The extracted references as a list, for the kernel's loops.</summary>
    internal List<ReferenceRow> ReferenceList => _references;

    /// <summary>The proposals as a list, for the kernel's loops.</summary>
    internal List<MatchProposal> ProposalList => _proposals;

    /// <summary>The engine's list for checking and ranking the line's proposals (cleared for each line).</summary>
    internal List<MatchingEngine.Candidate> Candidates { get; } = [];

    /// <summary>The reference findings of one text, for the extraction rule (cleared for each use).</summary>
    internal List<(int Start, int End, string Written, string Normalized)> Found { get; } = [];

    /// <summary>Stretches of the line's texts that are no item's number but have the shape of one, as the text and
    /// where the stretch starts and ends (kept for the typo and truncation lookups when the line names no known
    /// number; made into references only then).</summary>
    internal List<(string Text, int Start, int End)> ShapeCandidates { get; } = [];

    /// <summary>Each item settled alone with the line's amount so far (by <see cref="Settlement.EvaluateOne"/>), so that
    /// a later rule looking at the same item reuses the result.</summary>
    internal List<(OpenItem Item, (Allocated, Money, double, Reason, bool) Result, DeductionKind? Flagged)> Settled { get; } = [];

    /// <summary>Scratch for the several-items rule: the positions of one customer's items it searches.</summary>
    internal List<int> SubsetPool { get; } = [];

    /// <summary>Scratch of the referenced-items rule: the heaviest hit per item.</summary>
    internal List<HitRow> BestHits { get; } = [];

    /// <summary>Scratch of the referenced-items rule: the customers of a proposal's hits, ordered by id.</summary>
    internal List<CustomerId> HitCustomers { get; } = [];

    /// <summary>Scratch of the referenced-items rule: the items of a proposal's hits.</summary>
    internal List<OpenItem> HitItems { get; } = [];

    /// <summary>Scratch of the fuzzy reference lookups: the positions found in the payers' items.</summary>
    internal List<int> Fuzzy { get; } = [];

    /// <summary>Scratch for the several-items rule: the oldest unreferenced items of one customer.</summary>
    internal List<int> SubsetOthers { get; } = [];

    /// <summary>The last payer-account reason made in this run, with the account text and customer it names: the
    /// engine evaluates a payer's lines one after another, and their reasons are equal (a reason is immutable and
    /// compared by value), so the next line of the same account and customer shares it (decision 369).</summary>
    internal (string Account, CustomerId Customer, Reason Reason)? LastPayerAccount { get; set; }

    /// <summary>Where the run keeps its lines' ranked candidates (one context serves a whole run).</summary>
    internal MatchingEngine.CandidateChunks KeptCandidates { get; } = new();

    /// <summary>Scratch for the reference reader: the letter/digit runs of one chunk of text.</summary>
    internal List<(int Start, int End)> Runs { get; } = [];

    /// <summary>Starts on the next line of a run: forgets everything found for the last one.</summary>
    /// <param name="line">The next line.</param>
    /// <param name="accountCustomers">The customers its payer account names, when the engine looked them up already
    /// (see <see cref="AccountCustomers"/>); null to look them up when first asked.</param>
    internal void Reset(StatementLine line, Few<MatchIndex.NumberedCustomer>? accountCustomers = null)
    {
        Line = line;
        _accountCustomers = accountCustomers;
        _payers.Clear();
        _payerObjects.Clear();
        _references.Clear();
        _hits.Clear();
        _hitObjects.Clear();
        _proposals.Clear();
        _positions.Clear();
        _notes.Clear();
        Settled.Clear();
        CandidateCustomers = null;
        _ranges.Clear();
    }

    /// <summary>The customers whose profile lists the line's payer account (with their numbers in the index); empty
    /// when the line has no account or no profile lists it. Looked up once a line.</summary>
    internal Few<MatchIndex.NumberedCustomer> AccountCustomers
        => _accountCustomers ??= Line.PayerAccount is { } account ? Index.NumberedCustomersByAccount(account) : default;

    /// <summary>Where a customer's items in the line's currency lie in index order (<see cref="MatchIndex.Range"/>),
    /// remembered for the rest of the line.</summary>
    internal (int Start, int Count) RangeOf(CustomerId customer)
    {
        foreach (var (known, start, count) in _ranges)
        {
            if (known == customer)
            {
                return (start, count);
            }
        }

        var range = Index.Range(customer, Line.Amount.Currency);
        _ranges.Add((customer, range.Start, range.Count));
        return range;
    }

    /// <summary>Remembers where a customer's items lie when its number in the index is known already (a payer found
    /// by account, the owner of an item a reference found), so that <see cref="RangeOf"/> needs no hash lookup.</summary>
    internal void Remember(CustomerId customer, int number)
    {
        if (number < 0)
        {
            return;
        }

        foreach (var (known, _, _) in _ranges)
        {
            if (known == customer)
            {
                return;
            }
        }

        var (start, count) = Index.RangeOfNumber(number, Line.Amount.Currency);
        _ranges.Add((customer, start, count));
    }

    /// <summary>Records a customer that may have sent the line.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside [0, 1].</exception>
    public void AddPayer(PayerCandidate candidate)
    {
        Guard.NotNull(candidate);
        AddPayer(candidate.Customer, candidate.Weight, candidate.Reason);
    }

    /// <summary>Records a customer that may have sent the line, as a row (the built-in rules).</summary>
    internal void AddPayer(CustomerId customer, double weight, Reason reason)
    {
        CheckWeight(weight);
        _payers.Add(new PayerRow(customer, weight, reason));
        CandidateCustomers = null;
    }

    /// <summary>Records a reference found in the texts; false when one with the same normalised text was recorded
    /// already (and it is ignored).</summary>
    internal bool AddReference(ReferenceRow reference)
    {
        foreach (var known in _references)
        {
            if (string.Equals(known.Normalized, reference.Normalized, StringComparison.Ordinal))
            {
                return false;
            }
        }

        _references.Add(reference);
        return true;
    }

    /// <summary>Whether a reference with this normalised form was found already (before making one).</summary>
    internal bool HasReference(ReadOnlySpan<char> normalized)
    {
        foreach (var known in _references)
        {
            if (normalized.Equals(known.Normalized, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records an open item a reference points to.</summary>
    /// <param name="hit">The hit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside [0, 1].</exception>
    public void AddHit(ReferenceHit hit)
    {
        Guard.NotNull(hit);
        AddHit(new HitRow(hit.Item, ReferenceRow.Of(hit.Reference), hit.Kind, hit.Weight, hit.Reason, hit.Position));
    }

    /// <summary>Records an open item a reference points to, as a row (the built-in lookup, which knows the item's
    /// position).</summary>
    internal void AddHit(HitRow hit)
    {
        CheckWeight(hit.Weight);
        _hits.Add(hit);
        CandidateCustomers = null;
        if (hit.Position is var position and >= 0 && position < Index.ItemCount && ReferenceEquals(Index.Item(position), hit.Item))
        {
            Remember(hit.Item.Customer, Index.CustomerNumberAt(position));
        }
    }

    /// <summary>Adds a proposal. The engine checks that it accounts for the line exactly and fits the items.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public void Propose(MatchProposal proposal) => Propose(Guard.NotNull(proposal), -1, null);

    /// <summary>Adds a built-in rule's proposal of one item with the item's index position (checked by the engine).</summary>
    internal void Propose(MatchProposal proposal, int position) => Propose(proposal, position, null);

    /// <summary>Adds a built-in rule's proposal with its items' index positions in allocation order, or null when not
    /// known (checked by the engine).</summary>
    internal void Propose(MatchProposal proposal, int[]? positions) => Propose(proposal, -1, positions);

    private void Propose(MatchProposal proposal, int one, int[]? many)
    {
        _proposals.Add(proposal);
        _positions.Add((one, many));
    }

    /// <summary>Where the items of the proposal at <paramref name="index"/> are, as its rule told.</summary>
    internal (int One, int[]? Many) PositionsOf(int index) => _positions[index];

    /// <summary>Adds a note; a note equal to one already added is ignored.</summary>
    /// <param name="note">The note.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public void Note(Reason note)
    {
        Guard.NotNull(note);
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Removes the proposals from a position on and returns them (for a built-in rule called through
    /// <see cref="IMatchRule.Propose"/>: its caller returns them to the engine).</summary>
    public MatchProposal[] TakeProposals(int from)
    {
        var taken = _proposals.GetRange(from, _proposals.Count - from).ToArray();
        _proposals.RemoveRange(from, taken.Length);
        _positions.RemoveRange(from, taken.Length);
        return taken;
    }

    /// <summary>The open items of the candidate customers in the line's currency, customers by id, oldest first.</summary>
    public List<OpenItem> CandidateItems()
    {
        Index.EnsureNotReleased("IMatchRule.Propose");
        var items = new List<OpenItem>();
        foreach (var candidate in CustomerAmountRule.Candidates(this))
        {
            foreach (var item in Index.Items(candidate.Start, candidate.Count))
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>Gets the strongest payer evidence for a customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The largest weight among the payer candidates for the customer; 0 when none.</returns>
    public double PayerWeight(CustomerId customer)
    {
        var best = 0d;
        foreach (var payer in _payers)
        {
            if (payer.Customer == customer && payer.Weight > best)
            {
                best = payer.Weight;
            }
        }

        return best;
    }

    internal PayerRow? BestPayer(CustomerId customer)
    {
        PayerRow? best = null;
        foreach (var payer in _payers)
        {
            if (payer.Customer == customer && (best is null || payer.Weight > best.Value.Weight))
            {
                best = payer;
            }
        }

        return best;
    }

    private static void CheckWeight(double weight)
    {
        if (double.IsNaN(weight) || weight < 0d || weight > 1d)
        {
            throw Guard.OutOfRange(nameof(weight), weight, "weight must be between 0 and 1.");
        }
    }
}

/// <summary>A customer the amount rules look at: the payer evidence for it, and where its open items in the line's
/// currency are in the index.</summary>
internal readonly record struct CandidateCustomer(CustomerId Customer, double Weight, Reason Reason, int Start, int Count);

/// <summary>A payer candidate as the built-in rules keep it (<see cref="PayerCandidate"/> without an object).</summary>
internal readonly record struct PayerRow(CustomerId Customer, double Weight, Reason Reason);

/// <summary>A reference hit as the built-in rules keep it (<see cref="ReferenceHit"/> without an object), with the
/// item's position in the line's index (−1 when not known).</summary>
internal readonly record struct HitRow(OpenItem Item, ReferenceRow Reference, ReferenceMatchKind Kind, double Weight, Reason Reason, int Position);

/// <summary>A reference as the built-in rules keep it (<see cref="ExtractedReference"/> without an object).</summary>
internal readonly record struct ReferenceRow(string Text, string Normalized, bool AtEnd)
{
    /// <summary>The row of a reference object (null refused, naming the reference).</summary>
    public static ReferenceRow Of(ExtractedReference reference)
    {
        Guard.NotNull(reference, nameof(reference));
        return new(reference.Text, reference.Normalized, reference.AtEnd);
    }

    /// <summary>The public object with the same text, normalised text and place.</summary>
    public ExtractedReference ToObject() => new(Text, Normalized, AtEnd);
}

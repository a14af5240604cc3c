using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Receivables.Reminders;

public sealed partial class ReminderPlanner
{
    /// <summary>
    /// A plan kept compact (decision 502): the rows of every customer in a few flat arrays (lines as positions into the
    /// run's candidates, skips and proposals as structs, customers as ranges), from which a customer's proposals, skips
    /// and reasons are written when first read (<see cref="CustomerReminders"/>). Written by one run, then only read:
    /// reads from any number of threads are safe.
    /// </summary>
    internal sealed class PlanRows
    {
        private readonly DateOnly _asOf;
        private readonly Candidate[] _candidates;
        private readonly CustomerId[] _customers;
        private readonly int[] _proposalStarts;
        private readonly int[] _skipStarts;
        private readonly int[] _reasonStarts;
        private readonly List<int> _lines;
        private readonly List<ProposalRow> _proposals;
        private readonly List<SkipRow> _skips;
        private readonly List<Money> _amounts;
        private readonly List<(ReminderPolicy Policy, string Why)> _reasons;
        private Dictionary<int, object>? _lineReasons;
        private Dictionary<int, Money>? _lineInterest;

        public PlanRows(DateOnly asOf, Candidate[] candidates, CustomerId[] customers)
        {
            _asOf = asOf;
            _candidates = candidates;
            _customers = customers;
            _proposalStarts = new int[customers.Length + 1];
            _skipStarts = new int[customers.Length + 1];
            _reasonStarts = new int[customers.Length + 1];
            _lines = new List<int>(candidates.Length);
            _skips = new List<SkipRow>((candidates.Length / 3) + 16);
            _proposals = new List<ProposalRow>((customers.Length * 2) + 16);
            _reasons = new List<(ReminderPolicy, string)>(customers.Length + 16);
            _amounts = new List<Money>((customers.Length * 3) + 16);
        }

        public int LineCount => _lines.Count;

        /// <summary>The number of skips written so far (also the first skip of the customer being planned).</summary>
        public int SkipCount => _skips.Count;

        /// <summary>Opens customer <paramref name="k"/>'s rows: its ranges start where the previous customer's ended.</summary>
        public void Begin(int k)
        {
            _proposalStarts[k] = _proposals.Count;
            _skipStarts[k] = _skips.Count;
            _reasonStarts[k] = _reasons.Count;
        }

        /// <summary>Closes customer <paramref name="k"/>'s rows.</summary>
        public void End(int k)
        {
            _proposalStarts[k + 1] = _proposals.Count;
            _skipStarts[k + 1] = _skips.Count;
            _reasonStarts[k + 1] = _reasons.Count;
        }

        public void Skip(ReminderSkip ready) => _skips.Add(new SkipRow(SkipKind.Ready, -1, 0, default, null, null, ready));

        public void Skip(SkipKind kind, int candidate, int number, DateOnly date, DateOnly? retryOn, string? text)
            => _skips.Add(new SkipRow(kind, candidate, number, date, retryOn, text, null));

        /// <summary>Notes the policy chosen for the customer being planned (once per policy).</summary>
        public void NoteLadder(ReminderPolicy policy, string why, int k)
        {
            for (var r = _reasonStarts[k]; r < _reasons.Count; r++)
            {
                if (string.Equals(_reasons[r].Policy.Name, policy.Name, StringComparison.Ordinal))
                {
                    return;
                }
            }

            _reasons.Add((policy, why));
        }

        /// <summary>Adds a line: the candidate, what its reason is made of (null: the ladder's level-due reason), its interest.</summary>
        public void Line(int candidate, object? reason, Money? interest)
        {
            if (reason is not null)
            {
                (_lineReasons ??= [])[_lines.Count] = reason;
            }

            if (interest is { } i)
            {
                (_lineInterest ??= [])[_lines.Count] = i;
            }

            _lines.Add(candidate);
        }

        public void Amount(Money amount) => _amounts.Add(amount);

        public int AmountCount => _amounts.Count;

        public void Proposal(in ProposalRow row) => _proposals.Add(row);

        public ImmutableArray<ReminderProposal> Proposals(int k)
        {
            var (from, to) = (_proposalStarts[k], _proposalStarts[k + 1]);
            if (from == to)
            {
                return [];
            }

            var rows = CollectionsMarshal.AsSpan(_proposals);
            var lineIds = CollectionsMarshal.AsSpan(_lines);
            var amounts = CollectionsMarshal.AsSpan(_amounts);
            var result = new ReminderProposal[to - from];
            for (var p = from; p < to; p++)
            {
                ref readonly var row = ref rows[p];
                var lines = new ReminderLine[row.LineEnd - row.LineStart];
                var because = new object?[lines.Length];
                for (var m = 0; m < lines.Length; m++)
                {
                    var line = row.LineStart + m;
                    var c = _candidates[lineIds[line]];
                    Money? interest = _lineInterest is { } i && i.TryGetValue(line, out var charge) ? charge : null;
                    lines[m] = new ReminderLine(c.Id, c.Subject, c.DueDate, _asOf.DayNumber - c.DueDate.DayNumber, c.Item?.Open, interest);
                    because[m] = _lineReasons is { } r && r.TryGetValue(line, out var reason) ? reason : null;
                }

                var totals = amounts.Slice(row.AmountStart, row.Totals).ToArray();
                var fees = amounts.Slice(row.AmountStart + row.Totals, row.Fees).ToArray();
                var interestTotals = amounts.Slice(row.AmountStart + row.Totals + row.Fees, row.Interest).ToArray();
                var reasons = new ProposalReasons(_asOf, row.Policy, row.Level.Number, because, row.Channel, row.PreferredChannel ? "preferred" : "level", row.Capped ?? []);
                result[p - from] = new ReminderProposal(
                    _asOf,
                    _customers[k],
                    row.Policy,
                    row.Level,
                    row.Channel,
                    row.Trigger,
                    ImmutableCollectionsMarshal.AsImmutableArray(lines),
                    ImmutableCollectionsMarshal.AsImmutableArray(totals),
                    ImmutableCollectionsMarshal.AsImmutableArray(fees),
                    ImmutableCollectionsMarshal.AsImmutableArray(interestTotals),
                    row.Next,
                    reasons,
                    row.Preferences);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }

        public ImmutableArray<ReminderSkip> Skipped(int k)
        {
            var (from, to) = (_skipStarts[k], _skipStarts[k + 1]);
            if (from == to)
            {
                return [];
            }

            var rows = CollectionsMarshal.AsSpan(_skips);
            var result = new ReminderSkip[to - from];
            for (var s = from; s < to; s++)
            {
                ref readonly var row = ref rows[s];
                result[s - from] = row.Kind switch
                {
                    SkipKind.Ready => row.Ready!,
                    SkipKind.Waiting => ReminderSkip.Waiting(_candidates[row.Candidate].Id, row.Number, row.Date, row.RetryOn),
                    SkipKind.LadderEnd => ReminderSkip.LadderEnd(_candidates[row.Candidate].Id, row.Text!),
                    SkipKind.Disputed => ReminderSkip.Disputed(_candidates[row.Candidate].Item!),
                    _ => ReminderSkip.PromiseHeld(_candidates[row.Candidate].Item!, row.Date, row.RetryOn!.Value),
                };
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }

        public ImmutableArray<Reason> Reasons(int k)
        {
            var (from, to) = (_reasonStarts[k], _reasonStarts[k + 1]);
            if (from == to)
            {
                return [];
            }

            var result = new Reason[to - from];
            for (var r = from; r < to; r++)
            {
                var (policy, why) = _reasons[r];
                result[r - from] = ReminderReasonCodes.Ladder.With(_customers[k].Value, policy.Name, why);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }
    }

    /// <summary>How a skip row is written when read: a skip already written, or one of the common skips whose reason
    /// <see cref="ReminderSkip"/> writes on read.</summary>
    internal enum SkipKind : byte
    {
        Ready,
        Waiting,
        LadderEnd,
        Disputed,
        PromiseHeld,
    }

    internal readonly record struct SkipRow(SkipKind Kind, int Candidate, int Number, DateOnly Date, DateOnly? RetryOn, string? Text, ReminderSkip? Ready);

    /// <summary>A proposal's row: its lines are <c>[LineStart, LineEnd)</c>; its totals, fees and interest follow one
    /// another from <c>AmountStart</c>.</summary>
    internal readonly record struct ProposalRow(
        ReminderPolicy Policy,
        ReminderLevel Level,
        ReminderChannel Channel,
        bool PreferredChannel,
        ReminderTrigger Trigger,
        int LineStart,
        int LineEnd,
        int AmountStart,
        int Totals,
        int Fees,
        int Interest,
        DateOnly? Next,
        Reason[]? Capped,
        ReminderPreferences Preferences);
}

using Receivables.Matching;

namespace Receivables.Tests.Matching.Synthetic;

/// <summary>Quality of a matching run against the labels: auto-apply precision, share of matchable lines applied
/// automatically, and share of the remaining matchable lines whose first suggestion is right.</summary>
public sealed record MatchQuality(int Lines, int Matchable, int AutoApplied, int AutoAppliedCorrect, int MatchableAutoApplied, int MatchableRest, int RestRightFirst, IReadOnlyDictionary<SyntheticCategory, (int Lines, int Auto, int Right)> ByCategory)
{
    /// <summary>Gets the share of automatic applications that are right (1 when there are none).</summary>
    public double Precision => AutoApplied == 0 ? 1d : (double)AutoAppliedCorrect / AutoApplied;

    /// <summary>Gets the share of matchable lines applied automatically (and rightly).</summary>
    public double AutoShare => Matchable == 0 ? 0d : (double)MatchableAutoApplied / Matchable;

    /// <summary>Gets the share of the other matchable lines whose first suggestion is right.</summary>
    public double SuggestionShare => MatchableRest == 0 ? 1d : (double)RestRightFirst / MatchableRest;

    /// <summary>Measures a result against the labels.</summary>
    public static MatchQuality Measure(SyntheticStatement data, MatchResult result)
    {
        int matchable = 0, auto = 0, autoRight = 0, matchableAuto = 0, rest = 0, restRight = 0;
        var byCategory = new Dictionary<SyntheticCategory, (int, int, int)>();
        foreach (var line in result.Lines)
        {
            var label = data.Labels[line.Line.Id];
            var items = line.Allocations.Select(a => a.Item).ToHashSet();
            var right = label.Matchable && items.SetEquals(label.Items);
            var (n, a, r) = byCategory.GetValueOrDefault(label.Category);
            byCategory[label.Category] = (n + 1, a + (line.Decision == MatchDecision.AutoApply ? 1 : 0), r + (right || (!label.Matchable && line.Decision != MatchDecision.AutoApply) ? 1 : 0));
            if (line.Decision == MatchDecision.AutoApply)
            {
                auto++;
                autoRight += right ? 1 : 0;
            }

            if (!label.Matchable)
            {
                continue;
            }

            matchable++;
            if (line.Decision == MatchDecision.AutoApply && right)
            {
                matchableAuto++;
            }
            else if (line.Decision != MatchDecision.AutoApply)
            {
                rest++;
                restRight += right && line.Decision == MatchDecision.Suggest ? 1 : 0;
            }
        }

        return new MatchQuality(result.Lines.Length, matchable, auto, autoRight, matchableAuto, rest, restRight, byCategory);
    }
}

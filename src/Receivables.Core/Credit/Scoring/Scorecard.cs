using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// A weighted scorecard: evaluates each factor, spreads the weight of unavailable factors over the available ones in
/// proportion to their weights, and adds up <c>effective weight × sub-score</c> to a score from 0 to 100 with a grade.
/// </summary>
/// <remarks>
/// <para>Weight redistribution: with configured weights w and the set A of available factors, factor i gets
/// <c>w_i / Σ_{j∈A} w_j</c> if available and 0 otherwise, so the effective weights always sum to 1 and a missing input
/// never counts as a zero. <see cref="CreditScore.Coverage"/> reports <c>Σ_{j∈A} w_j</c> so a reader can see how much
/// of the scorecard the score rests on. With no factor available the customer is unrated.</para>
/// <para>Deterministic: the same profile gives the same score on any machine. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Scorecard
{
    private const double WeightTolerance = 1e-9;

    private Scorecard(ImmutableArray<WeightedFactor> factors, GradeScale grades, int topReasons)
    {
        Factors = factors;
        Grades = grades;
        TopReasonCount = topReasons;
    }

    /// <summary>
    /// Gets the default scorecard: payment index 0.35, Altman Z′ (private firms) 0.15, current ratio 0.05, leverage 0.05,
    /// profitability 0.05, tenure 0.10, limit utilisation 0.10, dispute rate 0.10, external score 0.05; default grades;
    /// 3 top reasons.
    /// </summary>
    public static Scorecard Default { get; } = DefaultFor(AltmanModel.PrivateFirm);

    /// <summary>
    /// Returns the default scorecard (the weights of <see cref="Default"/>) with the Altman model that fits the customer:
    /// public manufacturers, private firms or non-manufacturers.
    /// </summary>
    /// <param name="model">The Altman model used by the Altman factor.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not a defined value.</exception>
    public static Scorecard DefaultFor(AltmanModel model) => Create(new ScorecardOptions()
        .Add(CreditFactors.PaymentIndex(), 0.35)
        .Add(CreditFactors.AltmanZ(model), 0.15)
        .Add(CreditFactors.CurrentRatio(), 0.05)
        .Add(CreditFactors.Leverage(), 0.05)
        .Add(CreditFactors.Profitability(), 0.05)
        .Add(CreditFactors.Tenure(), 0.10)
        .Add(CreditFactors.LimitUtilisation(), 0.10)
        .Add(CreditFactors.DisputeRate(), 0.10)
        .Add(CreditFactors.ExternalScore(), 0.05));

    /// <summary>Gets the weighted factors, in order.</summary>
    public ImmutableArray<WeightedFactor> Factors { get; }

    /// <summary>Gets the grade bands.</summary>
    public GradeScale Grades { get; }

    /// <summary>Gets how many top reasons a score carries.</summary>
    public int TopReasonCount { get; }

    /// <summary>Builds a scorecard, checking the options once; all problems are reported together. The one way to
    /// create a scorecard (decision 402).</summary>
    /// <param name="options">The options; copied, so later changes have no effect. Null gives <see cref="Default"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">No factors, a null factor, a weight not greater than 0, duplicate factor
    /// names, weights not summing to 1, no grade scale or a negative reason count; the message lists every problem.</exception>
    public static Scorecard Create(ScorecardOptions? options = null)
    {
        if (options is null)
        {
            return Default;
        }

        var factors = options.Factors.ToImmutableArray();
        var errors = new List<string>();
        if (factors.Length == 0)
        {
            errors.Add("Factors: at least one factor is required");
        }

        for (var i = 0; i < factors.Length; i++)
        {
            var f = factors[i];
            if (f?.Factor is null)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Factors[{i}]: the factor is null"));
                continue;
            }

            if (!(f.Weight > 0d && double.IsFinite(f.Weight)))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Factors[{i}].Weight ({f.Weight}) of {f.Factor.Name} must be greater than 0"));
            }
        }

        var named = factors.Where(f => f?.Factor is not null).ToList();
        errors.AddRange(named.GroupBy(f => f.Factor.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Factors: {g.Key} appears more than once"));
        var sum = named.Sum(f => f.Weight);
        if (named.Count > 0 && Math.Abs(sum - 1d) > WeightTolerance)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"Factors: the weights sum to {sum:0.############}, not 1"));
        }

        if (options.Grades is null)
        {
            errors.Add("Grades: a grade scale is required");
        }

        if (options.TopReasons < 0)
        {
            errors.Add("TopReasons must not be negative");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid scorecard options: " + string.Join("; ", errors) + ".", nameof(options));
        }

        return new Scorecard(factors, options.Grades!, options.TopReasons);
    }

    /// <summary>Scores one customer. Top reasons are <see cref="CreditReasonCodes.ScoreFactor"/> reasons wrapping each
    /// costly factor's main finding with its sub-score, effective weight and points lost.</summary>
    /// <param name="profile">What is known about the customer.</param>
    /// <returns>The score, grade, contributions, top reasons and data used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">An input a factor needs is invalid (such as a zero denominator); the message names the field.</exception>
    /// <exception cref="InvalidOperationException">A custom factor returned null.</exception>
    public CreditScore Score(CreditProfile profile)
    {
        Guard.NotNull(profile);
        var results = new CreditFactorResult[Factors.Length];
        var weights = new double[Factors.Length];
        var available = new bool[Factors.Length];
        var arguments = new CreditFactorArguments(profile);
        for (var i = 0; i < Factors.Length; i++)
        {
            results[i] = Factors[i].Factor.Evaluate(arguments)
                ?? throw new InvalidOperationException($"The credit factor {Factors[i].Factor.Name} returned null.");
            weights[i] = Factors[i].Weight;
            available[i] = results[i].IsAvailable;
        }

        var effective = Redistribute(weights, available);
        var contributions = new FactorContribution[results.Length];
        var total = 0d;
        var coverage = 0d;
        for (var i = 0; i < results.Length; i++)
        {
            var points = available[i] ? effective[i] * results[i].SubScore!.Value : 0d;
            total += points;
            coverage += available[i] ? weights[i] : 0d;
            contributions[i] = new FactorContribution(results[i], weights[i], effective[i], points);
        }

        var rated = available.Any(a => a);
        double? score = rated ? Math.Clamp(Math.Round(total, 1, MidpointRounding.AwayFromZero), 0d, 100d) : null;
        var reasons = contributions
            .Where(c => c.Result.IsAvailable)
            .Select((c, index) => (c, index, lost: c.EffectiveWeight * (100d - c.Result.SubScore!.Value)))
            .Where(x => x.lost > 0d)
            .OrderByDescending(x => x.lost)
            .ThenBy(x => x.index)
            .Take(TopReasonCount)
            .Select(x => CreditReasonCodes.ScoreFactor.With(
                x.c.Result.Summary,
                x.c.Result.Factor,
                CurveFactor.Round(x.c.EffectiveWeight, 4),
                CurveFactor.Round(x.lost, 2)))
            .ToList();
        return new CreditScore(
            profile.Customer,
            profile.AsOf,
            score,
            score is { } s ? Grades.GradeOf(s) : null,
            Math.Min(1d, coverage),
            contributions,
            reasons,
            DataUsed(profile, contributions));
    }

    /// <summary>Spreads the weights of unavailable factors over the available ones in proportion to their weights.</summary>
    /// <returns>The effective weights: they sum to 1 when any factor is available, and are all 0 otherwise.</returns>
    internal static double[] Redistribute(IReadOnlyList<double> weights, IReadOnlyList<bool> available)
    {
        var availableSum = 0d;
        for (var i = 0; i < weights.Count; i++)
        {
            availableSum += available[i] ? weights[i] : 0d;
        }

        var result = new double[weights.Count];
        if (availableSum <= 0d)
        {
            return result;
        }

        for (var i = 0; i < weights.Count; i++)
        {
            result[i] = available[i] ? weights[i] / availableSum : 0d;
        }

        return result;
    }

    private static List<string> DataUsed(CreditProfile profile, FactorContribution[] contributions)
    {
        var used = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"as of {profile.AsOf:yyyy-MM-dd} in {profile.Currency.Code}"),
            string.Create(CultureInfo.InvariantCulture, $"payment history: {profile.PaymentRecords.Count} payment records, {profile.OpenItems.Count} open items"),
        };
        if (profile.Statements is { } s)
        {
            used.Add(s.PeriodEnd is { } end ? string.Create(CultureInfo.InvariantCulture, $"financial statements for the period ending {end:yyyy-MM-dd}") : "financial statements (period end not given)");
        }

        foreach (var e in profile.ExternalScores)
        {
            used.Add(e.AsOf is { } d ? string.Create(CultureInfo.InvariantCulture, $"{e.Source} score of {d:yyyy-MM-dd}") : $"{e.Source} score");
        }

        used.AddRange(contributions.Where(c => !c.Result.IsAvailable).Select(c => c.Result.Summary.Text));
        return used;
    }
}

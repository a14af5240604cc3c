using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Credit.LatePayment;

/// <summary>
/// A transparent logistic regression that estimates the probability that an invoice is paid after its due date, fitted
/// on the company's own ledger in plain C#: standardised <see cref="LatePaymentFeatures"/>, ridge-penalised maximum
/// likelihood solved by Newton's method (IRLS), and calibration (Brier score, AUC) measured on a held-out share.
/// </summary>
/// <remarks>
/// <para>Training invoices: every invoice due before the as-of date; late when settled in full after its due date, or
/// still open on the as-of date. Each invoice's features use only what was known before its document date, so nothing
/// leaks from the future. Invoices not yet due are left out (their outcome is unknown).</para>
/// <para>The fit is deterministic: the hold-out split hashes each invoice id with <see cref="LatePaymentModelOptions.Seed"/>,
/// and Newton's method has no random start. The coefficients are public so a finance user can read them.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LatePaymentModel
{
    private LatePaymentModel(double intercept, ImmutableArray<LatePaymentCoefficient> coefficients, ModelCalibration calibration)
    {
        Intercept = intercept;
        Coefficients = coefficients;
        Calibration = calibration;
    }

    /// <summary>Gets the intercept of the log-odds (the log-odds of an invoice with every feature at its mean).</summary>
    public double Intercept { get; }

    /// <summary>Gets one coefficient per feature, in the order of <see cref="LatePaymentFeatures.Names"/>.</summary>
    public ImmutableArray<LatePaymentCoefficient> Coefficients { get; }

    /// <summary>Gets the calibration on the held-out invoices.</summary>
    public ModelCalibration Calibration { get; }

    /// <summary>Fits the model on the invoices of the accounts: the one way to create a model. A trained model is
    /// created by <c>Fit(data, asOf, options)</c> rather than <c>Create(options)</c>, because it is made from data, not
    /// only from options (decision 402).</summary>
    /// <param name="accounts">The accounts.</param>
    /// <param name="asOf">The as-of date: settlements after it are ignored.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or fewer than <see cref="LatePaymentModelOptions.MinimumInvoices"/>
    /// invoices with a known outcome, or only one outcome (all late or all on time), are available for training.</exception>
    public static LatePaymentModel Fit(IEnumerable<CustomerAccount> accounts, DateOnly asOf, LatePaymentModelOptions? options = null)
    {
        Guard.NotNull(accounts);
        options ??= new LatePaymentModelOptions();
        Validate(options);
        var train = new List<(string Key, double[] X, bool Late)>();
        var holdout = new List<(string Key, double[] X, bool Late)>();
        var threshold = (uint)(options.HoldoutShare * uint.MaxValue);
        foreach (var account in accounts)
        {
            foreach (var facts in Facts(account, asOf))
            {
                foreach (var f in facts.Where(f => f.DueDate < asOf))
                {
                    var late = f.SettledOn is not { } s || s > f.DueDate;
                    var x = LatePaymentFeatures.Compute(facts, f.DocumentDate, f.Amount, f.TermDays, f.Id).ToArray();
                    var key = account.Customer.Value + "\u001f" + f.Id;
                    (Hash(key, options.Seed) < threshold ? holdout : train).Add((key, x, late));
                }
            }
        }

        if (train.Count < options.MinimumInvoices)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Only {train.Count} training invoices with a known outcome; at least {options.MinimumInvoices} are needed."), nameof(accounts));
        }

        if (train.All(t => t.Late) || train.All(t => !t.Late))
        {
            throw new ArgumentException("The training invoices are all late or all on time; the model needs both.", nameof(accounts));
        }

        // Sums in a fixed order, so the fit is bit-for-bit the same whatever order the accounts come in.
        train.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        holdout.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var (intercept, coefficients) = Solve([.. train.Select(t => (t.X, t.Late))], options);
        var model = new LatePaymentModel(intercept, coefficients, new ModelCalibration(train.Count, 0, double.NaN, double.NaN, double.NaN));
        return new LatePaymentModel(intercept, coefficients, model.Calibrate(train.Count, [.. holdout.Select(h => (h.X, h.Late))]));
    }

    /// <summary>Gets the probability (0–1) that an invoice with these features is paid late.</summary>
    /// <param name="features">The features.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    public double Probability(LatePaymentFeatures features) => Probability(Guard.NotNull(features).ToArray());

    /// <summary>Estimates, for each invoice open on <paramref name="asOf"/>, the probability that it is (or will be) paid
    /// late, from the customer's behaviour before the invoice was issued.</summary>
    /// <param name="account">The account.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One probability per open invoice, in due-date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public IReadOnlyList<KeyValuePair<DocumentId, double>> PredictOpenInvoices(CustomerAccount account, DateOnly asOf)
    {
        Guard.NotNull(account);
        return [.. Facts(account, asOf)
            .SelectMany(facts => facts.Where(f => f.SettledOn is null && f.DocumentDate <= asOf)
                .Select(f => (f, p: Probability(LatePaymentFeatures.Compute(facts, f.DocumentDate, f.Amount, f.TermDays, f.Id)))))
            .OrderBy(x => x.f.DueDate)
            .ThenBy(x => x.f.Id, StringComparer.Ordinal)
            .Select(x => new KeyValuePair<DocumentId, double>(new DocumentId(x.f.Id), x.p))];
    }

    /// <summary>
    /// Estimates the probability that the customer's next invoice is paid late: an invoice of the customer's average
    /// amount and most common term, issued the day after the as-of date, against the profile's payment records and
    /// open items.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The probability, or null when the profile has no invoices (no payment records and no open items).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public double? PredictCustomer(CreditProfile profile)
    {
        Guard.NotNull(profile);
        var facts = Facts(profile);
        if (facts.Count == 0)
        {
            return null;
        }

        var average = facts.Average(f => f.Amount);
        var term = facts.GroupBy(f => f.TermDays).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return Probability(LatePaymentFeatures.Compute(facts, profile.AsOf.AddDays(1), average, term, null));
    }

    private double Probability(double[] x)
    {
        var z = Intercept;
        for (var j = 0; j < x.Length; j++)
        {
            var c = Coefficients[j];
            z += c.Weight * (x[j] - c.Mean) / c.Scale;
        }

        return 1d / (1d + Math.Exp(-z));
    }

    private ModelCalibration Calibrate(int trainCount, List<(double[] X, bool Late)> holdout)
    {
        if (holdout.Count == 0)
        {
            return new ModelCalibration(trainCount, 0, double.NaN, double.NaN, double.NaN);
        }

        var scored = holdout.Select(h => (p: Probability(h.X), h.Late)).ToList();
        var brier = scored.Average(s => ((s.Late ? 1d : 0d) - s.p) * ((s.Late ? 1d : 0d) - s.p));
        var lateShare = scored.Count(s => s.Late) / (double)scored.Count;
        return new ModelCalibration(trainCount, holdout.Count, lateShare, brier, Auc(scored));
    }

    /// <summary>AUC by the rank-sum (Mann–Whitney) formula, ties given their average rank.</summary>
    internal static double Auc(IReadOnlyList<(double P, bool Late)> scored)
    {
        var positives = scored.Count(s => s.Late);
        var negatives = scored.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var ordered = scored.OrderBy(s => s.P).ToList();
        var rankSum = 0d;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j + 1 < ordered.Count && ordered[j + 1].P == ordered[i].P)
            {
                j++;
            }

            var averageRank = ((i + 1) + (j + 1)) / 2d;
            for (var k = i; k <= j; k++)
            {
                rankSum += ordered[k].Late ? averageRank : 0d;
            }

            i = j + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2d)) / ((double)positives * negatives);
    }

    private static (double Intercept, ImmutableArray<LatePaymentCoefficient> Coefficients) Solve(List<(double[] X, bool Late)> train, LatePaymentModelOptions options)
    {
        var n = train.Count;
        var m = LatePaymentFeatures.Names.Length;
        var mean = new double[m];
        var scale = new double[m];
        for (var j = 0; j < m; j++)
        {
            mean[j] = train.Average(t => t.X[j]);
            var variance = train.Average(t => (t.X[j] - mean[j]) * (t.X[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1d;
        }

        // Design matrix with an intercept column, features standardised.
        var x = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = new double[m + 1];
            x[i][0] = 1d;
            for (var j = 0; j < m; j++)
            {
                x[i][j + 1] = (train[i].X[j] - mean[j]) / scale[j];
            }

            y[i] = train[i].Late ? 1d : 0d;
        }

        var w = new double[m + 1];
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var gradient = new double[m + 1];
            var hessian = new double[m + 1, m + 1];
            for (var i = 0; i < n; i++)
            {
                var z = 0d;
                for (var j = 0; j <= m; j++)
                {
                    z += w[j] * x[i][j];
                }

                var p = 1d / (1d + Math.Exp(-z));
                var weight = p * (1d - p);
                for (var j = 0; j <= m; j++)
                {
                    gradient[j] += (y[i] - p) * x[i][j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += weight * x[i][j] * x[i][k];
                    }
                }
            }

            for (var j = 0; j <= m; j++)
            {
                for (var k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }

                if (j > 0)
                {
                    gradient[j] -= options.Ridge * w[j];
                    hessian[j, j] += options.Ridge;
                }
            }

            hessian[0, 0] += 1e-9;
            var step = SolveLinear(hessian, gradient);
            var largest = 0d;
            for (var j = 0; j <= m; j++)
            {
                w[j] += step[j];
                largest = Math.Max(largest, Math.Abs(step[j]));
            }

            if (largest < 1e-10)
            {
                break;
            }
        }

        return (w[0], [.. LatePaymentFeatures.Names.Select((name, j) => new LatePaymentCoefficient(name, w[j + 1], mean[j], scale[j]))]);
    }

    /// <summary>Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] SolveLinear(double[,] a, double[] b)
    {
        var size = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < size; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < size; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = 0; c < size; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            for (var r = col + 1; r < size; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < size; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }

                v[r] -= factor * v[col];
            }
        }

        var result = new double[size];
        for (var r = size - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var c = r + 1; c < size; c++)
            {
                sum -= m[r, c] * result[c];
            }

            result[r] = sum / m[r, r];
        }

        return result;
    }

    private static void Validate(LatePaymentModelOptions options)
    {
        var errors = new List<string>();
        if (!(options.HoldoutShare >= 0.05 && options.HoldoutShare <= 0.5))
        {
            errors.Add("HoldoutShare must be between 0.05 and 0.5");
        }

        if (!(options.Ridge > 0d && double.IsFinite(options.Ridge)))
        {
            errors.Add("Ridge must be greater than 0");
        }

        if (options.MaxIterations < 1)
        {
            errors.Add("MaxIterations must be at least 1");
        }

        if (options.MinimumInvoices < 2)
        {
            errors.Add("MinimumInvoices must be at least 2");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid late-payment model options: " + string.Join("; ", errors) + ".", nameof(options));
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units and the seed: stable across platforms and runs.</summary>
    private static uint Hash(string text, int seed)
    {
        var hash = 2166136261u ^ unchecked((uint)seed);
        foreach (var ch in text)
        {
            hash = unchecked((hash ^ ch) * 16777619u);
        }

        // Final avalanche so nearby ids spread over the whole range.
        hash ^= hash >> 15;
        hash = unchecked(hash * 0x2c1b3c6du);
        hash ^= hash >> 12;
        return hash;
    }

    /// <summary>The invoices of an account, one list per currency, settlement dates after the as-of date ignored.</summary>
    private static IEnumerable<List<InvoiceFact>> Facts(CustomerAccount account, DateOnly asOf)
        => account.Items
            .Where(i => i.Document.Kind == DocumentKind.Invoice && i.Document.DocumentDate <= asOf)
            .GroupBy(i => i.Document.Currency.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(i => new InvoiceFact(i.Id.Value, i.Document.Amount.Amount, i.Document.DocumentDate, i.Document.DueDate, i.SettledOn is { } s && s <= asOf ? s : null)).ToList());

    /// <summary>The invoices visible in a profile: those with payment records (settled unless still open) and the open items.</summary>
    private static List<InvoiceFact> Facts(CreditProfile profile)
    {
        // Installments of one document are open items with the same id: one invoice, the originals added up.
        var open = profile.OpenItems
            .Where(i => i.Open.Currency == profile.Currency)
            .GroupBy(i => i.Id.Value, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (Original: g.Sum(i => i.Original.Amount), g.First().DocumentDate, DueDate: g.Max(i => i.DueDate)),
                StringComparer.Ordinal);
        var facts = profile.PaymentRecords
            .Where(r => r.Amount.Currency == profile.Currency && r.PaidOn <= profile.AsOf)
            .GroupBy(r => r.Item.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var isOpen = open.TryGetValue(g.Key, out var item);
                return new InvoiceFact(g.Key, isOpen ? item.Original : g.Sum(r => r.Amount.Amount), first.DocumentDate, first.DueDate, isOpen ? null : g.Max(r => r.PaidOn));
            })
            .ToList();
        var paidIds = facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        facts.AddRange(open.Where(i => !paidIds.Contains(i.Key)).Select(i => new InvoiceFact(i.Key, i.Value.Original, i.Value.DocumentDate, i.Value.DueDate, null)));
        return facts;
    }
}

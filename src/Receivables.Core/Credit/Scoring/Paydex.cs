using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Credit.Scoring;

/// <summary>
/// Dun &amp; Bradstreet's PAYDEX key: maps days beyond terms, or a payment habit, to an index from 0 to 100, and
/// weights payments into one index by either convention (<see cref="PaydexWeighting"/>).
/// </summary>
/// <remarks>
/// <para>The published key: 100 anticipates, 90 discounts, 80 prompt, 70 = 15 days beyond terms, 60 = 22, 50 = 30,
/// 40 = 60, 30 = 90, 20 = 120, below 20 = more than 120. D&amp;B's PAYDEX value chart (dandb.com glossary, "PAYDEX")
/// gives the same key by average days to pay, with 100 = 30 days sooner than terms and 90 = 20 days sooner, straight
/// lines between; this is the key by days (<see cref="FromDaysBeyondTerms"/>). Below 20 the last published slope
/// continues to 0 at 180 days beyond terms.</para>
/// <para>"Anticipates" and "discounts" are also habits the host may know (a discount was taken, the payment came before
/// the discount date): a payment with a <see cref="PaymentHabit"/> takes that key (100 or 90) whatever its days
/// (<see cref="KeyOf"/>, and <see cref="CreditProfile.PaymentHabits"/> for the payment-index factor). See
/// docs/decisions/400-credit-scoring.md and 404.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class Paydex
{
    /// <summary>Gets the anchors of the key by days: days beyond terms (negative = early) and the index at that point.</summary>
    public static ImmutableArray<ScorePoint> Anchors { get; } =
    [
        new(-30, 100), new(-20, 90), new(0, 80), new(15, 70), new(22, 60), new(30, 50), new(60, 40), new(90, 30), new(120, 20), new(180, 0),
    ];

    /// <summary>Gets the anchors as a score curve.</summary>
    public static ScoreCurve Curve { get; } = ScoreCurve.Through(Anchors);

    /// <summary>Maps days beyond terms to the key by days (D&amp;B's value chart).</summary>
    /// <param name="daysBeyondTerms">Days after the due date (negative when paid early); 30 or more days early scores 100.</param>
    /// <returns>The index, 0 to 100; higher is better.</returns>
    /// <exception cref="ArgumentException"><paramref name="daysBeyondTerms"/> is NaN.</exception>
    public static double FromDaysBeyondTerms(double daysBeyondTerms) => Curve.Map(daysBeyondTerms);

    /// <summary>Gets the key of one payment: 100 when it anticipates, 90 when it discounts, else by its days.</summary>
    /// <param name="payment">The payment.</param>
    /// <returns>The index, 0 to 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The habit is not defined.</exception>
    /// <exception cref="ArgumentException">The days are NaN.</exception>
    public static double KeyOf(PaydexPayment payment) => Guard.Defined(payment.Habit) switch
    {
        PaymentHabit.Anticipates => 100d,
        PaymentHabit.Discounts => 90d,
        _ => FromDaysBeyondTerms(payment.DaysBeyondTerms),
    };

    /// <summary>Computes the index of a set of payments.</summary>
    /// <param name="payments">The payments; their amounts are the weights.</param>
    /// <param name="weighting">The convention. The default value is <see cref="PaydexWeighting.DaysThenKey"/>.</param>
    /// <returns>The index from 0 to 100, or null when the payments weigh nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weighting"/> or a habit is not defined, or an amount is negative.</exception>
    public static double? Index(IEnumerable<PaydexPayment> payments, PaydexWeighting weighting = PaydexWeighting.DaysThenKey)
    {
        Guard.NotNull(payments);
        var index = new Accumulator(weighting);
        foreach (var p in payments)
        {
            index.Add(p);
        }

        return index.Result();
    }

    /// <summary>
    /// <see cref="Index"/> as a running fold: payments are added one at a time (no list to hold them) and the index
    /// read at the end; the same sums in the same order, so the same result.
    /// </summary>
    internal struct Accumulator
    {
        private readonly PaydexWeighting _weighting;
        private decimal _weight;
        private double _sum;
        private decimal _anticipates;
        private decimal _discounts;

        public Accumulator(PaydexWeighting weighting)
        {
            _weighting = Guard.Defined(weighting);
        }

        public void Add(PaydexPayment p)
        {
            if (p.Amount < 0m)
            {
                throw Guard.OutOfRange("payments", p.Amount, "A payment amount must not be negative.");
            }

            _weight += p.Amount;
            if (_weighting == PaydexWeighting.KeyPerPayment)
            {
                _sum += (double)p.Amount * KeyOf(p);
            }
            else
            {
                switch (Guard.Defined(p.Habit))
                {
                    case PaymentHabit.Anticipates:
                        _anticipates += p.Amount;
                        break;
                    case PaymentHabit.Discounts:
                        _discounts += p.Amount;
                        break;
                    default:
                        _sum += (double)p.Amount * p.DaysBeyondTerms;
                        break;
                }
            }
        }

        public readonly double? Result()
        {
            if (_weight <= 0m)
            {
                return null;
            }

            if (_weighting == PaydexWeighting.KeyPerPayment)
            {
                return _sum / (double)_weight;
            }

            // Days then key: the payments scored by days give one average and its key; the habits keep their own
            // keys, weighted by amount alongside it.
            var byDays = _weight - _anticipates - _discounts;
            var daysKey = byDays > 0m ? FromDaysBeyondTerms(_sum / (double)byDays) : 0d;
            return ((double)byDays * daysKey + ((double)_anticipates * 100d) + ((double)_discounts * 90d)) / (double)_weight;
        }
    }
}

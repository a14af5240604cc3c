using System.Globalization;
using Receivables.Credit.Scoring;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Analytics;

/// <summary>
/// Aggregates payment records into payment behaviour per group and currency (<see cref="SegmentBehaviour"/>), in a
/// form that merges: partitions of the records (by customer, month, shard or machine) can be accumulated separately
/// and merged, in any order and grouping, with the same result as accumulating all records at once.
/// </summary>
/// <remarks>
/// <para>The accumulator keeps, per group and currency, the sums <see cref="PaymentBehaviour.Compute"/> uses (count,
/// amount, amount × days to pay, amount × days beyond terms, amount and count paid late). They are sums of decimals
/// and whole days, so merging is exact: no figure depends on the order of <see cref="Add"/> and
/// <see cref="Merge"/> calls.</para>
/// <para>Not thread-safe: use one accumulator per thread and merge them.</para>
/// </remarks>
public sealed class PaymentBehaviourAccumulator
{
    private readonly Dictionary<(string Key, string Currency), PaymentBehaviourSums> _sums = [];

    /// <summary>Gets the number of records added, merged ones included.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Adds one payment record to a group.</summary>
    /// <param name="key">The group, such as the customer's segment; see <see cref="CustomerAttributes.KeyFor"/>.</param>
    /// <param name="record">The record, such as one of <see cref="CustomerAccount.PaymentRecords"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank, or the record's amount is not
    /// positive.</exception>
    public void Add(string key, PaymentRecord record)
    {
        Guard.NotBlank(key);
        if (!record.Amount.IsPositive)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A payment record's amount must be positive; {record.Payment} on {record.Item} is {record.Amount}."), nameof(record));
        }

        Sums(key, record.Amount.Currency).Add(record);
        RecordCount++;
    }

    /// <summary>Adds everything another accumulator holds; the other is not changed.</summary>
    /// <param name="other">The other accumulator (merging one into itself doubles it, as adding its records twice
    /// would).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(PaymentBehaviourAccumulator other)
    {
        Guard.NotNull(other);
        var parts = other._sums.Select(p => (p.Key, Sums: p.Value.Copy())).ToList();
        var count = other.RecordCount;
        foreach (var ((key, _), sums) in parts)
        {
            Sums(key, sums.Currency).Add(sums);
        }

        RecordCount += count;
    }

    /// <summary>Gets the behaviour of every group and currency with at least one record.</summary>
    /// <returns>The groups, ordered by key (ordinal), then currency code.</returns>
    public IReadOnlyList<SegmentBehaviour> ToBehaviours()
        => [.. _sums
            .OrderBy(p => p.Key.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Currency, StringComparer.Ordinal)
            .Select(p => ToBehaviour(p.Key.Key, p.Value))];

    private static SegmentBehaviour ToBehaviour(string key, PaymentBehaviourSums sums)
    {
        var behaviour = sums.ToBehaviour();

        // The credit module's index at the group's weighted days beyond terms: one aggregated payment through the same
        // Paydex.Index the credit factor uses, clamped as the factor clamps it.
        var index = Paydex.Index([new PaydexPayment(sums.Total, (double)behaviour.AverageDaysBeyondTerms)]) ?? 0d;
        return new SegmentBehaviour(key, behaviour, sums.LateCount, Math.Clamp(index, 0d, 100d));
    }

    private PaymentBehaviourSums Sums(string key, Currency currency)
    {
        if (!_sums.TryGetValue((key, currency.Code), out var sums))
        {
            sums = new PaymentBehaviourSums(currency);
            _sums.Add((key, currency.Code), sums);
        }

        return sums;
    }
}

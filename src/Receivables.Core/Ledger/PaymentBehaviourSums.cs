namespace Receivables.Ledger;

/// <summary>
/// The running sums behind <see cref="PaymentBehaviour"/> for one currency: count, amount, amount × days to pay,
/// amount × days beyond terms, and the amount and count paid late. Sums of decimals with whole days, so adding the
/// records of two parts and merging the parts gives the same sums exactly, in any order (the analytics accumulator
/// relies on it).
/// </summary>
/// <remarks>Mutable; not thread-safe. Internal: the public forms are <see cref="PaymentBehaviour"/> and the
/// analytics accumulator.</remarks>
internal sealed class PaymentBehaviourSums(Currency currency)
{
    public Currency Currency => currency;

    public int Count { get; private set; }

    public int LateCount { get; private set; }

    public decimal Total { get; private set; }

    public decimal DaysToPay { get; private set; }

    public decimal DaysBeyond { get; private set; }

    public decimal Late { get; private set; }

    public void Add(PaymentRecord r)
    {
        var amount = r.Amount.Amount;
        Count++;
        Total += amount;
        DaysToPay += amount * r.DaysToPay;
        DaysBeyond += amount * r.DaysBeyondTerms;
        if (r.DaysBeyondTerms > 0)
        {
            Late += amount;
            LateCount++;
        }
    }

    public void Add(PaymentBehaviourSums other)
    {
        if (other.Count == 0)
        {
            return;
        }

        Count += other.Count;
        LateCount += other.LateCount;
        Total += other.Total;
        DaysToPay += other.DaysToPay;
        DaysBeyond += other.DaysBeyond;
        Late += other.Late;
    }

    public PaymentBehaviourSums Copy()
    {
        var copy = new PaymentBehaviourSums(currency);
        copy.Add(this);
        return copy;
    }

    public PaymentBehaviour ToBehaviour()
        => new(currency, Count, new Money(Total, currency), DaysToPay / Total, DaysBeyond / Total, Late / Total);
}

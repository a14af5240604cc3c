using Receivables.Internal;
namespace Receivables.Matching;

/// <summary>
/// What a statement line does to one open item: cash applied, early-payment discount granted and write-off proposed.
/// The item's open amount goes down by <see cref="Cleared"/>.
/// </summary>
/// <param name="Item">The document number of the item.</param>
/// <param name="Customer">The customer of the item.</param>
/// <param name="Applied">The cash from the line applied to the item; positive.</param>
/// <param name="Discount">The early-payment discount taken; zero when none.</param>
/// <param name="WriteOff">The short payment proposed for write-off (bank fees, small differences); zero when none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MatchAllocation(DocumentId Item, CustomerId Customer, Money Applied, Money Discount, Money WriteOff)
{
    // Most allocations grant no discount, write nothing off and name no deduction: those three are kept apart, in an
    // object made only when one of them is not the plain zero of the applied currency (a run keeps one allocation or
    // more per line: 64 bytes instead of 112 each).
    private Rest? _rest = Rest.Of(Applied.Currency, Discount, WriteOff, null);

    /// <summary>Gets the cash from the line applied to the item; positive.</summary>
    public Money Applied
    {
        get => _applied;
        init
        {
            // Zeros kept implicitly are zeros of the applied currency: pinned before that currency changes.
            if (_rest is null && value.Currency != _applied.Currency)
            {
                _rest = new Rest(Money.Zero(_applied.Currency), Money.Zero(_applied.Currency), null);
            }

            _applied = value;
        }
    }

    private readonly Money _applied = Applied;

    /// <summary>Gets the early-payment discount taken; zero when none.</summary>
    public Money Discount
    {
        get => _rest?.Discount ?? Money.Zero(_applied.Currency);
        init => _rest = Rest.Of(_applied.Currency, value, WriteOff, Deduction);
    }

    /// <summary>Gets the short payment proposed for write-off (bank fees, small differences); zero when none.</summary>
    public Money WriteOff
    {
        get => _rest?.WriteOff ?? Money.Zero(_applied.Currency);
        init => _rest = Rest.Of(_applied.Currency, Discount, value, Deduction);
    }

    /// <summary>The record's members, written in the invariant culture (dates as yyyy-MM-dd, numbers with '.' and '-'),
    /// whatever the current culture.</summary>
    /// <returns>The type name and its members, as the compiler-generated form prints them.</returns>
    public override string ToString() => InvariantText.Record(nameof(MatchAllocation), PrintMembers);

    /// <summary>Gets the total the item is cleared by: applied + discount + write-off.</summary>
    public Money Cleared => _rest is null ? _applied : Applied + Discount + WriteOff;

    /// <summary>Gets the named shortfall on the item (an unearned discount, bank charges, a short payment), or null.
    /// When written off it is also <see cref="WriteOff"/>; when left open or disputed it stays open on the item, so
    /// applied + discount + write-off + deduction is the item's open amount.</summary>
    /// <value>The default value is null.</value>
    public MatchDeduction? Deduction
    {
        get => _rest?.Deduction;
        init => _rest = Rest.Of(_applied.Currency, Discount, WriteOff, value);
    }

    /// <summary>What the allocation takes of the item's open amount for other lines of the run: what it clears plus a
    /// deduction held in dispute on it (the ledger holds that part, <see cref="Ledger.ReceiptLine"/>), so that two
    /// lines never claim more than the item has open.</summary>
    internal decimal Claimed => Cleared.Amount + (Deduction is { Treatment: DeductionTreatment.Dispute } held ? held.Amount.Amount : 0m);

    /// <summary>Whether the other allocation has the same item, customer, amounts (compared as money is: 1.50 equals
    /// 1.5) and deduction.</summary>
    /// <param name="other">The other allocation, or null.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(MatchAllocation? other)
        => other is not null && Item == other.Item && Customer == other.Customer && Applied == other.Applied
            && Discount == other.Discount && WriteOff == other.WriteOff && Deduction == other.Deduction;

    /// <summary>A hash of the item, customer and applied amount, consistent with <see cref="Equals(MatchAllocation)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Item, Customer, Applied);

    /// <summary>Discount, write-off and deduction when one of them is not the plain zero (0, scale 0) of the applied
    /// currency (or null).</summary>
    private sealed record Rest(Money Discount, Money WriteOff, MatchDeduction? Deduction)
    {
        public static Rest? Of(Currency currency, Money discount, Money writeOff, MatchDeduction? deduction)
            => deduction is null && IsPlainZero(discount, currency) && IsPlainZero(writeOff, currency) ? null : new Rest(discount, writeOff, deduction);

        // Bit for bit: a zero written 0.00 or -0 prints differently and is kept as it was given.
        private static bool IsPlainZero(Money money, Currency currency)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(money.Amount, bits);
            return money.Currency == currency && bits is [0, 0, 0, 0];
        }
    }
}

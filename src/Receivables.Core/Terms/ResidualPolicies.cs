using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// The built-in residual policies: which line absorbs what the others leave, and which <see cref="IRemainderPolicy"/>
/// rounds the percentage shares (decision 104: one splitting mechanism, the residual policy layered on it).
/// </summary>
/// <remarks>All policies are immutable and thread-safe.</remarks>
public static class ResidualPolicies
{
    private static readonly string TotalName = "total";

    /// <summary>
    /// Gets the rule of Odoo up to 16 and of ERPNext, the default: every percentage line but the last share is rounded
    /// on its own with the term's <see cref="PaymentTerm.Rounding"/> (half away from zero unless changed) and the last
    /// share absorbs the difference (<see cref="RemainderPolicies.LastAbsorbs"/>); fixed lines take their amount; the
    /// balance line takes its share less the fixed lines. 100.00 in three equal thirds → 33.33, 33.33, 33.34. A total
    /// smaller than the fixed lines plus the percentages is refused (<see cref="ArgumentException"/> naming <c>total</c>).
    /// </summary>
    public static IResidualPolicy LastLine { get; } = new BalanceLinePolicy(null, "LastLine");

    /// <summary>
    /// Gets the largest-remainder rule: percentage shares are rounded down and the leftover minor units go to the shares
    /// that lost the largest fractions (<see cref="RemainderPolicies.LargestRemainder"/>); otherwise as
    /// <see cref="LastLine"/>. 100.00 in three thirds → 33.34, 33.33, 33.33. It splits in minor units: the term's
    /// rounding policy then applies to discounts only.
    /// </summary>
    public static IResidualPolicy LargestRemainder { get; } = new BalanceLinePolicy(RemainderPolicies.LargestRemainder, "LargestRemainder");

    /// <summary>
    /// Gets Odoo 17's and 18's rule: every line but the last is computed on its own (a percentage line rounded with the
    /// term's rounding policy, a fixed line its amount), and the last line, whatever its kind, takes the residual, which
    /// may be negative: fixed 500.00 then 100% on a 300.00 invoice gives 500.00 and −200.00. A balance line must be the
    /// last line under this rule; a term with fixed lines needs no balance line (create it with
    /// <see cref="PaymentTerm.Create(IResidualPolicy, InstallmentLine[])"/>).
    /// </summary>
    public static IResidualPolicy LastLineAnyKind { get; } = new AnyKindPolicy();

    /// <summary>Gets the policy a term uses when none is given: <see cref="LastLine"/>, because that is what Odoo and
    /// ERPNext users see (decision 101).</summary>
    public static IResidualPolicy Default => LastLine;

    /// <summary>
    /// The balance-line rule with any remainder policy for the percentage shares (the balance line's share last).
    /// </summary>
    /// <param name="remainder">How the percentage shares are rounded.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remainder"/> is <see langword="null"/>.</exception>
    public static IResidualPolicy Using(IRemainderPolicy remainder) => new BalanceLinePolicy(Guard.NotNull(remainder), $"Using({remainder})");

    private sealed class BalanceLinePolicy(IRemainderPolicy? remainder, string name) : IResidualPolicy
    {
        public Money[] Split(in ResidualArguments arguments)
        {
            var total = arguments.Total;
            var lines = arguments.Lines;
            var currency = total.Currency;
            var fixedTotal = Money.Zero(currency);
            var percentIndexes = new List<int>();
            var balanceIndex = -1;
            var shares = new List<decimal>();
            for (var i = 0; i < lines.Count; i++)
            {
                switch (lines[i].Kind)
                {
                    case InstallmentKind.Percent:
                        percentIndexes.Add(i);
                        shares.Add(lines[i].Percent);
                        break;
                    case InstallmentKind.FixedAmount:
                        fixedTotal += lines[i].Amount!.Value;
                        break;
                    default:
                        balanceIndex = i;
                        break;
                }
            }

            if (balanceIndex < 0 && !fixedTotal.IsZero)
            {
                throw new ArgumentException($"Under the residual policy {name}, a term with fixed amounts needs a balance line.", nameof(arguments));
            }

            if (balanceIndex >= 0)
            {
                shares.Add(100m - shares.Sum());
            }

            var parts = total.Allocate(shares, remainder ?? RemainderPolicies.LastAbsorbs(arguments.Rounding));
            var result = new Money[lines.Count];
            for (var k = 0; k < percentIndexes.Count; k++)
            {
                result[percentIndexes[k]] = parts[k];
            }

            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Amount is { } amount)
                {
                    result[i] = amount;
                }
            }

            if (balanceIndex >= 0)
            {
                var balance = parts[^1] - fixedTotal;
                if (balance.IsNegative)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The total {total} is smaller than the fixed lines ({fixedTotal}) plus the percentages."), TotalName);
                }

                result[balanceIndex] = balance;
            }

            return result;
        }

        public override string ToString() => name;
    }

    private sealed class AnyKindPolicy : IResidualPolicy
    {
        public Money[] Split(in ResidualArguments arguments)
        {
            var total = arguments.Total;
            var lines = arguments.Lines;
            var currency = total.Currency;
            var result = new Money[lines.Count];
            var rest = total;
            for (var i = 0; i < lines.Count - 1; i++)
            {
                var line = lines[i];
                Money part;
                if (line.Kind == InstallmentKind.Percent)
                {
                    var rounded = arguments.Rounding.Round(total.Amount * line.Percent / 100m, currency);
                    part = new Money(decimal.Round(rounded, currency.MinorUnits, MidpointRounding.AwayFromZero), currency);
                }
                else if (line.Amount is { } amount)
                {
                    part = amount.Currency == currency ? amount : throw new CurrencyMismatchException(currency, amount.Currency);
                }
                else
                {
                    throw new ArgumentException("Under the residual policy LastLineAnyKind, only the last line may be a balance line.", nameof(arguments));
                }

                result[i] = part;
                rest -= part;
            }

            result[^1] = rest;
            return result;
        }

        public override string ToString() => "LastLineAnyKind";
    }
}

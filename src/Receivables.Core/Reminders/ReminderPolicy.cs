using System.Collections.Immutable;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>
/// A validated reminder policy: an ordered schedule of <see cref="ReminderLevel"/>s for one subject (overdue payments,
/// or a document owed to us). Build it once with <see cref="Create"/>; later changes to the options have no effect.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReminderPolicy
{
    private ReminderPolicy(ReminderPolicyOptions options, ImmutableArray<ReminderLevel> levels)
    {
        Name = options.Name;
        Subject = options.Subject;
        PerItem = options.PerItem;
        PromiseGraceDays = options.PromiseGraceDays;
        Levels = levels;
    }

    /// <summary>Gets the name (recorded with each reminder; levels are counted per policy name).</summary>
    public string Name { get; }

    /// <summary>Gets what the policy chases.</summary>
    public ReminderSubject Subject { get; }

    /// <summary>Gets the levels in schedule order (never empty); <c>Levels[0].Number</c> is 1.</summary>
    public ImmutableArray<ReminderLevel> Levels { get; }

    /// <summary>Gets whether each item gets its own communication.</summary>
    public bool PerItem { get; }

    /// <summary>Gets the days after a promised date during which the promise still holds.</summary>
    public int PromiseGraceDays { get; }

    /// <summary>Gets a level by number.</summary>
    /// <param name="number">The level number, from 1.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not a level of the policy.</exception>
    public ReminderLevel Level(int number) => Levels[Guard.InRange(number, 1, Levels.Length) - 1];

    /// <summary>Validates options and builds the policy. Every error is collected and reported together; nothing
    /// partial is returned.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ReminderOptionsException">One or more values are invalid; each error names its field (such as
    /// <c>Levels[1].GraceDays</c>, <c>Levels[0].Fee.Percent</c>, <c>Levels[2].MinimumOverdue[XXX]</c>).</exception>
    public static ReminderPolicy Create(ReminderPolicyOptions options)
    {
        Guard.NotNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            errors.Add("Name must not be empty.");
        }

        if (!Enum.IsDefined(options.Subject))
        {
            errors.Add(Invariant($"Subject = {(int)options.Subject} is not a reminder subject."));
        }

        if (options.PromiseGraceDays < 0)
        {
            errors.Add(Invariant($"PromiseGraceDays = {options.PromiseGraceDays} must not be negative."));
        }

        var source = options.Levels ?? [];
        if (source.Count == 0)
        {
            errors.Add("Levels must have at least one level.");
        }

        var levels = ImmutableArray.CreateBuilder<ReminderLevel>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            var o = source[i];
            var field = Invariant($"Levels[{i}]");
            if (o is null)
            {
                errors.Add(field + " is null.");
                continue;
            }

            if (i > 0 && source[i - 1] is { } previous && o.Days < previous.Days)
            {
                errors.Add(Invariant($"{field}.Days = {o.Days} is before Levels[{i - 1}].Days = {previous.Days}: levels must be in schedule order."));
            }

            if (o.GraceDays < 0)
            {
                errors.Add(Invariant($"{field}.GraceDays = {o.GraceDays} must not be negative."));
            }

            if (o.MaxCount < 1)
            {
                errors.Add(Invariant($"{field}.MaxCount = {o.MaxCount} must be at least 1."));
            }

            if (o.MinIntervalDays < 1)
            {
                errors.Add(Invariant($"{field}.MinIntervalDays = {o.MinIntervalDays} must be at least 1."));
            }

            if (o.Channels is null)
            {
                errors.Add(field + ".Channels must not be null.");
            }
            else
            {
                for (var c = 0; c < o.Channels.Count; c++)
                {
                    if (!Enum.IsDefined(o.Channels[c]))
                    {
                        errors.Add(Invariant($"{field}.Channels[{c}] = {(int)o.Channels[c]} is not a channel."));
                    }
                }
            }

            if (!Enum.IsDefined(o.Tone))
            {
                errors.Add(Invariant($"{field}.Tone = {(int)o.Tone} is not a tone."));
            }

            if (!Enum.IsDefined(o.Action))
            {
                errors.Add(Invariant($"{field}.Action = {(int)o.Action} is not a reminder action."));
            }

            foreach (var outcome in o.AfterOutcomes ?? [])
            {
                if (!Enum.IsDefined(outcome))
                {
                    errors.Add(Invariant($"{field}.AfterOutcomes has {(int)outcome}, which is not a contact outcome."));
                }
            }

            var minimum = Amounts(o.MinimumOverdue, field + ".MinimumOverdue", errors);
            var itemMinimum = Amounts(o.MinimumItemOverdue, field + ".MinimumItemOverdue", errors);
            var fee = Fee(o.Fee, field + ".Fee", errors);
            if (o.Channels is not null && o.AfterOutcomes is not null)
            {
                levels.Add(new ReminderLevel(i + 1, o, minimum, itemMinimum, fee));
            }
        }

        if (errors.Count > 0)
        {
            throw new ReminderOptionsException(errors, nameof(options));
        }

        return new ReminderPolicy(options, levels.ToImmutable());
    }

    /// <summary>Writes the policy as <c>standard (Payment): L1 -7d …; L2 …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Invariant($"{Name} ({Subject}): {string.Join("; ", Levels)}");

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static bool TryCurrency(string? code, string field, List<string> errors, out Currency currency)
    {
        if (Currency.TryFromCode(code, out currency))
        {
            return true;
        }

        errors.Add(Invariant($"{field}: '{code}' is not a known ISO 4217 currency code."));
        return false;
    }

    private static ImmutableDictionary<Currency, Money> Amounts(IDictionary<string, decimal>? source, string field, List<string> errors)
    {
        var result = ImmutableDictionary.CreateBuilder<Currency, Money>();
        foreach (var (code, amount) in source ?? new Dictionary<string, decimal>())
        {
            var key = Invariant($"{field}[{code}]");
            if (!TryCurrency(code, key, errors, out var currency))
            {
                continue;
            }

            if (amount < 0m)
            {
                errors.Add(Invariant($"{key} = {amount} must not be negative."));
            }
            else if (!Arithmetic.IsWhole(amount, currency.MinorUnits))
            {
                errors.Add(Invariant($"{key} = {amount} has more decimals than {currency.Code} has minor units ({currency.MinorUnits})."));
            }
            else
            {
                result[currency] = new Money(amount, currency);
            }
        }

        return result.ToImmutable();
    }

    private static ReminderFee Fee(ReminderFeeOptions? options, string field, List<string> errors)
    {
        if (options is null)
        {
            return ReminderFee.None;
        }

        if (options.Percent is < 0m or > 100m)
        {
            errors.Add(Invariant($"{field}.Percent = {options.Percent} must be from 0 to 100."));
        }

        var fixedFees = Amounts(options.Fixed, field + ".Fixed", errors);
        var cap = Amounts(options.Cap, field + ".Cap", errors);
        var tiers = new Dictionary<Currency, List<(Money From, Money Fee)>>();
        var list = options.Tiers ?? [];
        for (var t = 0; t < list.Count; t++)
        {
            var tier = list[t];
            var key = Invariant($"{field}.Tiers[{t}]");
            if (tier is null)
            {
                errors.Add(key + " is null.");
                continue;
            }

            if (!TryCurrency(tier.Currency, key + ".Currency", errors, out var currency))
            {
                continue;
            }

            if (tier.From < 0m || tier.Fee < 0m)
            {
                errors.Add(Invariant($"{key}: From = {tier.From} and Fee = {tier.Fee} must not be negative."));
                continue;
            }

            if (!Arithmetic.IsWhole(tier.Fee, currency.MinorUnits))
            {
                errors.Add(Invariant($"{key}.Fee = {tier.Fee} has more decimals than {currency.Code} has minor units."));
                continue;
            }

            if (!tiers.TryGetValue(currency, out var bands))
            {
                tiers[currency] = bands = [];
            }

            if (bands.Count > 0 && tier.From <= bands[^1].From.Amount)
            {
                errors.Add(Invariant($"{key}.From = {tier.From} must be above the previous {currency.Code} tier's From = {bands[^1].From.Amount}."));
                continue;
            }

            bands.Add((new Money(tier.From, currency), new Money(tier.Fee, currency)));
        }

        return new ReminderFee(fixedFees, options.Percent, tiers.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()), cap);
    }
}

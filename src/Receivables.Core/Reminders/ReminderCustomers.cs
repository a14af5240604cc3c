using System.Collections.Frozen;
using System.Globalization;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>The validated customer directory the planner reads (<see cref="ReminderCustomer"/> by id). Build it once
/// with <see cref="Create"/>, which reports every error together.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReminderCustomers
{
    private readonly FrozenDictionary<CustomerId, ReminderCustomer> _byId;

    private ReminderCustomers(FrozenDictionary<CustomerId, ReminderCustomer> byId)
    {
        _byId = byId;
    }

    /// <summary>Gets the empty directory: every customer has the defaults.</summary>
    public static ReminderCustomers None { get; } = new(FrozenDictionary<CustomerId, ReminderCustomer>.Empty);

    /// <summary>Gets the number of customers.</summary>
    public int Count => _byId.Count;

    /// <summary>Finds a customer.</summary>
    /// <param name="customer">The customer id.</param>
    /// <returns>The customer, or <see langword="null"/> when the directory has none.</returns>
    public ReminderCustomer? Find(CustomerId customer) => _byId.GetValueOrDefault(customer);

    /// <summary>Validates and builds the directory.</summary>
    /// <param name="customers">The customers; ids unique.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ReminderOptionsException">A customer is null or repeated, a channel or language is unknown, a
    /// do-not-contact period ends before it starts, or a probability or index is out of range; every error is listed
    /// as <c>customers[C-1].Preferences.Channel</c> and the like.</exception>
    public static ReminderCustomers Create(IEnumerable<ReminderCustomer> customers)
    {
        Guard.NotNull(customers);
        var errors = new List<string>();
        var map = new Dictionary<CustomerId, ReminderCustomer>();
        var index = 0;
        foreach (var customer in customers)
        {
            if (customer is null || customer.Id.IsDefault)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"customers[{index}] is null or has no id."));
                index++;
                continue;
            }

            var field = string.Create(CultureInfo.InvariantCulture, $"customers[{customer.Id}]");
            if (!map.TryAdd(customer.Id, customer))
            {
                errors.Add(field + " is listed twice.");
            }

            var p = customer.Preferences;
            if (p is null)
            {
                errors.Add(field + ".Preferences is null.");
            }
            else
            {
                if (p.Channel is { } channel && !Enum.IsDefined(channel))
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{field}.Preferences.Channel = {(int)channel} is not a channel."));
                }

                if (p.Language is not ("en" or "zh"))
                {
                    errors.Add($"{field}.Preferences.Language = '{p.Language}' must be 'en' or 'zh'.");
                }

                foreach (var period in p.DoNotContact ?? [])
                {
                    if (period.To < period.From)
                    {
                        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{field}.Preferences.DoNotContact: {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} ends before it starts."));
                    }
                }
            }

            if (customer.LatePaymentProbability is < 0m or > 1m)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{field}.LatePaymentProbability = {customer.LatePaymentProbability} must be from 0 to 1."));
            }

            if (customer.PaymentIndex is < 0m or > 100m)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{field}.PaymentIndex = {customer.PaymentIndex} must be from 0 to 100."));
            }

            index++;
        }

        if (errors.Count > 0)
        {
            throw new ReminderOptionsException(errors, nameof(customers));
        }

        return new ReminderCustomers(map.ToFrozenDictionary());
    }
}

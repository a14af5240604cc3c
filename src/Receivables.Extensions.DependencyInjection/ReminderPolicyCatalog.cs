using Receivables.Reminders;

namespace Receivables.Extensions.DependencyInjection;

/// <summary>The named reminder policies of a host: those configured under <c>Receivables:Reminders:Policies</c> and
/// those added with <see cref="ReceivablesBuilder.AddReminderPolicy(ReminderPolicy)"/>.</summary>
/// <remarks>Names are case-insensitive. Built and validated once at start-up; immutable and thread-safe afterwards.</remarks>
public sealed class ReminderPolicyCatalog
{
    private readonly Dictionary<string, ReminderPolicy> _policies;

    internal ReminderPolicyCatalog(Dictionary<string, ReminderPolicy> policies)
    {
        _policies = policies;
    }

    /// <summary>Gets the policy names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _policies.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Gets a policy by name.</summary>
    /// <param name="name">The name, such as <c>standard</c>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No policy has that name (the message lists the names).</exception>
    public ReminderPolicy Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _policies.TryGetValue(name, out var policy)
            ? policy
            : throw new KeyNotFoundException($"No reminder policy is named '{name}'. Known: {string.Join(", ", Names)}.");
    }

    /// <summary>Gets a policy by name, if there is one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="policy">The policy, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReminderPolicy? policy)
    {
        policy = null;
        return name is not null && _policies.TryGetValue(name, out policy);
    }
}

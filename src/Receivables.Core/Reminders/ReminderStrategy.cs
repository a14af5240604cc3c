using System.Collections.Immutable;
using Receivables.Internal;

namespace Receivables.Reminders;

/// <summary>
/// Which policy a customer's items follow: a default payment policy, policies per segment or business type, a firm
/// ladder for customers whose behaviour calls for it, and policies for documents owed to us (by subject).
/// </summary>
/// <remarks>
/// <para>For a payment item the firm ladder comes first (when set and the selector says so), then the policy of the
/// item's segment (the customer's <see cref="ReminderCustomer.Segment"/>, else the item's), then the default.</para>
/// <para>Immutable and thread-safe: the <c>With…</c> methods return new strategies.</para>
/// </remarks>
public sealed class ReminderStrategy
{
    private readonly ImmutableDictionary<string, ReminderPolicy> _segments;
    private readonly ImmutableDictionary<ReminderSubject, ReminderPolicy> _documents;
    private readonly ReminderPolicy? _firm;
    private readonly Func<ReminderBehaviour, bool> _isFirm;

    private ReminderStrategy(ReminderPolicy payment, ImmutableDictionary<string, ReminderPolicy> segments, ImmutableDictionary<ReminderSubject, ReminderPolicy> documents, ReminderPolicy? firm, Func<ReminderBehaviour, bool> isFirm)
    {
        Default = payment;
        _segments = segments;
        _documents = documents;
        _firm = firm;
        _isFirm = isFirm;
    }

    /// <summary>Gets the default payment policy.</summary>
    public ReminderPolicy Default { get; }

    /// <summary>Gets the firm ladder, or <see langword="null"/>.</summary>
    public ReminderPolicy? Firm => _firm;

    /// <summary>Gets every policy of the strategy (default, segments, firm, documents), each once, by name.</summary>
    public IEnumerable<ReminderPolicy> Policies
        => new[] { Default }.Concat(_segments.Values).Concat(_firm is null ? [] : [_firm]).Concat(_documents.Values).DistinctBy(p => p.Name, StringComparer.Ordinal).OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>The default selector of the firm ladder: at least one broken promise, a payment index below 50, or a
    /// credit grade of D or E.</summary>
    /// <param name="behaviour">The behaviour.</param>
    /// <returns>True when the firm ladder applies.</returns>
    public static bool DefaultFirmness(ReminderBehaviour behaviour)
        => behaviour.BrokenPromises > 0
            || behaviour.Customer?.PaymentIndex is < 50m
            || behaviour.Customer?.Grade is "D" or "E";

    /// <summary>Creates a strategy with one payment policy for every customer.</summary>
    /// <param name="payment">The policy; its subject must be <see cref="ReminderSubject.Payment"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payment"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy chases documents, not payments.</exception>
    public static ReminderStrategy For(ReminderPolicy payment)
        => new(Payment(payment), ImmutableDictionary.Create<string, ReminderPolicy>(StringComparer.Ordinal), ImmutableDictionary<ReminderSubject, ReminderPolicy>.Empty, null, DefaultFirmness);

    /// <summary>Returns a strategy that uses a policy for one segment or business type.</summary>
    /// <param name="segment">The segment (ordinal match).</param>
    /// <param name="policy">The payment policy.</param>
    /// <returns>The new strategy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The segment is blank, or the policy chases documents.</exception>
    public ReminderStrategy WithSegment(string segment, ReminderPolicy policy)
        => new(Default, _segments.SetItem(Guard.NotBlank(segment), Payment(policy)), _documents, _firm, _isFirm);

    /// <summary>Returns a strategy that uses a firm ladder for customers the selector picks.</summary>
    /// <param name="firm">The firm payment policy.</param>
    /// <param name="selector">Says whether a customer gets the firm ladder. The default value is
    /// <see cref="DefaultFirmness"/>.</param>
    /// <returns>The new strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firm"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy chases documents.</exception>
    public ReminderStrategy WithFirmLadder(ReminderPolicy firm, Func<ReminderBehaviour, bool>? selector = null)
        => new(Default, _segments, _documents, Payment(firm), selector ?? DefaultFirmness);

    /// <summary>Returns a strategy that chases documents of the policy's subject with it.</summary>
    /// <param name="policy">A policy whose subject is a document (not <see cref="ReminderSubject.Payment"/>).</param>
    /// <returns>The new strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy chases payments.</exception>
    public ReminderStrategy WithDocuments(ReminderPolicy policy)
    {
        Guard.NotNull(policy);
        if (policy.Subject == ReminderSubject.Payment)
        {
            throw new ArgumentException($"The policy '{policy.Name}' chases payments; use For or WithSegment.", nameof(policy));
        }

        return new(Default, _segments, _documents.SetItem(policy.Subject, policy), _firm, _isFirm);
    }

    /// <summary>Finds the policy for documents of a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The policy, or <see langword="null"/> when the strategy does not chase that subject.</returns>
    public ReminderPolicy? ForDocuments(ReminderSubject subject) => _documents.GetValueOrDefault(subject);

    /// <summary>Selects the payment policy of a customer's item and says why.</summary>
    /// <param name="behaviour">The customer's behaviour.</param>
    /// <param name="itemSegment">The item's segment, or <see langword="null"/>.</param>
    /// <returns>The policy and the <see cref="ReminderReasonCodes.Ladder"/> reason.</returns>
    public (ReminderPolicy Policy, string Why) Select(in ReminderBehaviour behaviour, string? itemSegment)
    {
        if (_firm is not null && _isFirm(behaviour))
        {
            return (_firm, "firm: behaviour");
        }

        var segment = behaviour.Customer?.Segment ?? itemSegment;
        if (segment is not null && _segments.TryGetValue(segment, out var policy))
        {
            return (policy, "segment " + segment);
        }

        return (Default, "default");
    }

    private static ReminderPolicy Payment(ReminderPolicy policy, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(policy))] string? name = null)
    {
        Guard.NotNull(policy, name);
        return policy.Subject == ReminderSubject.Payment
            ? policy
            : throw new ArgumentException($"The policy '{policy.Name}' chases {policy.Subject}, not payments; use WithDocuments.", name);
    }
}

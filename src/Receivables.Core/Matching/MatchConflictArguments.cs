using System.Globalization;
using Receivables.Internal;
using Receivables.Ledger;

namespace Receivables.Matching;

/// <summary>What an <see cref="IMatchConflictPolicy"/> is given: every line of the run with its ranked proposals, the
/// open amounts of the items, and the options.</summary>
/// <remarks>A read-only value; members may be added later without breaking policies. The lists must not be kept after
/// the policy returns, and <see cref="OpenAmount"/> of arguments the engine gave throws
/// <see cref="InvalidOperationException"/> once a whole run (<c>Match(lines, items, customers)</c>) has returned.
/// <c>default</c> has no lines and no items and is never passed by the engine.</remarks>
public readonly struct MatchConflictArguments
{
    private readonly Func<DocumentId, Money?>? _open;

    /// <summary>Creates arguments, such as for testing a policy alone.</summary>
    /// <param name="lines">The lines with their ranked proposals, in input order (line ids unique).</param>
    /// <param name="items">The open items the proposals may name (document numbers unique).</param>
    /// <param name="options">The options; null for the defaults. They are validated and copied.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A document number is given twice, or the options are invalid.</exception>
    public MatchConflictArguments(IEnumerable<MatchConflictLine> lines, IEnumerable<OpenItem> items, MatchingOptions? options = null)
    {
        MatchConflictLine[] list = [.. Guard.NotNull(lines)];
        foreach (var line in list)
        {
            Guard.NotNull(line, nameof(lines));
        }

        var open = new Dictionary<DocumentId, Money>();
        foreach (var item in Guard.NotNull(items))
        {
            Guard.NotNull(item, nameof(items));
            if (!open.TryAdd(item.Id, item.Open))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Document {item.Id} is given more than once."), nameof(items));
            }
        }

        Lines = list;
        Options = MatchingOptions.Checked(options);
        _open = id => open.TryGetValue(id, out var amount) ? amount : null;
    }

    internal MatchConflictArguments(IReadOnlyList<MatchConflictLine> lines, MatchIndex index, MatchingOptions options)
    {
        Lines = lines;
        Options = options;
        _open = id =>
        {
            index.EnsureNotReleased("IMatchConflictPolicy.Resolve");
            return index.Find(id) is var at and >= 0 ? index.Item(at).Open : null;
        };
    }

    /// <summary>Gets the lines with their ranked proposals, in input order.</summary>
    public IReadOnlyList<MatchConflictLine> Lines { get; } = [];

    /// <summary>Gets the options of the run (validated): thresholds, tolerances, weights.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Gets an item's open amount before this run.</summary>
    /// <param name="item">The document number.</param>
    /// <returns>The open amount.</returns>
    /// <exception cref="KeyNotFoundException">The item is not among the open items.</exception>
    /// <exception cref="InvalidOperationException">The arguments were kept past the policy's call in a whole run.</exception>
    public Money OpenAmount(DocumentId item)
        => _open?.Invoke(item) ?? throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Item {item} is not an open item of this run."));
}

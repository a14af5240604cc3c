using Receivables.Internal;

namespace Receivables.Matching;

/// <summary>
/// The open items and customer profiles prepared for matching: items by normalised document number and by
/// customer and currency (oldest due first), customers by account and by normalised name. Built by
/// <see cref="MatchingEngine.BuildIndex"/>; one index serves any number of matching runs.
/// </summary>
/// <remarks>
/// <para>Building takes O(n) hashing plus sorting each customer's items (O(n log k) for k items per customer).
/// Structures needed only by rare lookups (name similarity, global truncated references) are built on first use.</para>
/// <para>The index does not depend on the order of its inputs. It is immutable and thread-safe.</para>
/// </remarks>
public sealed class MatchIndex
{
    private readonly OpenItem[] _items;
    private readonly string[] _normalized;
    private readonly Dictionary<string, int> _byReference;
    private readonly Dictionary<string, List<int>> _sharedReferences;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byReferenceBySpan;
#endif
    private readonly Dictionary<CustomerId, (Currency Currency, int Start, int Count)[]> _ranges;
    private readonly Dictionary<CustomerId, CustomerProfile> _profiles;
    private readonly Dictionary<CustomerId, CustomerId[]> _subsidiaries;
    private readonly Dictionary<string, CustomerId[]> _byAccount;
    private readonly Dictionary<string, CustomerId[]> _byName;
    private readonly HashSet<Currency> _currencies;
    private readonly Lazy<(string Name, int[] Bigrams, CustomerId Customer)[]> _names;
    private readonly Lazy<Dictionary<int, int[]>> _bigramPostings;
    private readonly Lazy<int[]> _sortedByReference;

    internal MatchIndex(IEnumerable<OpenItem> items, IEnumerable<CustomerProfile> profiles, MatchText.NameForms forms, char[] extraAlphabet)
    {
        Forms = forms;
        var groups = new Dictionary<CustomerId, List<OpenItem>>();
        foreach (var item in items)
        {
            Guard.NotNull(item, nameof(items));
            if (!groups.TryGetValue(item.Customer, out var list))
            {
                list = [];
                groups.Add(item.Customer, list);
            }

            list.Add(item);
        }

        var count = groups.Values.Sum(g => g.Count);
        _items = new OpenItem[count];
        _normalized = new string[count];
        _byReference = new Dictionary<string, int>(count, StringComparer.Ordinal);
        _sharedReferences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _byReferenceBySpan = _byReference.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _ranges = new Dictionary<CustomerId, (Currency, int, int)[]>(groups.Count);
        _currencies = [];
        var alphabet = new bool[char.MaxValue + 1];
        foreach (var c in extraAlphabet)
        {
            alphabet[c] = true;
        }

        var position = 0;
        foreach (var customer in groups.Keys.OrderBy(c => c))
        {
            var list = groups[customer];
            list.Sort(CompareItems);
            var ranges = new List<(Currency, int, int)>();
            var start = position;
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                if (i > 0 && list[i - 1].Currency != item.Currency)
                {
                    ranges.Add((list[i - 1].Currency, start, position - start));
                    start = position;
                }

                _items[position] = item;
                var key = MatchText.NormalizeReference(item.Document.Value);
                _normalized[position] = key;
                if (!AddReference(key, position))
                {
                    throw new ArgumentException($"Document {item.Document} is given more than once.", nameof(items));
                }

                foreach (var c in key)
                {
                    alphabet[c] = true;
                }

                position++;
            }

            ranges.Add((list[^1].Currency, start, position - start));
            foreach (var range in ranges)
            {
                _currencies.Add(range.Item1);
            }

            _ranges.Add(customer, [.. ranges]);
        }

        Alphabet = [.. Enumerable.Range(0, alphabet.Length).Where(c => alphabet[c]).Select(c => (char)c)];
        _profiles = [];
        _byAccount = new Dictionary<string, CustomerId[]>(StringComparer.Ordinal);
        _byName = new Dictionary<string, CustomerId[]>(StringComparer.Ordinal);
        var children = new Dictionary<CustomerId, List<CustomerId>>();
        foreach (var profile in profiles)
        {
            Guard.NotNull(profile, nameof(profiles));
            if (!_profiles.TryAdd(profile.Customer, profile))
            {
                throw new ArgumentException($"Customer {profile.Customer} has more than one profile.", nameof(profiles));
            }

            foreach (var account in profile.Accounts)
            {
                Add(_byAccount, MatchText.NormalizeAccount(account), profile.Customer);
            }

            foreach (var name in profile.Names)
            {
                var normalized = MatchText.NormalizeName(name, forms);
                if (normalized.Length > 0)
                {
                    Add(_byName, normalized, profile.Customer);
                }
            }

            if (profile.Parent is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    list = [];
                    children.Add(parent, list);
                }

                list.Add(profile.Customer);
            }
        }

        _subsidiaries = children.ToDictionary(p => p.Key, p => p.Value.Order().ToArray());
        _names = new Lazy<(string, int[], CustomerId)[]>(BuildNames);
        _bigramPostings = new Lazy<Dictionary<int, int[]>>(BuildPostings);
        _sortedByReference = new Lazy<int[]>(BuildSortedReferences);
    }

    /// <summary>Gets the number of open items.</summary>
    public int ItemCount => _items.Length;

    /// <summary>Gets the number of customer profiles.</summary>
    public int ProfileCount => _profiles.Count;

    internal MatchText.NameForms Forms { get; }

    internal char[] Alphabet { get; }

    /// <summary>Normalises a reference as the index does: letters and digits only, upper case, half-width.</summary>
    /// <param name="reference">The reference text.</param>
    /// <returns>The normalised text, such as <c>INV2026001234</c> for <c>inv-2026-001234</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public static string NormalizeReference(string reference) => MatchText.NormalizeReference(Guard.NotNull(reference));

    /// <summary>Finds the open items whose document number equals a reference after normalisation.</summary>
    /// <param name="reference">The reference, in any case and with any separators.</param>
    /// <returns>The items (usually one; several only when numbers differ just by separators); empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public IReadOnlyList<OpenItem> FindByReference(string reference)
    {
        var key = MatchText.NormalizeReference(Guard.NotNull(reference));
        var result = new List<OpenItem>(1);
        foreach (var index in Positions(key))
        {
            result.Add(_items[index]);
        }

        return result;
    }

    /// <summary>Gets a customer's open items in one currency, oldest due first (then document date and number).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The items; empty when none.</returns>
    public IReadOnlyList<OpenItem> ItemsOf(CustomerId customer, Currency currency)
    {
        var (start, count) = Range(customer, currency);
        return new ArraySegment<OpenItem>(_items, start, count);
    }

    /// <summary>Gets a value indicating whether any item is open in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>True when at least one item is open in the currency.</returns>
    public bool HasOpenItems(Currency currency) => _currencies.Contains(currency);

    /// <summary>Gets the customers whose profile lists an account (spaces and case ignored).</summary>
    /// <param name="account">The account (IBAN or local number).</param>
    /// <returns>The customers, ordered by id; empty when the account is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public IReadOnlyList<CustomerId> CustomersByAccount(string account)
        => _byAccount.TryGetValue(MatchText.NormalizeAccount(Guard.NotNull(account)), out var customers) ? customers : [];

    /// <summary>Gets the customers whose parent (in their profile) is the given customer.</summary>
    /// <param name="parent">The parent customer.</param>
    /// <returns>The subsidiaries, ordered by id; empty when none.</returns>
    public IReadOnlyList<CustomerId> SubsidiariesOf(CustomerId parent)
        => _subsidiaries.TryGetValue(parent, out var list) ? list : [];

    /// <summary>Gets the profile of a customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="profile">The profile when known.</param>
    /// <returns>True when a profile was given for the customer.</returns>
    public bool TryGetProfile(CustomerId customer, out CustomerProfile profile)
        => _profiles.TryGetValue(customer, out profile!);

    internal (int Start, int Count) Range(CustomerId customer, Currency currency)
    {
        if (_ranges.TryGetValue(customer, out var ranges))
        {
            foreach (var range in ranges)
            {
                if (range.Currency == currency)
                {
                    return (range.Start, range.Count);
                }
            }
        }

        return (0, 0);
    }

    internal OpenItem Item(int position) => _items[position];

    internal string Normalized(int position) => _normalized[position];

    internal IEnumerable<int> Positions(string normalized)
    {
        if (_sharedReferences.TryGetValue(normalized, out var shared))
        {
            return shared;
        }

        return _byReference.TryGetValue(normalized, out var position) ? [position] : [];
    }

    /// <summary>The items whose normalised number is one substitution (by a character of <see cref="Alphabet"/>),
    /// deletion, transposition or insertion away from <paramref name="text"/>: the same set as looking up every
    /// <see cref="MatchText.OneEditVariants"/>, without building the variants as strings.</summary>
    /// <param name="text">The normalised reference.</param>
    /// <param name="limit">The search stops once more than this many distinct items are found.</param>
    /// <returns>The distinct positions found, at most <paramref name="limit"/> + 1, in no particular order.</returns>
    internal List<int> OneEditPositions(string text, int limit)
    {
        var result = new List<int>();
        var length = text.Length;
        Span<char> buffer = length < 256 ? stackalloc char[length + 1] : new char[length + 1];
        var same = buffer[..length];
        text.AsSpan().CopyTo(same);
        for (var i = 0; i < length; i++)
        {
            var original = same[i];
            foreach (var c in Alphabet)
            {
                if (c != original)
                {
                    same[i] = c;
                    if (Probe(same, result, limit))
                    {
                        return result;
                    }
                }
            }

            same[i] = original;
            if (i + 1 < length && same[i] != same[i + 1])
            {
                (same[i], same[i + 1]) = (same[i + 1], same[i]);
                var full = Probe(same, result, limit);
                (same[i], same[i + 1]) = (same[i + 1], same[i]);
                if (full)
                {
                    return result;
                }
            }
        }

        var shorter = buffer[..Math.Max(0, length - 1)];
        for (var i = 0; i < length; i++)
        {
            text.AsSpan(0, i).CopyTo(shorter);
            text.AsSpan(i + 1).CopyTo(shorter[i..]);
            if (Probe(shorter, result, limit))
            {
                return result;
            }
        }

        var longer = buffer[..(length + 1)];
        for (var i = 0; i <= length; i++)
        {
            text.AsSpan(0, i).CopyTo(longer);
            text.AsSpan(i).CopyTo(longer[(i + 1)..]);
            foreach (var c in Alphabet)
            {
                longer[i] = c;
                if (Probe(longer, result, limit))
                {
                    return result;
                }
            }
        }

        return result;
    }

    internal int Find(OpenItem item)
    {
        foreach (var position in Positions(MatchText.NormalizeReference(item.Document.Value)))
        {
            if (_items[position].Document == item.Document)
            {
                return position;
            }
        }

        return -1;
    }

    internal int Find(DocumentId document)
    {
#if NET9_0_OR_GREATER
        var text = document.Value;
        if (text.Length <= 256 && _sharedReferences.Count == 0)
        {
            Span<char> buffer = stackalloc char[text.Length];
            var key = buffer[..MatchText.NormalizeReference(text, buffer)];
            return _byReferenceBySpan.TryGetValue(key, out var found) && _items[found].Document == document ? found : -1;
        }
#endif

        foreach (var position in Positions(MatchText.NormalizeReference(document.Value)))
        {
            if (_items[position].Document == document)
            {
                return position;
            }
        }

        return -1;
    }

    internal IReadOnlyList<CustomerId> CustomersByNormalizedName(string normalized)
        => _byName.TryGetValue(normalized, out var customers) ? customers : [];

    /// <summary>The customers whose best name is most similar to the normalised name, with the similarity.</summary>
    internal (double Similarity, List<CustomerId> Customers) MostSimilarNames(string normalized, double threshold)
    {
        var names = _names.Value;
        var postings = _bigramPostings.Value;
        var query = MatchText.Bigrams(normalized);
        Array.Sort(query);
        var distinct = query.Distinct().Select(b => postings.TryGetValue(b, out var list) ? list : []).OrderBy(l => l.Length).ToList();

        // A name with Dice ≥ t shares at least t·m/(2 − t) of the query's m pairs, so it appears in one of the
        // m − that + 1 rarest pair lists (prefix filtering): only those lists are read.
        var needed = (int)Math.Ceiling(threshold * distinct.Count / (2d - threshold));
        var probe = Math.Clamp(distinct.Count - needed + 1, 1, Math.Max(1, distinct.Count));
        var candidates = new HashSet<int>();
        foreach (var list in distinct.Take(probe))
        {
            candidates.UnionWith(list);
        }

        var best = 0d;
        var winners = new SortedSet<CustomerId>();
        foreach (var n in candidates)
        {
            var candidate = names[n];
            var similarity = MatchText.Dice(query, candidate.Bigrams);
            if (similarity < threshold)
            {
                continue;
            }

            if (similarity > best + 1e-12)
            {
                best = similarity;
                winners.Clear();
                winners.Add(candidate.Customer);
            }
            else if (Math.Abs(similarity - best) <= 1e-12)
            {
                winners.Add(candidate.Customer);
            }
        }

        return (best, [.. winners]);
    }

    /// <summary>Positions of items whose normalised number starts with the prefix (at most <paramref name="limit"/> + 1).</summary>
    internal List<int> StartingWith(string prefix, int limit)
    {
        var sorted = _sortedByReference.Value;
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_normalized[sorted[mid]], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var result = new List<int>();
        for (var i = lo; i < sorted.Length && result.Count <= limit && _normalized[sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            result.Add(sorted[i]);
        }

        return result;
    }

    private bool Probe(ReadOnlySpan<char> key, List<int> result, int limit)
    {
#if NET9_0_OR_GREATER
        if (_sharedReferences.Count > 0 && _sharedReferences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var shared))
        {
            foreach (var position in shared)
            {
                AddDistinct(result, position);
            }
        }
        else if (_byReferenceBySpan.TryGetValue(key, out var position))
        {
            AddDistinct(result, position);
        }
#else
        foreach (var position in Positions(new string(key)))
        {
            AddDistinct(result, position);
        }
#endif

        return result.Count > limit;

        static void AddDistinct(List<int> result, int position)
        {
            if (!result.Contains(position))
            {
                result.Add(position);
            }
        }
    }

    private static int CompareItems(OpenItem a, OpenItem b)
    {
        var c = string.CompareOrdinal(a.Currency.Code, b.Currency.Code);
        c = c != 0 ? c : a.DueDate.CompareTo(b.DueDate);
        c = c != 0 ? c : a.DocumentDate.CompareTo(b.DocumentDate);
        return c != 0 ? c : a.Document.CompareTo(b.Document);
    }

    private static void Add(Dictionary<string, CustomerId[]> map, string key, CustomerId customer)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var existing))
        {
            map.Add(key, [customer]);
        }
        else if (!existing.Contains(customer))
        {
            map[key] = [.. existing.Append(customer).Order()];
        }
    }

    private bool AddReference(string key, int position)
    {
        if (_byReference.TryAdd(key, position))
        {
            return true;
        }

        if (!_sharedReferences.TryGetValue(key, out var list))
        {
            list = [_byReference[key]];
            _sharedReferences.Add(key, list);
        }

        foreach (var other in list)
        {
            if (_items[other].Document == _items[position].Document)
            {
                return false;
            }
        }

        list.Add(position);
        return true;
    }

    private (string, int[], CustomerId)[] BuildNames()
    {
        var result = new List<(string, int[], CustomerId)>();
        foreach (var (name, customers) in _byName.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var bigrams = MatchText.Bigrams(name);
            Array.Sort(bigrams);
            foreach (var customer in customers)
            {
                result.Add((name, bigrams, customer));
            }
        }

        return [.. result];
    }

    private Dictionary<int, int[]> BuildPostings()
    {
        // Two passes (count, then fill exact-size arrays) instead of growing a list per character pair. The bigrams
        // of a name are sorted: skipping a repeat of the previous one gives each name once per list, in name order.
        var names = _names.Value;
        var counts = new Dictionary<int, int>();
        foreach (var name in names)
        {
            var bigrams = name.Item2;
            for (var b = 0; b < bigrams.Length; b++)
            {
                if (b == 0 || bigrams[b - 1] != bigrams[b])
                {
                    counts[bigrams[b]] = counts.GetValueOrDefault(bigrams[b]) + 1;
                }
            }
        }

        var postings = new Dictionary<int, int[]>(counts.Count);
        foreach (var (bigram, count) in counts)
        {
            postings.Add(bigram, new int[count]);
        }

        counts.Clear();
        for (var n = 0; n < names.Length; n++)
        {
            var bigrams = names[n].Item2;
            for (var b = 0; b < bigrams.Length; b++)
            {
                if (b == 0 || bigrams[b - 1] != bigrams[b])
                {
                    var filled = counts.GetValueOrDefault(bigrams[b]);
                    postings[bigrams[b]][filled] = n;
                    counts[bigrams[b]] = filled + 1;
                }
            }
        }

        return postings;
    }

    private int[] BuildSortedReferences()
    {
        // Sorting the keys themselves (not positions through a delegate) keeps the comparisons on adjacent memory.
        // Equal keys (shared document numbers) may come out in any order; StartingWith only reads them as a set.
        var keys = (string[])_normalized.Clone();
        var positions = new int[keys.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(keys, positions, StringComparer.Ordinal);
        return positions;
    }
}

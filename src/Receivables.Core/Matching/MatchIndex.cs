using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Receivables.Internal;

using Receivables.Ledger;

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
    // The items in index order (the first _count entries: a whole run's array comes from a pool and may be longer).
    private readonly OpenItem[] _items;
    private readonly int _count;
    // The open amounts and largest discounts as AmountUnits (ten-thousandths), for the amount scans; an open amount
    // without units is read from its item (OpenAmount).
    private readonly long[] _openUnits;
    private readonly long[] _discountUnits;
    private readonly ReferenceKeys _keys;
    // Keyed by the id's text with the default comparer: .NET hashes such keys with its fast non-randomised hash and
    // switches to the randomised one only if a table ever sees many collisions (a CustomerId key is always hashed
    // the randomised way). CustomerId equality is ordinal, as the string's default is.
    private readonly Dictionary<string, int> _customerNumbers;
    private readonly int[] _rangeFirst;
    // Where each customer's items start, by customer number, and one more entry (the item count): the customer of a
    // position is found by a binary search (50,000 customers: 200 KB instead of 4 MB for a number per position).
    private readonly int[] _customerStart;
    private readonly List<(Currency Currency, int Start, int Count)> _ranges;
    private readonly Dictionary<CustomerId, CustomerProfile> _profiles;
    // Subsidiaries by the parent id's text: hashed the fast way, as the customer numbers are.
    private readonly Dictionary<string, CustomerId[]> _subsidiaries;
    // Normalised payer accounts and customer names, and the customers each names (decision 369).
    private readonly KeyTable<NumberedCustomer> _byAccount;
    private readonly KeyTable<CustomerId> _byName;
    private readonly HashSet<Currency> _currencies;
    private readonly Lazy<NameTable> _names;
    private readonly Lazy<Postings> _bigramPostings;
    private readonly Lazy<int[]> _sortedByReference;
    private readonly Dictionary<string, int[]> _further;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _furtherBySpan;
#endif
    private readonly KeyFilter _furtherFilter;
    private readonly KeyPositions _itemPositions = new();
    private readonly KeyPositions _furtherPositions = new();
    private readonly bool[] _keyLengths;
    private readonly bool[] _itemKeyLengths;
    private readonly bool[] _knownLengths;
    private readonly (KeyTable<CustomerId> Ids, bool[] Lengths) _customerIds;
    private readonly Lazy<HashSet<int>> _shapes;
    private readonly IndexArrays _arrays;

    internal MatchIndex(IEnumerable<OpenItem> items, IEnumerable<CustomerProfile> profiles, MatchText.NameForms forms, IndexArrays? arrays = null)
    {
        Forms = forms;
        arrays ??= IndexArrays.Fresh;
        _arrays = arrays;

        // Number the customers densely as they come (consecutive items of one customer need no lookup), then
        // place the items customer by customer (a counting sort by customer id) and sort each customer's items.
        // The array of customer numbers by input position is reused for where each normalised number starts.
        var source = items as IReadOnlyList<OpenItem> ?? [.. items];
        var count = source.Count;
        var numberOf = arrays.Take<int>(count + 1, cleared: false);
        _customerNumbers = [];
        var customers = new List<CustomerId>();
        var last = -1;
        var idLength = 0L;
        var longestId = 0;
        for (var i = 0; i < count; i++)
        {
            var item = source[i];
            Guard.NotNull(item, nameof(items));
            if (last < 0 || customers[last] != item.Customer)
            {
                if (!_customerNumbers.TryGetValue(item.Customer.Value, out last))
                {
                    last = customers.Count;
                    customers.Add(item.Customer);
                    _customerNumbers.Add(item.Customer.Value, last);
                }
            }

            numberOf[i] = last;
            idLength += item.Id.Value.Length;
            longestId = Math.Max(longestId, item.Id.Value.Length);
        }

        // Customer numbers in id order (ordinal), so the index does not depend on the order of the input.
        // byId, rank and fill are scratch of the build (rented: only the first entries are used).
        var customerCount = customers.Count;
        var byId = ArrayPool<int>.Shared.Rent(customerCount);
        for (var c = 0; c < customerCount; c++)
        {
            byId[c] = c;
        }

        // The ids are distinct, so any sort orders them (and their numbers) the same way; the list is sorted in place.
        var ids = CollectionsMarshal.AsSpan(customers);
        ids.Sort(byId.AsSpan(0, customerCount));
        var rank = ArrayPool<int>.Shared.Rent(customerCount);
        // The customer ids written in remittance texts are looked up in a table of their normalised forms, gathered
        // here and from the profiles below while each id is at hand (sorting just read them all), instead of on first
        // need from ids read again from memory (decision 373). keyScratch serves every normalisation of the build.
        var idKeys = new CustomerIdKeys(customerCount);
        Span<char> keyScratch = stackalloc char[512];
        for (var r = 0; r < customerCount; r++)
        {
            rank[byId[r]] = r;
            _customerNumbers[ids[r].Value] = r;
            idKeys.Consider(ids[r], keyScratch);
        }

        // Where each customer's items start (kept by the index).
        var firstOf = _customerStart = new int[customerCount + 1];
        for (var i = 0; i < count; i++)
        {
            firstOf[rank[numberOf[i]] + 1]++;
        }

        for (var r = 0; r < customerCount; r++)
        {
            firstOf[r + 1] += firstOf[r];
        }

        _items = arrays.Take<OpenItem>(count, cleared: false);
        _count = count;
        var fill = ArrayPool<int>.Shared.Rent(customerCount + 1);
        firstOf.AsSpan(0, customerCount + 1).CopyTo(fill);
        // Written through a span: a store into an array of references checks the item's type (reading each item's
        // header, out of order); a span's element type is exact, so its stores need no check.
        var placed = _items.AsSpan();
        for (var i = 0; i < count; i++)
        {
            placed[fill[rank[numberOf[i]]]++] = source[i];
        }

        ArrayPool<int>.Shared.Return(fill);
        ArrayPool<int>.Shared.Return(rank);
        ArrayPool<int>.Shared.Return(byId);

        // One pass over the items in index order. Per customer: items ordered by currency, then oldest due first;
        // one range per currency. Per item: the open amount, the largest discount and the customer's number for the
        // scans, and the normalised number, written into one buffer (a normalised number is never longer than the
        // number) and hashed while it is at hand; further references an item may be paid by (PO number, payment
        // reference, RF creditor reference), by normalised text (a reference equal to the item's own number adds
        // nothing).
        _openUnits = arrays.Take<long>(count, cleared: false);
        _discountUnits = arrays.Take<long>(count, cleared: false);
        _currencies = [];
        _rangeFirst = new int[customers.Count + 1];
        // Sized for one currency per customer (the usual case) and kept as it is (no copy).
        var ranges = _ranges = new List<(Currency, int, int)>(customers.Count);
        var keyStart = numberOf;
        // Each number is normalised into a scratch buffer (never longer than the number), hashed there, and appended
        // to the keys' text (bytes while ASCII).
        var text = new KeyText(arrays.Take<byte>(checked((int)idLength), cleared: false));
        var scratch = new char[longestId];
        var hashes = arrays.Take<int>(count, cleared: false);
        var lengths = new bool[64];
        var longest = 0;
        var sortKeys = new long[16];
        var further = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var at = 0;
        for (var r = 0; r < customers.Count; r++)
        {
            var start = firstOf[r];
            var length = firstOf[r + 1] - start;
            // The items lie in memory in the order they were given, not by customer, so each item's first read
            // waited on memory: the next customer's items (up to 32) are asked for while this one's are read, and
            // each item's number four items ahead (decision 363: the build 18-20 % faster).
            for (var j = firstOf[r + 1]; j < firstOf[Math.Min(r + 2, customers.Count)] && j < firstOf[r + 1] + 32; j++)
            {
                CacheHint.Prefetch(_items[j], lines: 2);
            }

            if (length > 1)
            {
                SortItems(_items.AsSpan(start, length), ref sortKeys);
            }

            _rangeFirst[r] = ranges.Count;
            var rangeStart = start;
            for (var i = start; i < start + length; i++)
            {
                if (i + 4 < start + length)
                {
                    CacheHint.Prefetch(_items[i + 4].Id.Value);
                }

                var item = _items[i];
                _openUnits[i] = AmountUnits.Of(item.Open.Amount);
                var largestDiscount = 0m;
                foreach (var offer in item.Discounts)
                {
                    largestDiscount = Math.Max(largestDiscount, offer.Discount.Amount);
                }

                _discountUnits[i] = AmountUnits.AtLeast(largestDiscount);
                if (i > start && _items[i - 1].Currency != item.Currency)
                {
                    ranges.Add((_items[i - 1].Currency, rangeStart, i - rangeStart));
                    rangeStart = i;
                }

                keyStart[i] = at;
                var written = MatchText.NormalizeReference(item.Id.Value, scratch);
                var key = scratch.AsSpan(0, written);
                text.Append(key);
                hashes[i] = ReferenceKeys.Hash(key);
                _itemPositions.Add(key);
                if (written >= lengths.Length)
                {
                    Array.Resize(ref lengths, Math.Max(written + 1, 2 * lengths.Length));
                }

                lengths[written] = true;
                longest = Math.Max(longest, written);
                at += written;
                foreach (var reference in item.References)
                {
                    var normalized = MatchText.NormalizeReference(reference);
                    if (normalized.Length == 0 || key.SequenceEqual(normalized))
                    {
                        continue;
                    }

                    if (!further.TryGetValue(normalized, out var list))
                    {
                        further.Add(normalized, list = []);
                    }

                    if (!list.Contains(i))
                    {
                        list.Add(i);
                    }
                }
            }

            ranges.Add((_items[start + length - 1].Currency, rangeStart, start + length - rangeStart));
        }

        _rangeFirst[customers.Count] = ranges.Count;
        foreach (var range in _ranges)
        {
            _currencies.Add(range.Currency);
        }

        keyStart[count] = at;
        LongestKey = longest;
        _keys = new ReferenceKeys(text, count, keyStart, hashes, arrays, (earlier, later) =>
        {
            if (_items[earlier].Id == _items[later].Id)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Document {_items[earlier].Id} is given more than once."), nameof(items));
            }
        });

        Alphabet = _itemPositions.Alphabet();
        // Sized for the profiles when their number is known (no tables grown and thrown away).
        var profileCount = profiles.TryGetNonEnumeratedCount(out var known) ? known : 0;
        _profiles = new Dictionary<CustomerId, CustomerProfile>(profileCount);
        var byAccount = new KeyTable<NumberedCustomer>.Builder(profileCount);
        var byName = new KeyTable<CustomerId>.Builder(profileCount);
        var children = new Dictionary<CustomerId, List<CustomerId>>();
        foreach (var profile in profiles)
        {
            Guard.NotNull(profile, nameof(profiles));
            if (!_profiles.TryAdd(profile.Customer, profile))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Customer {profile.Customer} has more than one profile."), nameof(profiles));
            }

            // Each account and name normalised into scratch (on the stack unless very long) and written into its table.
            var number = _customerNumbers.GetValueOrDefault(profile.Customer.Value, -1);
            foreach (var account in profile.Accounts)
            {
                var into = account.Length <= keyScratch.Length ? keyScratch : new char[account.Length];
                byAccount.Add(into[..MatchText.NormalizeReference(account, into)], new NumberedCustomer(profile.Customer, number));
            }

            foreach (var name in profile.Names)
            {
                var into = 2 * name.Length <= keyScratch.Length ? keyScratch : new char[2 * name.Length];
                var (from, length) = MatchText.NormalizeName(name, into, forms);
                byName.Add(into.Slice(from, length), profile.Customer);
            }

            if (number < 0)
            {
                idKeys.Consider(profile.Customer, keyScratch);
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

        _byAccount = byAccount.Build();
        _byName = byName.Build();
        _subsidiaries = children.ToDictionary(p => p.Key.Value, p => p.Value.Order().ToArray(), StringComparer.Ordinal);

        _further = further.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _furtherBySpan = _further.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _furtherFilter = new KeyFilter(_further.Keys, _further.Count);
        foreach (var key in _further.Keys)
        {
            _furtherPositions.Add(key);
        }

        _itemKeyLengths = lengths.AsSpan(0, LongestKey + 1).ToArray();
        _keyLengths = (bool[])_itemKeyLengths.Clone();
        var longestFurther = 0;
        foreach (var key in _further.Keys)
        {
            longestFurther = Math.Max(longestFurther, key.Length);
            if (key.Length <= LongestKey)
            {
                _keyLengths[key.Length] = true;
            }
        }

        // The lengths of all numbers and further references: a text of another length is known to be neither.
        _knownLengths = new bool[Math.Max(LongestKey, longestFurther) + 1];
        _keyLengths.CopyTo(_knownLengths, 0);
        foreach (var key in _further.Keys)
        {
            _knownLengths[key.Length] = true;
        }

        _customerIds = idKeys.Build();
        _shapes = new Lazy<HashSet<int>>(BuildShapes);
        _names = new Lazy<NameTable>(BuildNames);
        _bigramPostings = new Lazy<Postings>(BuildPostings);
        _sortedByReference = new Lazy<int[]>(BuildSortedReferences);
    }

    /// <summary>Gives the index's pooled arrays back (an index a whole run built for itself, once the run is done);
    /// the index is not read again (<see cref="IsReleased"/> says so to what may still hold it).</summary>
    internal void Release()
    {
        IsReleased = true;
        _arrays.Release();
    }

    /// <summary>Whether <see cref="Release"/> gave the index's arrays back.</summary>
    internal bool IsReleased { get; private set; }

    /// <summary>Refuses a read of an index a whole run has given back: only arguments a rule or policy kept past its
    /// call can ask for one (<paramref name="call"/> names that call in the message).</summary>
    /// <exception cref="InvalidOperationException">The index was released.</exception>
    internal void EnsureNotReleased(string call)
    {
        if (IsReleased)
        {
            throw new InvalidOperationException($"These arguments were given for one call of {call} and cannot be read after it: the whole run's index was given back when the run returned.");
        }
    }

    /// <summary>Gets the number of open items.</summary>
    public int ItemCount => _count;

    /// <summary>Gets the number of customer profiles.</summary>
    public int ProfileCount => _profiles.Count;

    internal MatchText.NameForms Forms { get; }

    /// <summary>The positions of the items with a further reference (<see cref="OpenItem.References"/>) equal to the
    /// normalised text, ascending; empty when none.</summary>
    internal int[] FurtherPositions(string normalized) => _further.Count > 0 && _further.TryGetValue(normalized, out var positions) ? positions : [];

    /// <summary>Whether some item's number (or further reference) no longer than <see cref="LongestKey"/> has this
    /// length: a check before building a candidate that can only be known at one length.</summary>
    internal bool HasKeyOfLength(int length) => HasLength(_keyLengths, length);

    /// <summary>Whether some item's number or further reference is <paramref name="length"/> characters long once
    /// normalised: a text of another length is neither (<see cref="KnownReference"/> says so without a look).</summary>
    internal bool IsKnownLength(int length) => HasLength(_knownLengths, length);

    /// <summary>Whether a table of lengths (true at each length some key has) holds <paramref name="length"/>; false
    /// beyond its end.</summary>
    private static bool HasLength(bool[] lengths, int length) => (uint)length < (uint)lengths.Length && lengths[length];

    /// <summary>Whether a normalised text is an item's number or one of its further references.</summary>
    internal bool IsKnownReference(ReadOnlySpan<char> normalized) => KnownReference(normalized) != UnknownReference;

    /// <summary>What <see cref="KnownReference"/> returns for a text that is no item's number and no further
    /// reference.</summary>
    internal const int UnknownReference = -1;

    /// <summary>What <see cref="KnownReference"/> returns for a further reference that is no item's number.</summary>
    internal const int FurtherReference = -2;

    /// <summary>The position of the first item whose number normalises to the text; <see cref="FurtherReference"/>
    /// when it is only a further reference of some item; <see cref="UnknownReference"/> when neither.</summary>
    internal int KnownReference(ReadOnlySpan<char> normalized)
    {
        if (!IsKnownLength(normalized.Length))
        {
            return UnknownReference;
        }

        if (_itemPositions.MayBeKey(normalized))
        {
            foreach (var position in _keys.All(normalized))
            {
                return position;
            }
        }

        if (_further.Count == 0 || !_furtherPositions.MayBeKey(normalized) || !_furtherFilter.MayContain(normalized))
        {
            return UnknownReference;
        }

#if NET9_0_OR_GREATER
        return _furtherBySpan.ContainsKey(normalized) ? FurtherReference : UnknownReference;
#else
        return _further.ContainsKey(normalized.ToString()) ? FurtherReference : UnknownReference;
#endif
    }

    /// <summary>A reference's written and normalised forms as strings: when the text names the item at
    /// <paramref name="position"/> (what <see cref="KnownReference"/> returned for the normalised form) and is written
    /// exactly as its number (most payers copy it), the number's own string, and the same string for the normalised
    /// form when they are equal; new strings otherwise.</summary>
    internal (string Written, string Normalized) ReferenceTexts(ReadOnlySpan<char> written, ReadOnlySpan<char> normalized, int position)
    {
        var id = position >= 0 ? _items[position].Id.Value : null;
        var writtenText = id is not null && written.SequenceEqual(id) ? id : written.ToString();
        return (writtenText, normalized.SequenceEqual(writtenText) ? writtenText : normalized.ToString());
    }

    /// <summary>The customers whose id (normalised, four characters or more) is written in the text as a stretch of
    /// up to three letter/digit runs joined by single separators; each customer once, in text order.</summary>
    internal List<(CustomerId Customer, string Written)> CustomersWrittenIn(string text, int maxLength, List<(int Start, int End)> runs)
    {
        List<(CustomerId, string)>? found = null;
        var (ids, lengths) = _customerIds;
        if (ids.Count == 0)
        {
            return NoneWritten;
        }

        // The text up to the limit, its full-width forms folded into scratch (on the stack, or rented for a long
        // text) only when it has any: the folded form is read, never kept.
        var source = text.AsSpan(0, Math.Min(text.Length, maxLength));
        char[]? rented = null;
        scoped ReadOnlySpan<char> folded = source;
        Span<char> foldScratch = stackalloc char[512];
        if (source.ContainsAnyExceptInRange('\u0000', '\u007F'))
        {
            var into = source.Length <= foldScratch.Length ? foldScratch[..source.Length] : (rented = ArrayPool<char>.Shared.Rent(source.Length)).AsSpan(0, source.Length);
            MatchText.FoldWidth(source, into);
            folded = into;
        }

        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            runs.Clear();
            var end = i;
            while (end < folded.Length)
            {
                var start = end;
                while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
                {
                    end++;
                }

                runs.Add((start, end));
                if (end + 1 < folded.Length && folded[end] is '-' or '.' or '_' or '/' or ' ' && char.IsAsciiLetterOrDigit(folded[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            // Every stretch of up to three runs is looked up, normalised on the stack; only what is found becomes a
            // string. Its normalised form is its runs' letters and digits (the separators between them dropped), so a
            // stretch whose runs add up to a length no id has is passed over before it is normalised.
            for (var a = 0; a < runs.Count; a++)
            {
                var letters = 0;
                for (var b = a; b < runs.Count && b < a + 3; b++)
                {
                    letters += runs[b].End - runs[b].Start;
                    var written = source.Slice(runs[a].Start, runs[b].End - runs[a].Start);
                    if (written.Length < 4 || !HasLength(lengths, letters))
                    {
                        continue;
                    }

                    var scratch = written.Length <= buffer.Length ? buffer : new char[written.Length];
                    var normalized = scratch[..MatchText.NormalizeReference(written, scratch)];
                    // An id that normalises like another customer's identifies nobody. (Its length is the runs', checked above.)
                    if (ids[normalized] is { Length: 1 } only
                        && only[0] is var customer && (found is null || !Contains(found, customer)))
                    {
                        (found ??= []).Add((customer, written.ToString()));
                    }
                }
            }

            i = end;
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found ?? NoneWritten;
    }

    /// <summary>Whether a normalised text (known by its first two characters and its length, at least 2; the text
    /// itself is not needed) has the shape of some item's number: the same first two characters and a length from
    /// <paramref name="shorter"/> below to <paramref name="longer"/> above its own. The shapes are learned from the
    /// numbers themselves on first use (one small set), so any numbering scheme is read without configuring it
    /// (decision 357).</summary>
    internal bool HasShapeOf(char first, char second, int textLength, int shorter, int longer)
    {
        HashSet<int>? shapes = null;
        for (var length = textLength - shorter; length <= textLength + longer; length++)
        {
            // No number of this length (below the shape's cap of 255), no shape of it.
            if ((uint)length < 255u && !HasLength(_itemKeyLengths, length))
            {
                continue;
            }

            shapes ??= _shapes.Value;
            if (shapes.Contains(Shape(first, second, length)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Shape(char first, char second, int length) => (first << 20) ^ (second << 8) ^ Math.Min(length, 255);

    private HashSet<int> BuildShapes()
    {
        // Read in place: the first two characters and the length of each number, not the whole number copied out.
        // A customer's numbers lie together and mostly share a shape: a shape equal to the previous one is not added
        // again (a comparison instead of a set's look-up for most of a million numbers).
        var shapes = new HashSet<int>();
        var previous = long.MinValue;
        for (var p = 0; p < _count; p++)
        {
            var length = _keys.Length(p);
            if (length >= 2)
            {
                var (first, second) = _keys.Start(p);
                var shape = Shape(first, second, length);
                if (shape != previous)
                {
                    shapes.Add(shape);
                    previous = shape;
                }
            }
        }

        return shapes;
    }

    /// <summary>What <see cref="CustomersWrittenIn"/> returns when it finds nothing (shared: never modified).</summary>
    private static readonly List<(CustomerId Customer, string Written)> NoneWritten = [];

    private static bool Contains(List<(CustomerId Customer, string Written)> found, CustomerId customer)
    {
        foreach (var (known, _) in found)
        {
            if (known == customer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The customers whose known name (normalised as payer names are) is written in the text as a stretch of
    /// up to four words; each customer once, in text order. A stretch naming several customers names none.</summary>
    internal List<(CustomerId Customer, string Written)> CustomersNamedIn(string text, int maxLength, List<(int Start, int End)> words)
    {
        List<(CustomerId, string)>? found = null;
        if (_byName.Count == 0)
        {
            return NoneWritten;
        }

        text = text.Length > maxLength ? text[..maxLength] : text;
        words.Clear();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            words.Add((start, i));
        }

        // Each stretch is normalised on the stack and looked up as a span; only what is found becomes a string.
        Span<char> buffer = stackalloc char[512];
        for (var a = 0; a < words.Count; a++)
        {
            for (var b = a; b < words.Count && b < a + 4; b++)
            {
                var written = text.AsSpan(words[a].Start, words[b].End - words[a].Start);
                if (written.Length < 4)
                {
                    continue;
                }

                var scratch = 2 * written.Length <= buffer.Length ? buffer : new char[2 * written.Length];
                var (at, length) = MatchText.NormalizeName(written, scratch, Forms);
                if (length < 4)
                {
                    continue;
                }

                var customers = _byName[scratch.Slice(at, length)];
                if (customers.Length == 1 && (found is null || !Contains(found, customers[0])))
                {
                    (found ??= []).Add((customers[0], written.ToString()));
                }
            }
        }

        return found ?? NoneWritten;
    }

    /// <summary>The length of the longest normalised number.</summary>
    internal int LongestKey { get; }

    /// <summary>How many keys the fuzzy lookups of this thread have probed (a measure of work for tests).</summary>
    [ThreadStatic]
    internal static long ProbeCount;

    /// <summary>The characters that occur in the normalised document numbers, ascending.</summary>
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
        foreach (var position in _keys.All(key))
        {
            result.Add(_items[position]);
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

    /// <summary>Gets the customers whose profile lists an account, compared as the engine compares a statement line's
    /// payer account: letters and digits only, case and full-width forms ignored (<c>de89 3704-0044</c> equals
    /// <c>DE8937040044</c>).</summary>
    /// <param name="account">The account (IBAN or local number).</param>
    /// <returns>The customers, ordered by id; empty when the account is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public IReadOnlyList<CustomerId> CustomersByAccount(string account)
        => NumberedCustomersByAccount(Guard.NotNull(account)) is { Length: > 0 } customers ? Array.ConvertAll(customers.ToArray(), c => c.Customer) : [];

    /// <summary>Gets the customers whose parent (in their profile) is the given customer.</summary>
    /// <param name="parent">The parent customer.</param>
    /// <returns>The subsidiaries, ordered by id; empty when none.</returns>
    public IReadOnlyList<CustomerId> SubsidiariesOf(CustomerId parent)
        => parent.Value is { } id && _subsidiaries.TryGetValue(id, out var list) ? list : [];

    /// <summary>Gets the profile of a customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="profile">The profile when known.</param>
    /// <returns>True when a profile was given for the customer.</returns>
    public bool TryGetProfile(CustomerId customer, out CustomerProfile profile)
        => _profiles.TryGetValue(customer, out profile!);

    /// <summary>Where a customer's items in a currency lie in index order; (0, 0) when it has none.</summary>
    internal (int Start, int Count) Range(CustomerId customer, Currency currency)
        => _customerNumbers.TryGetValue(customer.Value, out var number) ? RangeOfNumber(number, currency) : (0, 0);

    /// <summary>The number of customers with open items (their numbers run from 0 to this count less one).</summary>
    internal int CustomerCount => _customerStart.Length - 1;

    /// <summary>The number of the customer whose items hold a position.</summary>
    internal int CustomerNumberAt(int position)
    {
        // Customers have at least one item, so the starts ascend strictly: an exact hit is the customer's first item,
        // else the customer is the one before where the position would go.
        var found = Array.BinarySearch(_customerStart, position);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Where the items of the customer with a number lie in a currency; (0, 0) when it has none.</summary>
    internal (int Start, int Count) RangeOfNumber(int number, Currency currency)
    {
        for (var r = _rangeFirst[number]; r < _rangeFirst[number + 1]; r++)
        {
            if (_ranges[r].Currency == currency)
            {
                return (_ranges[r].Start, _ranges[r].Count);
            }
        }

        return (0, 0);
    }

    internal OpenItem Item(int position) => _items[position];

    /// <summary>The items from a position on, in index order (for a <see cref="Range"/>).</summary>
    internal ReadOnlySpan<OpenItem> Items(int start, int count) => _items.AsSpan(start, count);

    /// <summary>The open amount of the item at a position, equal to <c>Item(position).Open.Amount</c>: made from its
    /// units when it has them (with four decimals: the scale may differ from the item's, the value does not), else
    /// read from the item. For scans and comparisons, never for amounts a result shows.</summary>
    internal decimal OpenAmount(int position)
    {
        var units = _openUnits[position];
        return units == AmountUnits.None ? _items[position].Open.Amount : AmountUnits.ToDecimal(units);
    }

    /// <summary>The open amounts as <see cref="AmountUnits"/> (<see cref="AmountUnits.None"/> for an amount without
    /// exact units), for scans.</summary>
    internal ReadOnlySpan<long> OpenUnits(int start, int count) => _openUnits.AsSpan(start, count);

    /// <summary>The largest early-payment discount each item offers, whatever its date, as
    /// <see cref="AmountUnits.AtLeast"/> (zero when it offers none), for scans that need not read the items
    /// themselves: an item can be paid after a discount only when the units it is short by are at most this.</summary>
    internal ReadOnlySpan<long> DiscountUnits(int start, int count) => _discountUnits.AsSpan(start, count);

    /// <summary>Whether <paramref name="position"/> is where the index holds <paramref name="document"/>.</summary>
    internal bool IsAt(int position, DocumentId document) => (uint)position < (uint)_count && _items[position].Id == document;

    internal ReadOnlySpan<char> Normalized(int position, Span<char> scratch) => _keys.Key(position, scratch);

    /// <summary>The normalised number at a position, in an array of its own (for tests and checks; the lookups pass
    /// a scratch buffer instead).</summary>
    internal ReadOnlySpan<char> Normalized(int position) => _keys.Key(position, new char[_keys.Length(position)]);

    /// <summary>The positions of the items whose normalised number equals <paramref name="normalized"/>, ascending.</summary>
    internal ReferenceKeys.Matches Positions(ReadOnlySpan<char> normalized) => _keys.All(normalized);

    /// <summary>The items whose normalised number is one substitution (by a character of <see cref="Alphabet"/>),
    /// deletion, transposition or insertion away from <paramref name="text"/>: the same set as looking up every
    /// <see cref="MatchText.OneEditVariants"/>, without building the variants as strings.</summary>
    /// <param name="text">The normalised reference.</param>
    /// <param name="limit">The search stops once more than this many distinct items are found.</param>
    /// <returns>The distinct positions found, at most <paramref name="limit"/> + 1, in no particular order.</returns>
    internal List<int> OneEditPositions(ReadOnlySpan<char> text, int limit)
    {
        // Every variant that could be a key is probed, in the order of the plain search (substitutions and the
        // transposition at each position, then deletions, then insertions); a variant with a character that no number
        // of its length has at that position is skipped (KeyPositions), so the same items are found in the same order.
        var result = new List<int>();
        var length = text.Length;
        var keys = _itemPositions;
        Span<char> buffer = length < 256 ? stackalloc char[length + 1] : new char[length + 1];
        var same = buffer[..length];
        text.CopyTo(same);

        // Positions whose own character no number of this length has there: a substitution mends one of them, a
        // transposition two at most.
        var (bad, firstBad, secondBad) = (0, -1, -1);
        for (var j = 0; j < length; j++)
        {
            if (!keys.Allows(length, j, text[j]))
            {
                bad++;
                (firstBad, secondBad) = firstBad < 0 ? (j, secondBad) : (firstBad, secondBad < 0 ? j : secondBad);
            }
        }

        for (var i = 0; i < length; i++)
        {
            var original = same[i];
            if (bad == 0 || (bad == 1 && firstBad == i))
            {
                foreach (var c in Alphabet)
                {
                    if (c != original && keys.Allows(length, i, c))
                    {
                        same[i] = c;
                        if (Probe(same, result, limit))
                        {
                            return result;
                        }
                    }
                }

                same[i] = original;
            }

            if (i + 1 < length && same[i] != same[i + 1]
                && bad <= 2 && (firstBad < 0 || firstBad == i || firstBad == i + 1) && (secondBad < 0 || secondBad == i || secondBad == i + 1)
                && keys.Allows(length, i, same[i + 1]) && keys.Allows(length, i + 1, same[i]))
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
            text[..i].CopyTo(shorter);
            text[(i + 1)..].CopyTo(shorter[i..]);
            if (keys.MayBeKey(shorter) && Probe(shorter, result, limit))
            {
                return result;
            }
        }

        // An insertion at i keeps the text's characters before i at their positions and moves the rest one on: worth
        // trying only when all of them are allowed there for the longer length.
        Span<bool> prefixAllowed = length < 256 ? stackalloc bool[length + 2] : new bool[length + 2];
        Span<bool> suffixAllowed = length < 256 ? stackalloc bool[length + 2] : new bool[length + 2];
        prefixAllowed[0] = true;
        for (var j = 0; j < length; j++)
        {
            prefixAllowed[j + 1] = prefixAllowed[j] && keys.Allows(length + 1, j, text[j]);
        }

        suffixAllowed[length] = true;
        for (var j = length - 1; j >= 0; j--)
        {
            suffixAllowed[j] = suffixAllowed[j + 1] && keys.Allows(length + 1, j + 1, text[j]);
        }

        var longer = buffer[..(length + 1)];
        for (var i = 0; i <= length; i++)
        {
            if (!prefixAllowed[i] || !suffixAllowed[i])
            {
                continue;
            }

            text[..i].CopyTo(longer);
            text[i..].CopyTo(longer[(i + 1)..]);
            foreach (var c in Alphabet)
            {
                if (keys.Allows(length + 1, i, c))
                {
                    longer[i] = c;
                    if (Probe(longer, result, limit))
                    {
                        return result;
                    }
                }
            }
        }

        return result;
    }

    internal int Find(DocumentId document)
    {
        var text = document.Value;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        foreach (var position in _keys.All(buffer[..MatchText.NormalizeReference(text, buffer)]))
        {
            if (_items[position].Id == document)
            {
                return position;
            }
        }

        return -1;
    }

    internal Few<CustomerId> CustomersByNormalizedName(ReadOnlySpan<char> normalized) => _byName[normalized];

    /// <summary>What <see cref="MostSimilarNames"/> returns when no name reaches the threshold (shared: never
    /// modified).</summary>
    private static readonly List<CustomerId> NoSimilarNames = [];

    /// <summary>The customers whose best name is most similar to the normalised name, with the similarity (a shared
    /// empty list when none reaches the threshold: read it, never change it).</summary>
    internal (double Similarity, List<CustomerId> Customers) MostSimilarNames(ReadOnlySpan<char> normalized, double threshold)
    {
        var names = _names.Value;
        var postings = _bigramPostings.Value;
        // The query's pairs and the lists are scratch of this lookup (on the stack, rented): a run asks for many.
        var pairCount = MatchText.BigramCount(normalized.Length);
        Span<int> query = pairCount <= 128 ? stackalloc int[pairCount] : new int[pairCount];
        MatchText.Bigrams(normalized, query);
        query.Sort();

        // The posting list of each distinct pair with its count in the query, shortest list first (ties in pair
        // order: a stable insertion sort).
        var lists = ArrayPool<(int Start, int Length, int Count)>.Shared.Rent(query.Length);
        var distinct = 0;
        for (var b = 0; b < query.Length; b++)
        {
            if (b > 0 && query[b] == query[b - 1])
            {
                lists[distinct - 1].Count++;
                continue;
            }

            var (start, length) = postings.Lists.TryGetValue(query[b], out var found) ? found : default;
            var at = distinct++;
            while (at > 0 && lists[at - 1].Length > length)
            {
                lists[at] = lists[at - 1];
                at--;
            }

            lists[at] = (start, length, 1);
        }

        // Prefix filtering: a name found in none of the lists read shares at most u of the query's m pairs, u being
        // the count (with repeats) of the pairs not read, so its Dice is at most 2u / (m + u). The longest lists are
        // left unread as long as that stays below the threshold; every name at or above it is in a list read.
        var probe = distinct;
        var unread = 0;
        while (probe > 1 && (unread + lists[probe - 1].Count) * (2d - threshold) < (threshold * query.Length) - 1e-9)
        {
            unread += lists[--probe].Count;
        }

        var total = 0;
        for (var l = 0; l < probe; l++)
        {
            total += lists[l].Length;
        }

        // The lists read, one after another (scratch of this lookup: rented, as they can hold thousands of names).
        var candidates = ArrayPool<int>.Shared.Rent(total);
        total = 0;
        for (var l = 0; l < probe; l++)
        {
            postings.Names.AsSpan(lists[l].Start, lists[l].Length).CopyTo(candidates.AsSpan(total));
            total += lists[l].Length;
        }

        ArrayPool<(int Start, int Length, int Count)>.Shared.Return(lists);
        Array.Sort(candidates, 0, total);
        var best = 0d;
        List<CustomerId>? winners = null;
        for (var k = 0; k < total; k++)
        {
            if (k > 0 && candidates[k] == candidates[k - 1])
            {
                continue;
            }

            var candidate = candidates[k];
            var bigrams = names.Pairs(candidate);
            // Two multisets share at most the smaller's size, so a name whose number of pairs is too far from the
            // query's cannot reach the threshold; the bound is computed as the coefficient is (2 · shared / sum, with
            // shared at its largest), and rounding is monotone, so a name skipped here would have failed the test.
            var pairs = bigrams.Length;
            if (2d * Math.Min(pairs, query.Length) / (pairs + query.Length) < threshold)
            {
                continue;
            }

            var similarity = MatchText.Dice(query, bigrams);
            if (similarity < threshold)
            {
                continue;
            }

            if (similarity > best + 1e-12)
            {
                best = similarity;
                winners ??= [];
                winners.Clear();
                winners.Add(names.Customers[candidate]);
            }
            else if (Math.Abs(similarity - best) <= 1e-12)
            {
                winners!.Add(names.Customers[candidate]);
            }
        }

        ArrayPool<int>.Shared.Return(candidates);
        if (winners is null)
        {
            return (best, NoSimilarNames);
        }

        if (winners.Count > 1)
        {
            winners.Sort();
            var kept = 1;
            for (var w = 1; w < winners.Count; w++)
            {
                if (winners[w] != winners[kept - 1])
                {
                    winners[kept++] = winners[w];
                }
            }

            winners.RemoveRange(kept, winners.Count - kept);
        }

        return (best, winners);
    }

    /// <summary>The customers whose profile lists a payer account as written on a statement line (normalised here,
    /// on the stack); empty when none does.</summary>
    internal Few<NumberedCustomer> NumberedCustomersByAccount(string account)
    {
        Span<char> buffer = account.Length <= 256 ? stackalloc char[account.Length] : new char[account.Length];
        ReadOnlySpan<char> normalized = buffer[..MatchText.NormalizeReference(account, buffer)];
        return _byAccount[normalized];
    }

    /// <summary>Positions of items whose normalised number starts with the prefix and is longer: all of them when
    /// there are at most <paramref name="limit"/>, else <paramref name="limit"/> + 1 of them (which ones is not
    /// specified). Only numbers with a letter A–Z are listed: a prefix with such a letter (the only kind the rule looks
    /// up across all customers) starts no number without one.</summary>
    /// <remarks>Answered by probing the prefix's completions in the number table while they are few (the characters
    /// each length of number has at each place, <see cref="KeyPositions"/>); else, and from then on, from the numbers
    /// sorted in ordinal order, built on first need (decision 370: the sorted list cost a whole run about 45 ms and,
    /// in the benchmark's world, answered no line that probing could not).</remarks>
    internal List<int> StartingWith(ReadOnlySpan<char> prefix, int limit)
    {
        var result = new List<int>();
        if (_sortedByReference.IsValueCreated || !prefix.ContainsAnyInRange('A', 'Z') || !ProbeCompletions(prefix, limit, result))
        {
            result.Clear();
            AddFirstStartingWith(prefix, limit, result);
        }

        return result;
    }

    /// <summary>Whether the numbers sorted in ordinal order have been built (for tests).</summary>
    internal bool SortedNumbersBuilt => _sortedByReference.IsValueCreated;

    /// <summary>The most completions of a prefix probed in the number table before the sorted numbers are built
    /// instead (a probe is a hash and a look in the table).</summary>
    private const int MostCompletionsProbed = 1024;

    /// <summary>Finds the numbers longer than the prefix that start with it by probing every completion some number
    /// of each length may have (shortest first); false, with nothing decided, when that would take more than
    /// <see cref="MostCompletionsProbed"/> probes.</summary>
    private bool ProbeCompletions(ReadOnlySpan<char> prefix, int limit, List<int> result)
    {
        var keys = _itemPositions;
        var from = prefix.Length;
        if (from >= LongestKey)
        {
            // No number is longer.
            return true;
        }

        var probes = 0L;
        for (var length = from + 1; length <= LongestKey; length++)
        {
            if (!StartsSomeKeyOf(length, prefix))
            {
                continue;
            }

            var completions = 1L;
            for (var i = from; i < length && completions <= MostCompletionsProbed; i++)
            {
                var choices = 0;
                foreach (var c in Alphabet)
                {
                    choices += keys.Allows(length, i, c) ? 1 : 0;
                }

                completions *= choices;
            }

            probes += completions;
            if (probes > MostCompletionsProbed)
            {
                return false;
            }
        }

        Span<char> buffer = LongestKey <= 256 ? stackalloc char[LongestKey] : new char[LongestKey];
        Span<int> choice = LongestKey <= 256 ? stackalloc int[LongestKey] : new int[LongestKey];
        prefix.CopyTo(buffer);
        for (var length = from + 1; length <= LongestKey; length++)
        {
            if (!StartsSomeKeyOf(length, prefix))
            {
                continue;
            }

            // The completions in order, as an odometer over the alphabet: each place takes the next character some
            // number of this length has there, and carries into the place before it when it runs out.
            var candidate = buffer[..length];
            var place = from;
            choice[place] = -1;
            while (place >= from)
            {
                var next = choice[place] + 1;
                while (next < Alphabet.Length && !keys.Allows(length, place, Alphabet[next]))
                {
                    next++;
                }

                if (next == Alphabet.Length)
                {
                    place--;
                    continue;
                }

                choice[place] = next;
                candidate[place] = Alphabet[next];
                if (place + 1 < length)
                {
                    choice[++place] = -1;
                }
                else if (Probe(candidate, result, limit))
                {
                    return true;
                }
            }
        }

        return true;

        // Whether numbers of this length exist and may start with the prefix (each of its characters allowed at its place).
        bool StartsSomeKeyOf(int length, ReadOnlySpan<char> prefix)
        {
            if (!_itemKeyLengths[length])
            {
                return false;
            }

            for (var i = 0; i < prefix.Length; i++)
            {
                if (!keys.Allows(length, i, prefix[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Adds the positions of the first items in the ordinal order of their normalised numbers (those with a
    /// letter A–Z) that start with the prefix and are longer, at most <paramref name="limit"/> + 1.</summary>
    internal void AddFirstStartingWith(ReadOnlySpan<char> prefix, int limit, List<int> result)
    {
        var sorted = _sortedByReference.Value;
        Span<char> scratch = LongestKey <= 256 ? stackalloc char[256] : new char[LongestKey];
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_keys.Key(sorted[mid], scratch).SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < sorted.Length && result.Count <= limit; i++)
        {
            var key = _keys.Key(sorted[i], scratch);
            if (!key.StartsWith(prefix))
            {
                break;
            }

            if (key.Length > prefix.Length)
            {
                result.Add(sorted[i]);
            }
        }
    }

    private bool Probe(ReadOnlySpan<char> key, List<int> result, int limit)
    {
        ProbeCount++;
        // One key can stand for several items (numbers that differ only in separators or case): stop at limit + 1
        // all the same, as the callers' contract says, whatever a key adds.
        foreach (var position in _keys.All(key))
        {
            if (!result.Contains(position))
            {
                result.Add(position);
                if (result.Count > limit)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The table of customer ids <see cref="CustomersWrittenIn"/> reads, gathered one id at a time (each id
    /// once), with the lengths of the normalised ids: a stretch of another length is no customer's id. Ids of four or
    /// more normalised characters with a digit; an id that normalises like another identifies nobody (both are kept,
    /// and the look-up finds two).</summary>
    private sealed class CustomerIdKeys(int expected)
    {
        private readonly KeyTable<CustomerId>.Builder _ids = new(expected);
        private bool[] _lengths = new bool[64];

        /// <summary>Adds the id when it normalises to four or more characters with a digit.</summary>
        public void Consider(CustomerId customer, Span<char> scratch)
        {
            var into = customer.Value.Length <= scratch.Length ? scratch : new char[customer.Value.Length];
            var key = into[..MatchText.NormalizeReference(customer.Value, into)];
            if (key.Length < 4 || !key.ContainsAnyInRange('0', '9'))
            {
                return;
            }

            _ids.Add(key, customer);
            if (key.Length >= _lengths.Length)
            {
                Array.Resize(ref _lengths, Math.Max(key.Length + 1, 2 * _lengths.Length));
            }

            _lengths[key.Length] = true;
        }

        public (KeyTable<CustomerId>, bool[]) Build() => (_ids.Build(), _lengths);
    }

    private NameTable BuildNames()
    {
        // In the dictionary's order: the similarity search's answer does not depend on the order of the names. Each
        // name's pairs are written once, sorted, into one array; a name several customers share is one range.
        var names = _byName;
        var entries = 0;
        var total = 0;
        Span<char> scratch = names.LongestKey <= 256 ? stackalloc char[256] : new char[names.LongestKey];
        for (var n = 0; n < names.Positions; n++)
        {
            if (!names.IsRepeated(n))
            {
                entries += names.Values(n).Length;
                total += MatchText.BigramCount(names.Key(n, scratch).Length);
            }
        }

        var pairs = _arrays.Take<int>(total, cleared: false);
        var from = new int[entries];
        var to = new int[entries];
        var owners = new CustomerId[entries];
        var (entry, at) = (0, 0);
        for (var n = 0; n < names.Positions; n++)
        {
            if (names.IsRepeated(n))
            {
                continue;
            }

            var customers = names.Values(n);
            var count = MatchText.Bigrams(names.Key(n, scratch), pairs.AsSpan(at));
            pairs.AsSpan(at, count).Sort();
            for (var c = 0; c < customers.Length; c++)
            {
                (from[entry], to[entry], owners[entry]) = (at, at + count, customers[c]);
                entry++;
            }

            at += count;
        }

        return new NameTable(pairs, from, to, owners);
    }

    private Postings BuildPostings()
    {
        // Each distinct character pair gets a number on first sight; then the lists are counted, sized exactly and
        // filled by number. The pairs of a name are sorted: skipping a repeat of the previous one gives each name once
        // per list, in name order. A pair of two ASCII characters (nearly all of them) is numbered through a table of
        // 128 × 128 entries, any other through a dictionary.
        var names = _names.Value;
        var ascii = ArrayPool<int>.Shared.Rent(128 * 128);
        Array.Clear(ascii, 0, 128 * 128);
        var others = new Dictionary<int, int>();
        var bigramOf = new List<int>();
        var entries = names.Customers.Length;
        // pairs and starts are scratch of the build (rented; only the first entries are used). A name several
        // customers share is listed for each of them.
        var most = 0;
        for (var n = 0; n < entries; n++)
        {
            most += names.Pairs(n).Length;
        }

        var pairs = ArrayPool<int>.Shared.Rent(most);
        var count = 0;
        var starts = ArrayPool<int>.Shared.Rent(entries + 1);
        for (var n = 0; n < entries; n++)
        {
            starts[n] = count;
            var bigrams = names.Pairs(n);
            for (var b = 0; b < bigrams.Length; b++)
            {
                var bigram = bigrams[b];
                if (b > 0 && bigrams[b - 1] == bigram)
                {
                    continue;
                }

                var (first, second) = (unchecked((uint)bigram) >> 16, unchecked((uint)bigram) & 0xFFFF);
                ref var number = ref first < 128 && second < 128
                    ? ref ascii[(first << 7) | second]
                    : ref CollectionsMarshal.GetValueRefOrAddDefault(others, bigram, out _);
                // Numbers are kept one above (0: not seen yet).
                if (number == 0)
                {
                    bigramOf.Add(bigram);
                    number = bigramOf.Count;
                }

                pairs[count++] = number - 1;
            }
        }

        starts[entries] = count;
        var counts = new int[bigramOf.Count];
        foreach (var number in pairs.AsSpan(0, count))
        {
            counts[number]++;
        }

        // All lists in one array, each pair's list a stretch of it: thousands of small arrays would be small objects
        // a run keeps (the young generation's budget, decision 368), one array is one large object.
        var listStart = new int[bigramOf.Count + 1];
        for (var k = 0; k < bigramOf.Count; k++)
        {
            listStart[k + 1] = listStart[k] + counts[k];
            counts[k] = listStart[k];
        }

        var all = _arrays.Take<int>(count, cleared: false);
        for (var n = 0; n < entries; n++)
        {
            for (var p = starts[n]; p < starts[n + 1]; p++)
            {
                all[counts[pairs[p]]++] = n;
            }
        }

        var lists = new Dictionary<int, (int Start, int Length)>(bigramOf.Count);
        for (var k = 0; k < bigramOf.Count; k++)
        {
            lists.Add(bigramOf[k], (listStart[k], listStart[k + 1] - listStart[k]));
        }

        ArrayPool<int>.Shared.Return(ascii);
        ArrayPool<int>.Shared.Return(pairs);
        ArrayPool<int>.Shared.Return(starts);
        return new Postings(all, lists);
    }

    /// <summary>The names listed under each character pair: <see cref="Names"/> holds every pair's list, one after
    /// another, and <see cref="Lists"/> where each pair's list starts and how long it is.</summary>
    private sealed record Postings(int[] Names, Dictionary<int, (int Start, int Length)> Lists);

    /// <summary>The numbers with a letter A–Z in ordinal order. Each character is coded by its rank in
    /// <see cref="Alphabet"/> (0 = past the end), so comparing the codes chunk by chunk (as many characters as fit a
    /// <c>ulong</c>) orders exactly as the ordinal comparison of the texts: the positions are sorted by their first
    /// chunk, then runs that tie by the next chunk, and so on, instead of comparing a million strings.</summary>
    private int[] BuildSortedReferences()
    {
        var scratch = new char[LongestKey];
        var code = ArrayPool<ushort>.Shared.Rent(char.MaxValue + 1);
        Array.Clear(code, 0, char.MaxValue + 1);
        for (var k = 0; k < Alphabet.Length; k++)
        {
            code[Alphabet[k]] = (ushort)(k + 1);
        }

        var bits = 64 - BitOperations.LeadingZeroCount((ulong)Alphabet.Length);
        var perChunk = 64 / bits;
        // One pass over the numbers: those with a letter, with their first chunk. The chunks are scratch for the
        // sort (8 bytes per number): rented, so that the runs of a process share one buffer instead of each
        // allocating (and the collector clearing) a fresh one.
        var found = ArrayPool<int>.Shared.Rent(_count);
        var chunks = ArrayPool<ulong>.Shared.Rent(_count);
        int[] sorted;
        try
        {
            var lettered = 0;
            var longer = false;
            for (var p = 0; p < _count; p++)
            {
                var key = _keys.Key(p, scratch);
                if (key.ContainsAnyInRange('A', 'Z'))
                {
                    found[lettered] = p;
                    chunks[lettered++] = Chunk(key, 0);
                    longer |= key.Length > perChunk;
                }
            }

            sorted = found.AsSpan(0, lettered).ToArray();
            SortRun(0, lettered, 0, longer);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(found);
            ArrayPool<ulong>.Shared.Return(chunks);
            ArrayPool<ushort>.Shared.Return(code);
        }

        return sorted;

        // The characters from skip on, coded (1 + place in the alphabet, 0 past the end) into one number that orders
        // as the text does.
        ulong Chunk(ReadOnlySpan<char> key, int skip)
        {
            ulong chunk = 0;
            for (var k = 0; k < perChunk; k++)
            {
                chunk = (chunk << bits) | (skip + k < key.Length ? code[key[skip + k]] : 0UL);
            }

            return chunk;
        }

        // Sorts sorted[start..start + length] by their chunks at a level (given for level 0, else computed), then
        // each run of equal chunks by the next level when a number goes on past this one.
        void SortRun(int start, int length, int level, bool longer)
        {
            if (level > 0)
            {
                var skip = level * perChunk;
                for (var i = start; i < start + length; i++)
                {
                    var key = _keys.Key(sorted[i], scratch);
                    chunks[i] = Chunk(key, skip);
                    longer |= key.Length > skip + perChunk;
                }
            }

            if (length >= RadixSortFrom)
            {
                RadixSort(chunks.AsSpan(start, length), sorted.AsSpan(start, length));
            }
            else
            {
                Array.Sort(chunks, sorted, start, length);
            }

            if (!longer)
            {
                return;
            }

            for (var i = start; i < start + length;)
            {
                var j = i + 1;
                while (j < start + length && chunks[j] == chunks[i])
                {
                    j++;
                }

                if (j - i > 1)
                {
                    SortRun(i, j - i, level + 1, false);
                }

                i = j;
            }
        }
    }

    /// <summary>Runs shorter than this are sorted by comparison: counting digits has a fixed cost (six tables of 2,048
    /// counters) that only a long run repays. The top run of a large index is far longer; the runs of numbers that
    /// share a chunk are short.</summary>
    private const int RadixSortFrom = 4096;

    /// <summary>Sorts keys with their positions by the keys (least significant digit first, eleven bits a digit, a
    /// digit that all keys share skipped): linear in the count, where a comparison sort of a million numbers costs
    /// about twenty comparisons each. Stable: equal keys keep their order.</summary>
    private static void RadixSort(Span<ulong> keys, Span<int> positions)
    {
        const int Bits = 11;
        const int Digits = (64 + Bits - 1) / Bits;
        var counts = new int[Digits << Bits];
        foreach (var key in keys)
        {
            for (var d = 0; d < Digits; d++)
            {
                counts[(d << Bits) | (int)((key >> (d * Bits)) & ((1 << Bits) - 1))]++;
            }
        }

        // Two pairs of rented buffers, read from one and written to the other in turn.
        var n = keys.Length;
        ulong[] fromKeys = ArrayPool<ulong>.Shared.Rent(n), toKeys = ArrayPool<ulong>.Shared.Rent(n);
        int[] fromPositions = ArrayPool<int>.Shared.Rent(n), toPositions = ArrayPool<int>.Shared.Rent(n);
        try
        {
            keys.CopyTo(fromKeys);
            positions.CopyTo(fromPositions);
            for (var d = 0; d < Digits; d++)
            {
                var digit = counts.AsSpan(d << Bits, 1 << Bits);
                if (digit.Contains(n))
                {
                    // Every key has the same digit here: this pass would move nothing.
                    continue;
                }

                var sum = 0;
                for (var b = 0; b < digit.Length; b++)
                {
                    (digit[b], sum) = (sum, sum + digit[b]);
                }

                var shift = d * Bits;
                for (var k = 0; k < n; k++)
                {
                    var key = fromKeys[k];
                    var at = digit[(int)((key >> shift) & ((1 << Bits) - 1))]++;
                    toKeys[at] = key;
                    toPositions[at] = fromPositions[k];
                }

                (fromKeys, toKeys) = (toKeys, fromKeys);
                (fromPositions, toPositions) = (toPositions, fromPositions);
            }

            fromKeys.AsSpan(0, n).CopyTo(keys);
            fromPositions.AsSpan(0, n).CopyTo(positions);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(fromKeys);
            ArrayPool<ulong>.Shared.Return(toKeys);
            ArrayPool<int>.Shared.Return(fromPositions);
            ArrayPool<int>.Shared.Return(toPositions);
        }
    }

    /// <summary>Orders a customer's items by currency code, then due date, document date and number: the first
    /// three packed into one <c>long</c> per item (codes ranked within the customer, day numbers below 2²²) and sorted
    /// as numbers, then runs of equal keys ordered by number. <paramref name="buffer"/> is scratch for the keys (grown
    /// when too short).</summary>
    private static void SortItems(Span<OpenItem> items, ref long[] buffer)
    {
        if (buffer.Length < items.Length)
        {
            buffer = new long[Math.Max(items.Length, 2 * buffer.Length)];
        }

        // Usually a customer's items share one currency (compared by reference first): no codes to rank.
        var first = items[0].Currency;
        List<string>? codes = null;
        foreach (var item in items)
        {
            if (item.Currency != first)
            {
                codes = [first.Code];
                break;
            }
        }

        if (codes is not null)
        {
            foreach (var item in items)
            {
                if (!codes.Contains(item.Currency.Code))
                {
                    codes.Add(item.Currency.Code);
                }
            }

            if (codes.Count > 1)
            {
                codes.Sort(StringComparer.Ordinal);
            }
            else
            {
                codes = null;
            }
        }

        var keys = buffer.AsSpan(0, items.Length);
        for (var k = 0; k < items.Length; k++)
        {
            var item = items[k];
            var currency = codes is null ? 0L : codes.IndexOf(item.Currency.Code);
            keys[k] = (currency << 44) | ((long)item.DueDate.DayNumber << 22) | (long)item.DocumentDate.DayNumber;
        }

        keys.Sort(items);
        for (var i = 0; i < keys.Length;)
        {
            var j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                items[i..j].Sort(static (a, b) => a.Id.CompareTo(b.Id));
            }

            i = j;
        }
    }

    /// <summary>The customers' names for the similarity search: one entry per (name, customer), each with the
    /// name's character pairs (sorted) as a range of one shared array.</summary>
    private sealed class NameTable(int[] pairs, int[] from, int[] to, CustomerId[] customers)
    {
        /// <summary>Gets the customer of each entry.</summary>
        public CustomerId[] Customers => customers;

        /// <summary>The sorted pairs of an entry's name.</summary>
        public ReadOnlySpan<int> Pairs(int entry) => pairs.AsSpan(from[entry], to[entry] - from[entry]);
    }

    /// <summary>A customer with its number in the index (-1 when it has no open items); ordered by the customer's id
    /// (a customer has one number, so equal ids are equal entries).</summary>
    internal readonly record struct NumberedCustomer(CustomerId Customer, int Number) : IComparable<NumberedCustomer>
    {
        public int CompareTo(NumberedCustomer other) => Customer.CompareTo(other.Customer);
    }
}

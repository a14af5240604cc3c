namespace Receivables.Matching;

/// <summary>Finds document references in the remittance text and the end-to-end reference with the configured
/// patterns; lists such as <c>INV-1001/1002</c> give one reference each.</summary>
internal static class ReferenceExtractionRule
{
    private const int MaxRuns = 4;

    /// <summary>At most this many stretches that only have the shape of a number are looked up fuzzily per line.</summary>
    private const int MaxShapeCandidates = 2;

    /// <summary>A number part written without its leading zeros is padded up to this many digits.</summary>
    private const int MaxPaddedDigits = 10;

    public static void Apply(MatchContext context)
    {
        var line = context.Line;
        context.ShapeCandidates.Clear();
        Scan(context, line.RemittanceText);
        if (line.EndToEndReference is { } e2e && !e2e.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase))
        {
            Scan(context, e2e);
        }

        // Structured references (camt Strd/RfrdDocInf/Nb, creditor references, wallet order numbers): the readers also
        // append them to the remittance text, so only those the text does not hold already are read again.
        foreach (var reference in line.References)
        {
            if (line.RemittanceText?.Contains(reference, StringComparison.Ordinal) != true && !string.Equals(reference, line.EndToEndReference, StringComparison.Ordinal))
            {
                Scan(context, reference);
            }
        }

        // A line that names no known number may hold one with a typo or cut at the end, of any shape: the stretches
        // shaped like the numbers of the index are handed to the typo and truncation lookups (decision 357).
        if (context.ShapeCandidates.Count > 0 && !NamesAKnownNumber(context))
        {
            var added = 0;
            Span<char> buffer = stackalloc char[256];
            foreach (var (text, start, end) in context.ShapeCandidates)
            {
                if (added == MaxShapeCandidates)
                {
                    break;
                }

                var written = text.AsSpan(start, end - start);
                var scratch = written.Length <= buffer.Length ? buffer : new char[written.Length];
                var normalized = scratch[..MatchText.NormalizeReference(written, scratch)];
                if (!context.HasReference(normalized))
                {
                    context.AddReference(new ReferenceRow(written.ToString(), normalized.ToString(), end >= text.Length));
                    added++;
                }
            }
        }
    }

    private static bool NamesAKnownNumber(MatchContext context)
    {
        foreach (var reference in context.ReferenceList)
        {
            if (context.Index.IsKnownReference(reference.Normalized))
            {
                return true;
            }
        }

        return false;
    }

    private static void Scan(MatchContext context, string? raw)
    {
        if (raw is null)
        {
            return;
        }

        var max = context.Options.MaxRemittanceLength;
        if (raw.Length > max)
        {
            context.Note(MatchingReasonCodes.TextCut.Of(raw.Length, max));
        }

        var text = MatchText.FoldWidth(raw.Length > max ? raw[..max] : raw).TrimEnd();
        var found = context.Found;
        found.Clear();
        // Indexed: a foreach over the options' list would box its enumerator for every text.
        var patterns = context.Options.ReferencePatterns;
        for (var p = 0; p < patterns.Count; p++)
        {
            var pattern = patterns[p];
            // A pattern's findings that overlap an earlier pattern's are dropped.
            var before = found.Count;
            pattern.Find(text, found, context.Index);
            for (var i = found.Count - 1; i >= before; i--)
            {
                var (start, end, _, _) = found[i];
                for (var j = 0; j < before; j++)
                {
                    if (start < found[j].End && end > found[j].Start)
                    {
                        found.RemoveAt(i);
                        break;
                    }
                }
            }
        }

        // In text order (start, then end); an insertion sort keeps the few findings stable.
        for (var i = 1; i < found.Count; i++)
        {
            var current = found[i];
            var j = i - 1;
            while (j >= 0 && (found[j].Start > current.Start || (found[j].Start == current.Start && found[j].End > current.End)))
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = current;
        }

        foreach (var (_, end, written, normalized) in found)
        {
            context.AddReference(new ReferenceRow(written, normalized, end >= text.Length));
        }

        FindKnownTokens(context, text);
    }

    /// <summary>
    /// References read from the open items themselves, whatever their shape: each chunk of the text made of ASCII
    /// letters and digits joined by single separators (<c>/ - . _</c> or a space) gives candidates: every stretch of up to four consecutive runs
    /// (<c>INV/2026/00042</c>, <c>so 2026 0042</c>, <c>KD77120</c>, a fapiao number after 发票号码), each looked up in the
    /// index of open-item numbers and further references. Only candidates that are known are kept, so the configured patterns are an addition, not a
    /// precondition. An ISO 11649 creditor reference (<c>RF</c> + check digits) is looked up only when its check
    /// digits are right. Work: linear in the text (at most four candidates per run).
    /// </summary>
    private static void FindKnownTokens(MatchContext context, string text)
    {
        var index = context.Index;
        var runs = context.Runs;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            // A chunk: runs of letters and digits joined by single separators.
            runs.Clear();
            var end = i;
            while (end < text.Length)
            {
                var runStart = end;
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                {
                    end++;
                }

                runs.Add((runStart, end));
                if (end + 1 < text.Length && text[end] is '/' or '-' or '.' or '_' or ' ' && char.IsAsciiLetterOrDigit(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            // Every stretch of up to MaxRuns consecutive runs (a number is rarely written in more parts). A stretch's
            // normalised form is its runs' letters and digits, upper-cased: its length is theirs, and its first two
            // characters are the stretch's first two letters or digits.
            for (var a = 0; a < runs.Count; a++)
            {
                var second = runs[a].End - runs[a].Start >= 2 ? text[runs[a].Start + 1] : a + 1 < runs.Count ? text[runs[a + 1].Start] : '\0';
                var letters = 0;
                for (var b = a; b < runs.Count && b < a + MaxRuns; b++)
                {
                    letters += runs[b].End - runs[b].Start;
                    Candidate(context, index, text, runs[a].Start, runs[b].End, letters, second);
                }
            }

            i = end;
        }

        static void Candidate(MatchContext context, MatchIndex index, string text, int start, int end, int letters, char second)
        {
            var written = text.AsSpan(start, end - start);
            var hasLetter = written.ContainsAnyInRange('A', 'Z') || written.ContainsAnyInRange('a', 'z');
            var hasDigit = written.ContainsAnyInRange('0', '9');
            if (!hasDigit || written.Length < (hasLetter ? 4 : 6) || written.Length > index.LongestKey + 64)
            {
                return;
            }

            // Most stretches are no reference at all, and most are of a length no number or further reference has
            // (so not known) and do not start as a creditor reference does: those are not normalised for a lookup.
            // The others are normalised on the stack and looked up as spans, and become strings only when the index
            // knows them (or to name an invalid creditor reference).
            var atEnd = end >= text.Length;
            Span<char> buffer = written.Length <= 256 ? stackalloc char[written.Length] : new char[written.Length];
            var normalizedLength = -1;
            if (index.IsKnownLength(letters) || written[0] is 'R' or 'r')
            {
                normalizedLength = MatchText.NormalizeReference(written, buffer);
                var normalized = buffer[..normalizedLength];
                if (normalized.Length > 4 && normalized.StartsWith("RF", StringComparison.Ordinal) && char.IsAsciiDigit(normalized[2]) && char.IsAsciiDigit(normalized[3]) && !CreditorReference.IsValid(normalized.ToString()))
                {
                    if (!index.IsKnownReference(normalized))
                    {
                        context.Note(MatchingReasonCodes.ReferenceCreditorInvalid.Of(written.ToString()));
                    }

                    return;
                }

                var known = index.KnownReference(normalized);
                if (known != MatchIndex.UnknownReference)
                {
                    if (context.HasReference(normalized))
                    {
                        return;
                    }

                    var (writtenText, normalizedText) = index.ReferenceTexts(written, normalized, known);
                    context.AddReference(new ReferenceRow(writtenText, normalizedText, atEnd));
                    Continued(context, index, text, end, normalized);
                    return;
                }
            }

            if (Padded(index, written, out var padded))
            {
                if (!context.HasReference(padded))
                {
                    context.AddReference(new ReferenceRow(written.ToString(), padded, atEnd));
                }

                return;
            }

            // The shape test reads the first two characters and the length (the normalised form's, known without it).
            if (letters >= context.Options.MinFuzzyReferenceLength && letters <= index.LongestKey + 1 && index.HasShapeOf(char.ToUpperInvariant(written[0]), char.ToUpperInvariant(second), letters, 1, atEnd ? 2 : 1))
            {
                if (normalizedLength < 0)
                {
                    normalizedLength = MatchText.NormalizeReference(written, buffer);
                }

                if (!context.HasReference(buffer[..normalizedLength]))
                {
                    // Kept as where it is written: most lines name a known number, and their candidates are never read.
                    context.ShapeCandidates.Add((text, start, end));
                }
            }
        }

        // A list written in short after a known number, "RE26001370/371, 375": each continuation replaces as many
        // trailing digits of the number and is kept when the index knows the result (the prefixed patterns do the
        // same for their shapes).
        static void Continued(MatchContext context, MatchIndex index, string text, int end, ReadOnlySpan<char> number)
        {
            var digits = 0;
            while (digits < number.Length && char.IsAsciiDigit(number[number.Length - 1 - digits]))
            {
                digits++;
            }

            Span<char> form = stackalloc char[number.Length];
            Span<char> tail = stackalloc char[number.Length];
            number.CopyTo(form);
            while (end < text.Length)
            {
                var (at, length) = ReferencePattern.ContinuationAt(text, end);
                if (length == 0)
                {
                    return;
                }

                var written = text.AsSpan(at, length);
                var first = written.IndexOfAnyInRange('0', '9');
                if (first < 0 || written.Length - first > tail.Length)
                {
                    return;
                }

                var count = MatchText.NormalizeReference(written[first..], tail);
                if (count >= digits || count == 0)
                {
                    return;
                }

                tail[..count].CopyTo(form[(form.Length - count)..]);
                if (index.IsKnownReference(form) && !context.HasReference(form))
                {
                    context.AddReference(new ReferenceRow(written.Trim().ToString(), form.ToString(), at + length >= text.Length));
                }

                end = at + length;
            }
        }

        // The number of an item whose last number part has other leading zeros than written: "SO-2026-42" or
        // "SO-2026-00042" for SO-2026-0042, "kd 7" for KD-0007. The written part is stripped of its zeros and padded
        // back, digit by digit, each form looked up exactly; a number part must follow something (a prefix or an
        // earlier part), so a lone number is never padded.
        static bool Padded(MatchIndex index, ReadOnlySpan<char> written, out string padded)
        {
            padded = string.Empty;
            var runStart = written.Length;
            while (runStart > 0 && char.IsAsciiDigit(written[runStart - 1]))
            {
                runStart--;
            }

            var digits = written[runStart..];
            var core = digits.TrimStart('0');
            if (runStart == 0 || digits.IsEmpty || core.IsEmpty)
            {
                return false;
            }

            Span<char> buffer = stackalloc char[128];
            if (runStart + MaxPaddedDigits > buffer.Length)
            {
                return false;
            }

            var prefix = MatchText.NormalizeReference(written[..runStart], buffer);
            if (prefix == 0)
            {
                return false;
            }

            for (var width = core.Length; width <= MaxPaddedDigits && prefix + width <= index.LongestKey; width++)
            {
                if (width == digits.Length || !index.HasKeyOfLength(prefix + width))
                {
                    continue;
                }

                var form = buffer[..(prefix + width)];
                form[prefix..(prefix + width - core.Length)].Fill('0');
                core.CopyTo(form[(prefix + width - core.Length)..]);
                if (index.IsKnownReference(form))
                {
                    padded = form.ToString();
                    return true;
                }
            }

            return false;
        }
    }
}

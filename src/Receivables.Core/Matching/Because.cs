using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Receivables.Matching;

/// <summary>
/// A reason in words whose text is written only when somebody reads it. The built-in rules find evidence for every
/// line, but only the chosen proposal and a few alternatives of each line are ever shown; formatting amounts, dates
/// and confidences for all of them was a large share of a batch's work and memory (decision 351).
/// </summary>
/// <remarks>The values a reason is written from are immutable (ids, money, dates, numbers, strings) and every
/// formatting uses the invariant culture, so the text is the same whenever it is written. Thread-safe.</remarks>
internal abstract class Because
{
    /// <summary>Writes the text.</summary>
    public abstract string Text();

    /// <summary>A reason written from a state by a static formatting function.</summary>
    public static Because Of<T>(T state, Func<T, string> write) => new Deferred<T>(state, write);

    /// <summary>The text of a reason part: a string as it is, a <see cref="Because"/> written, or the reason of a
    /// <see cref="PayerCandidate"/> (written once and kept there).</summary>
    public static string TextOf(object part) => part switch
    {
        string text => text,
        PayerCandidate payer => payer.Reason,
        _ => ((Because)part).Text(),
    };

    /// <summary>Writes reason parts (strings or <see cref="Because"/>) once and keeps the texts; safe to call from
    /// several threads (all see the same array).</summary>
    public static ImmutableArray<string> Written(ref string[]? written, object[] parts, bool distinct)
    {
        var texts = Volatile.Read(ref written);
        if (texts is null)
        {
            var list = new List<string>(parts.Length);
            foreach (var part in parts)
            {
                var text = TextOf(part);
                if (!distinct || !list.Contains(text))
                {
                    list.Add(text);
                }
            }

            var mine = list.ToArray();
            texts = Interlocked.CompareExchange(ref written, mine, null) ?? mine;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(texts);
    }

    /// <summary>The text of a reason kept as a string or a <see cref="Because"/>: written on first read, then kept
    /// in place of the <see cref="Because"/>; safe to call from several threads.</summary>
    public static string Written(ref object reason)
    {
        var current = Volatile.Read(ref reason);
        if (current is string text)
        {
            return text;
        }

        text = ((Because)current).Text();
        Volatile.Write(ref reason, text);
        return text;
    }

    private sealed class Deferred<T>(T state, Func<T, string> write) : Because
    {
        public override string Text() => write(state);
    }
}

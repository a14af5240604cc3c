using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Receivables.Internal;

namespace Receivables;

/// <summary>
/// One explained decision, the same type in every module: a stable <see cref="Code"/>, typed
/// <see cref="Arguments"/>, and a text written on demand.
/// </summary>
/// <remarks>
/// <para>Credit scores, matches, aging alerts, provisions and reminders explain themselves with reasons. Programs test
/// and store the <see cref="Code"/> and read the <see cref="Arguments"/>; people read <see cref="Text"/> (invariant
/// English, written the first time it is read) or a translation through an <see cref="IReasonFormatter"/>, such as
/// <see cref="ReasonFormatters.Chinese"/>.</para>
/// <para>Two reasons are equal when their codes and argument values are equal.</para>
/// <para>Instances are immutable and thread-safe: the text is written at most once per instance (a race may write it
/// twice, with the same result).</para>
/// </remarks>
public sealed class Reason : IEquatable<Reason>
{
    // The values only, in the order of the code's names: the (name, value) pairs are made when Arguments is read,
    // so that a reason nobody reads costs one small object and its values (matching makes several per line). One or
    // two values (most reasons) are kept in the two fields, with no array; three or more as an array in the first.
    // The code and how the first two values are kept (a customer or document id as its text, decision 367; an open
    // amount as its item, decision 369).
    // The form until the reason is first read, then what reading made (the argument pairs, the text) with the form, in
    // one object: a reason nobody reads carries one field for both (a run of matching makes several hundred thousand
    // reasons and reads few; 40 bytes each instead of 48).
    private object _formOrRead;
    private readonly object? _first;
    private readonly object? _second;

    internal Reason(ReasonCode definition, object[] values)
    {
        _formOrRead = definition.Plain;
        switch (values.Length)
        {
            case 0:
                break;
            case 1:
                _first = values[0];
                break;
            case 2:
                _first = values[0];
                _second = values[1];
                break;
            default:
                _first = values;
                break;
        }
    }

    /// <summary>A reason of a code with one or two arguments (checked by the caller), without an array; the form
    /// says how each is kept.</summary>
    internal Reason(ReasonCode.Form form, object first, object? second)
    {
        _formOrRead = form;
        _first = first;
        _second = second;
    }

    /// <summary>The number of values: the number of the code's argument names.</summary>
    private int Count => Definition.Names.Length;

    /// <summary>Gets the definition: the code with its templates.</summary>
    public ReasonCode Definition => Form.Code;

    /// <summary>How the values are kept (the field read once: the form itself, or the object reading made, which holds
    /// it).</summary>
    private ReasonCode.Form Form
    {
        get
        {
            var state = _formOrRead;
            return state as ReasonCode.Form ?? Unsafe.As<Read>(state).Form;
        }
    }

    /// <summary>What reading made, made on the first read (two threads reading at once may each make one; one is kept
    /// and both then read it).</summary>
    private Read Reading
    {
        get
        {
            var state = Volatile.Read(ref _formOrRead);
            if (state is Read read)
            {
                return read;
            }

            var made = new Read((ReasonCode.Form)state);
            return Interlocked.CompareExchange(ref _formOrRead, made, state) as Read ?? made;
        }
    }

    /// <summary>Gets the stable code, such as <c>matching.reference.exact</c>.</summary>
    public string Code => Definition.Code;

    /// <summary>Gets the arguments in the order of the code's <see cref="ReasonCode.ArgumentNames"/>.</summary>
    public ImmutableArray<ReasonArgument> Arguments
    {
        get
        {
            var read = Reading;
            return ImmutableCollectionsMarshal.AsImmutableArray(read.Arguments ??= Pairs());
        }
    }

    /// <summary>Gets the invariant English text, written from the template the first time it is read.</summary>
    public string Text
    {
        get
        {
            var read = Reading;
            return read.Text ??= ReasonFormatters.Invariant.Format(new ReasonFormatArguments(this));
        }
    }

    /// <summary>Gets an argument's value by name.</summary>
    /// <param name="name">The argument name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The code has no argument of that name.</exception>
    public object this[string name]
    {
        get
        {
            Guard.NotNull(name);
            if (Value(name) is { } value)
            {
                return value;
            }

            throw new KeyNotFoundException($"The reason '{Code}' has no argument '{name}' (it has {string.Join(", ", Definition.ArgumentNames)}).");
        }
    }

    /// <summary>Returns whether this reason is of the given code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Is(ReasonCode code) => Definition.Equals(Guard.NotNull(code));

    /// <summary>Gets a typed argument value by name.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">There is no argument of that name.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string name) => (T)this[name];

    /// <summary>Writes the text through a formatter, such as a host's own translation.</summary>
    /// <param name="formatter">The formatter.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formatter"/> is null.</exception>
    public string ToString(IReasonFormatter formatter) => Guard.NotNull(formatter).Format(new ReasonFormatArguments(this));

    /// <summary>Returns the invariant English <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Returns whether another reason has the same code and equal argument values.</summary>
    /// <param name="other">The other reason.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Reason? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !Definition.Equals(other.Definition) || Count != other.Count)
        {
            return false;
        }

        var form = Form;
        if (Count <= 2 && ReferenceEquals(form, other.Form) && form.KeptComparesAsValue)
        {
            // Kept alike: ids as their text compare as the ids do (ordinal), without making them again.
            return Equals(_first, other._first) && Equals(_second, other._second);
        }

        for (var i = 0; i < Count; i++)
        {
            if (!Equals(ValueAt(i), other.ValueAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Reason other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Code, StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            hash.Add(ValueAt(i));
        }

        return hash.ToHashCode();
    }

    /// <summary>The value of the argument called <paramref name="name"/>, or null when the code has no such argument.</summary>
    internal object? Value(ReadOnlySpan<char> name)
    {
        var names = Definition.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (name.Equals(names[i], StringComparison.Ordinal))
            {
                return ValueAt(i);
            }
        }

        return null;
    }

    /// <summary>The value at an argument's place (0 ≤ <paramref name="i"/> &lt; the number of names).</summary>
    private object ValueAt(int i) => Count > 2 ? ((object[])_first!)[i] : Form.Value((i == 0 ? _first : _second)!, i);

    private ReasonArgument[] Pairs()
    {
        var names = Definition.Names;
        var pairs = new ReasonArgument[names.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new ReasonArgument(names[i], ValueAt(i));
        }

        return pairs;
    }

    /// <summary>Compares two reasons by code and arguments.</summary>
    /// <param name="left">The first reason.</param>
    /// <param name="right">The second reason.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Reason? left, Reason? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reasons by code and arguments.</summary>
    /// <param name="left">The first reason.</param>
    /// <param name="right">The second reason.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Reason? left, Reason? right) => !(left == right);

    /// <summary>What a reason's first reads made, kept for the next (threads that race make equal values).</summary>
    private sealed class Read(ReasonCode.Form form)
    {
        public readonly ReasonCode.Form Form = form;
        public ReasonArgument[]? Arguments;
        public string? Text;
    }
}

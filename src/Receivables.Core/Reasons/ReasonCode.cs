using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Receivables.Internal;

namespace Receivables;

/// <summary>
/// The definition of one kind of explained decision: a stable code, the names of its arguments and the templates its
/// text is written from (invariant English, and Chinese). Every <see cref="Reason"/> is an instance of a code.
/// </summary>
/// <remarks>
/// <para>Codes are lower-case, dot-separated words such as <c>matching.reference.exact</c> or
/// <c>credit.payment-index</c>: the first word is the module. A code never changes meaning once published; hosts may
/// store it, filter on it and translate it.</para>
/// <para>Templates name their arguments in braces, <c>"{amount} equals the open amount of {item}"</c>. Every
/// placeholder must be one of the declared argument names, and every argument must appear in the English template.</para>
/// <para>Modules publish their codes as static fields of a <c>…ReasonCodes</c> class; hosts define their own codes for
/// custom policies the same way.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ReasonCode : IEquatable<ReasonCode>
{
    private readonly string[] _names;
    // How a reason of this code keeps its first two values (Form), by the kind of each: made on first use, shared.
    private readonly Form?[] _forms = new Form?[Form.Kinds * Form.Kinds];
    private Reason? _bare;

    /// <summary>Defines a reason code.</summary>
    /// <param name="code">The stable code: lower-case words of letters, digits and hyphens, separated by dots.</param>
    /// <param name="template">The invariant English template, with each argument as <c>{name}</c>.</param>
    /// <param name="chineseTemplate">The Chinese (zh-CN) template with the same placeholders, or <see langword="null"/>
    /// to write the English text in Chinese output too.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not of the documented form, or a template's placeholders are
    /// malformed or differ between the two templates.</exception>
    public ReasonCode(string code, string template, string? chineseTemplate = null)
    {
        Guard.NotNull(code);
        Guard.NotBlank(template);
        if (!CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"The reason code '{code}' must be lower-case words of letters, digits and hyphens separated by dots, such as 'matching.reference.exact'.", nameof(code));
        }

        _names = Placeholders(template, nameof(template));
        if (chineseTemplate is not null)
        {
            var chinese = Placeholders(chineseTemplate, nameof(chineseTemplate));
            if (!chinese.Order(StringComparer.Ordinal).SequenceEqual(_names.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                throw new ArgumentException($"The Chinese template of '{code}' must use the same placeholders as the English one ({string.Join(", ", _names)}).", nameof(chineseTemplate));
            }
        }

        Code = code;
        Template = template;
        ChineseTemplate = chineseTemplate;
    }

    /// <summary>Gets the stable code, such as <c>matching.reference.exact</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the module: the first word of the code, such as <c>matching</c>.</summary>
    public string Module => Code[..(Code.IndexOf('.', StringComparison.Ordinal) is var i and >= 0 ? i : Code.Length)];

    /// <summary>Gets the invariant English template.</summary>
    public string Template { get; }

    /// <summary>Gets the Chinese template, or <see langword="null"/> when there is none.</summary>
    public string? ChineseTemplate { get; }

    /// <summary>Gets the argument names, in the order they first appear in the English template.</summary>
    public IReadOnlyList<string> ArgumentNames => _names;

    /// <summary>Creates a reason of this code with its arguments given in the order of <see cref="ArgumentNames"/>.</summary>
    /// <param name="values">One value per argument name: a string, a number, a <see cref="Money"/>, a
    /// <see cref="DateOnly"/>, an id, a <see cref="Currency"/>, an enum, or another <see cref="Reason"/>.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not the number of argument names.</exception>
    public Reason With(params object[] values) => new(this, Checked(values, copy: true));

    /// <summary>Creates a reason of this code over <paramref name="values"/> without copying them: for the library's
    /// own call sites, whose argument array is made for the call and never touched again.</summary>
    internal Reason Of(params object[] values) => new(this, Checked(values, copy: false));

    /// <summary>A reason of a code without arguments: one instance per code, shared (a reason is immutable and
    /// compared by value).</summary>
    internal Reason Of() => _bare ??= new(this, Checked([], copy: false));

    /// <summary>A reason of a code with one argument, without an argument array (a wrong count or a null value
    /// takes the checked path and throws as there). Small non-negative integers (counts) share one box each.</summary>
    internal Reason Of<T>(T value)
        where T : notnull
    {
        var (kept, kind) = Keep(value);
        return _names.Length == 1 && kept is not null ? new(FormOf(kind, 0), kept, null) : Of([Box(value)]);
    }

    /// <summary>A reason of a code with two arguments, without an argument array.</summary>
    internal Reason Of<T1, T2>(T1 first, T2 second)
        where T1 : notnull
        where T2 : notnull
    {
        var ((a, kindA), (b, kindB)) = (Keep(first), Keep(second));
        return _names.Length == 2 && a is not null && b is not null ? new(FormOf(kindA, kindB), a, b) : Of([Box(first), Box(second)]);
    }

    /// <summary>How a value is kept in a reason: a customer or document id as its text (no box: a run of matching
    /// makes a few hundred thousand reasons, most naming an item or a customer), an amount given as
    /// <see cref="Matching.AmountOf"/> as the item or line it is read from, anything else boxed (null stays null, for
    /// the checked path to refuse).</summary>
    private static (object Kept, int Kind) Keep<T>(T value)
        where T : notnull
    {
        if (typeof(T) == typeof(DocumentId) && Unsafe.As<T, DocumentId>(ref value).Value is { Length: > 0 } document)
        {
            return (document, Form.DocumentText);
        }

        if (typeof(T) == typeof(CustomerId) && Unsafe.As<T, CustomerId>(ref value).Value is { Length: > 0 } customer)
        {
            return (customer, Form.CustomerText);
        }

        if (typeof(T) == typeof(Matching.AmountOf) && Unsafe.As<T, Matching.AmountOf>(ref value).Holder is { } holder)
        {
            return (holder, Form.Amount);
        }

        return (Box(value), Form.Boxed);
    }

    /// <summary>The plain form: every value kept as it was given.</summary>
    internal Form Plain => FormOf(Form.Boxed, Form.Boxed);

    private Form FormOf(int first, int second) => _forms[first + (Form.Kinds * second)] ??= new Form(this, first, second);

    /// <summary>A reason code with how a reason keeps its first two values: boxed as given, an id as its text (the
    /// id made again when read), or an amount as the item or line it is read from (Matching.AmountOf). One per code and
    /// pair of kinds, shared by the code's reasons.</summary>
    internal sealed class Form(ReasonCode code, int first, int second)
    {
        public const int Boxed = 0;
        public const int DocumentText = 1;
        public const int CustomerText = 2;
        public const int Amount = 3;

        /// <summary>The number of ways a value can be kept.</summary>
        public const int Kinds = 4;

        /// <summary>Whether the values kept in both slots compare as the values they stand for (an id's text does;
        /// an amount's holder does not: two items may have equal open amounts).</summary>
        public bool KeptComparesAsValue => first != Amount && second != Amount;

        public ReasonCode Code => code;

        /// <summary>The value kept at <paramref name="slot"/> (0 or 1) as it was given.</summary>
        public object Value(object kept, int slot) => (slot == 0 ? first : second) switch
        {
            DocumentText => new DocumentId((string)kept),
            CustomerText => new CustomerId((string)kept),
            Amount => Matching.AmountOf.Read(kept),
            _ => kept,
        };
    }

    // Boxes of 0 to 255, shared: reason values are immutable and compared by value.
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 256).Select(i => (object)i).ToArray();

    private static object Box<T>(T value)
        where T : notnull
    {
        if (typeof(T) == typeof(Matching.AmountOf))
        {
            return Unsafe.As<T, Matching.AmountOf>(ref value).Value;
        }

        if (typeof(T) == typeof(int))
        {
            var number = Unsafe.As<T, int>(ref value);
            if ((uint)number < (uint)SmallIntegers.Length)
            {
                return SmallIntegers[number];
            }
        }

        return value;
    }

    private object[] Checked(object[] values, bool copy)
    {
        Guard.NotNull(values);
        if (values.Length != _names.Length)
        {
            throw new ArgumentException($"The reason '{Code}' takes {_names.Length} argument(s) ({string.Join(", ", _names)}), not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                throw new ArgumentNullException(nameof(values), $"The argument '{_names[i]}' of '{Code}' is null.");
            }
        }

        return copy && values.Length > 0 ? (object[])values.Clone() : values;
    }

    /// <summary>The argument names as an array (shared by every reason of this code).</summary>
    internal string[] Names => _names;

    /// <summary>Returns whether another code has the same code text (templates are not compared).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public bool Equals(ReasonCode? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code text.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two codes by their code text.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReasonCode? left, ReasonCode? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two codes by their code text.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReasonCode? left, ReasonCode? right) => !(left == right);

    internal static string[] Placeholders(string template, string field)
    {
        var names = new List<string>();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '}')
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The template '{template}' has a '}}' without '{{' at position {i}."), field);
            }

            if (c != '{')
            {
                i++;
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The template '{template}' has a '{{' without '}}' at position {i}."), field);
            }

            var name = template[(i + 1)..end];
            if (!NamePattern().IsMatch(name))
            {
                throw new ArgumentException($"The placeholder '{{{name}}}' in template '{template}' must be a name of letters and digits.", field);
            }

            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }

            i = end + 1;
        }

        return [.. names];
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

using System.Reflection;
using System.Text;

namespace Receivables.Tests.Support;

/// <summary>
/// Writes the public surface of an assembly as sorted text, one line per type and member, and compares it with the
/// approved file in the repository, so every API change shows in a diff. To approve a change, run the tests with
/// RECEIVABLES_APPROVE_API=1 (or copy the .received.txt file over the approved one).
/// </summary>
public static class PublicApi
{
    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            foreach (var member in type.GetMembers(flags | BindingFlags.NonPublic))
            {
                var line = MemberLine(member);
                if (line is not null)
                {
                    members.Add("  " + line);
                }
            }

            members.Sort(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join('\n', lines) + "\n";
    }

    public static void Verify(Assembly assembly, string approvedFileName)
    {
        var actual = Render(assembly);
        var path = Path.Combine(RepositoryRoot(), "tests", "Receivables.Core.Tests", "PublicApi", approvedFileName);
        var approved = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (approved == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("RECEIVABLES_APPROVE_API") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var received = Path.ChangeExtension(path, ".received.txt");
        File.WriteAllText(received, actual);
        var diff = FirstDifference(approved, actual);
        Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review {received} and, if intended, approve it (RECEIVABLES_APPROVE_API=1). First difference: {diff}");
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Receivables.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Receivables.Core.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: approved '{left}', actual '{right}'";
            }
        }

        return "(none)";
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : type.IsSubclassOf(typeof(Delegate)) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string? MemberLine(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c when c.IsPublic || c.IsFamily:
                return $"{Access(c)}ctor({Parameters(c.GetParameters())})";
            case MethodInfo m when (m.IsPublic || m.IsFamily) && !m.IsSpecialName:
                return $"{Access(m)}{(m.IsStatic ? "static " : string.Empty)}{(m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : string.Empty)}{Name(m.ReturnType)}{NullMark(m.ReturnParameter)} {m.Name}{Generic(m)}({Parameters(m.GetParameters())})";
            case MethodInfo m when (m.IsPublic || m.IsFamily) && m.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"{Access(m)}static {Name(m.ReturnType)} {m.Name}({Parameters(m.GetParameters())})";
            case PropertyInfo p:
                var getter = p.GetMethod is { } g && (g.IsPublic || g.IsFamily) ? "get; " : string.Empty;
                var setter = p.SetMethod is { } s && (s.IsPublic || s.IsFamily)
                    ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ")
                    : string.Empty;
                if (getter.Length == 0 && setter.Length == 0)
                {
                    return null;
                }

                var accessor = (p.GetMethod ?? p.SetMethod)!;
                var index = p.GetIndexParameters();
                var name = index.Length > 0 ? $"this[{Parameters(index)}]" : p.Name;
                return $"{Access(accessor)}{(accessor.IsStatic ? "static " : string.Empty)}{Name(p.PropertyType)}{NullMark(p)} {name} {{ {getter}{setter}}}";
            case FieldInfo f when f.IsPublic || f.IsFamily:
                if (f.DeclaringType!.IsEnum)
                {
                    return f.IsSpecialName ? null : $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
                }

                return $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)}{NullMark(f)} {f.Name}";
            case EventInfo e:
                return $"event {Name(e.EventHandlerType!)} {e.Name}";
            default:
                return null;
        }
    }

    // Nullable reference types are part of the contract: a property approved as non-null must not become nullable
    // unnoticed (value types show their '?' through Nullable<T> already).
    private static string NullMark(ParameterInfo parameter)
        => !parameter.ParameterType.IsValueType && parameter.ParameterType != typeof(void) && new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable ? "?" : string.Empty;

    private static string NullMark(PropertyInfo property)
        => !property.PropertyType.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable ? "?" : string.Empty;

    private static string NullMark(FieldInfo field)
        => !field.FieldType.IsValueType && new NullabilityInfoContext().Create(field).ReadState == NullabilityState.Nullable ? "?" : string.Empty;

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "public " : "protected ";

    private static string Generic(MethodInfo m)
        => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(ParameterInfo[] parameters)
        => string.Join(", ", parameters.Select(p =>
        {
            var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            var nullable = new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;
            var defaultValue = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty;
            return $"{prefix}{Name(type)}{nullable} {p.Name}{defaultValue}";
        }));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? type.Name : type.Namespace + "." + type.Name);
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var builder = new StringBuilder(tick >= 0 ? name[..tick] : name);
        builder.Append('<').Append(string.Join(", ", type.GetGenericArguments().Select(Name))).Append('>');
        return builder.ToString();
    }
}

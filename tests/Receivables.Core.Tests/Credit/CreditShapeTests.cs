using System.Reflection;
using System.Text.RegularExpressions;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Tests.Support;

namespace Receivables.Tests.Credit;

/// <summary>The credit module's shape (issue 11): sub-namespaces without cycles, one shape of extension point, and
/// reason codes with both templates.</summary>
public partial class CreditShapeTests
{
    private static readonly string[] SubNamespaces = ["Scoring", "Policy", "Checks", "LatePayment"];

    // Allowed dependencies between sub-namespaces (each may use the root); anything else would make a cycle possible.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Scoring"] = ["LatePayment"],
        ["Policy"] = ["Scoring"],
        ["Checks"] = [],
        ["LatePayment"] = [],
    };

    private static string CreditSource => Path.Combine(PublicApi.RepositoryRoot(), "src", "Receivables.Core", "Credit");

    [Fact]
    public void Folders_MatchNamespaces()
    {
        foreach (var file in Directory.GetFiles(CreditSource, "*.cs", SearchOption.AllDirectories))
        {
            var folder = Path.GetRelativePath(CreditSource, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "Receivables.Credit" : "Receivables.Credit." + folder.Replace(Path.DirectorySeparatorChar, '.');

            Assert.Contains($"namespace {expected};", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Root_DependsOnNoSubNamespace()
    {
        foreach (var file in Directory.GetFiles(CreditSource, "*.cs", SearchOption.TopDirectoryOnly))
        {
            var text = File.ReadAllText(file);

            Assert.False(SubNamespaceReference().IsMatch(text), $"{Path.GetFileName(file)} uses a credit sub-namespace.");
        }
    }

    [Fact]
    public void SubNamespaces_DependOnlyAsAllowed()
    {
        foreach (var sub in SubNamespaces)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(CreditSource, sub), "*.cs"))
            {
                var used = SubNamespaceReference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(u => u != sub).Distinct();

                Assert.All(used, u => Assert.True(Allowed[sub].Contains(u), $"{sub}/{Path.GetFileName(file)} uses Receivables.Credit.{u}."));
            }
        }
    }

    [Fact]
    public void PublicSignatures_OfTheRoot_UseNoSubNamespaceType()
    {
        var root = typeof(CreditProfile).Assembly.GetExportedTypes().Where(t => t.Namespace == "Receivables.Credit");

        foreach (var type in root)
        {
            var used = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(SignatureTypes)
                .Where(t => t.Namespace?.StartsWith("Receivables.Credit.", StringComparison.Ordinal) == true);

            Assert.Empty(used);
        }
    }

    [Fact]
    public void ExtensionPoints_TakeOneInArgumentsStructWithAPublicConstructor()
    {
        Type[] points = [typeof(ICreditFactor), typeof(ICreditPolicy), typeof(ICreditLimitRule), typeof(ICreditCheckRule)];

        foreach (var point in points)
        {
            var method = Assert.Single(point.GetMethods(), m => !m.IsSpecialName);
            var parameter = Assert.Single(method.GetParameters());
            var type = parameter.ParameterType.GetElementType()!;

            Assert.True(parameter.IsIn, $"{point.Name}.{method.Name} must take its arguments by 'in'.");
            Assert.True(type.IsValueType && type.Name.EndsWith("Arguments", StringComparison.Ordinal), type.Name);
            Assert.Contains(type.GetConstructors(), c => c.GetParameters().Length > 0);
        }
    }

    [Fact]
    public void Engines_CreatedWithoutOptions_AreTheDefaults()
    {
        Assert.Same(Scorecard.Default, Scorecard.Create());
        Assert.True(CreditChecker.Create().Rules.SequenceEqual(CreditCheckRules.Default));
    }

    [Fact]
    public void ReasonCodes_AreCreditCodesWithChineseTemplatesAndUnique()
    {
        var codes = typeof(CreditReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (ReasonCode)f.GetValue(null)!).ToList();

        Assert.All(codes, c => Assert.Equal("credit", c.Module));
        Assert.All(codes, c => Assert.False(string.IsNullOrWhiteSpace(c.ChineseTemplate), c.Code));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Reason_InChinese_UsesTheChineseTemplate()
    {
        var reason = CreditReasonCodes.CheckOverdue.With("C-1", Money.Of(500m, "CNY"), 12);

        Assert.Equal("C-1：逾期500.00 CNY，最久12天", reason.ToString(ReasonFormatters.Chinese));
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => Expand(p.PropertyType),
        FieldInfo f => Expand(f.FieldType),
        MethodInfo m => Expand(m.ReturnType).Concat(m.GetParameters().SelectMany(p => Expand(p.ParameterType))),
        ConstructorInfo c => c.GetParameters().SelectMany(p => Expand(p.ParameterType)),
        _ => [],
    };

    private static IEnumerable<Type> Expand(Type type)
    {
        var t = type.HasElementType ? type.GetElementType()! : type;
        return t.IsGenericType ? t.GetGenericArguments().SelectMany(Expand).Prepend(t) : [t];
    }

    [GeneratedRegex(@"Receivables\.Credit\.(Scoring|Policy|Checks|LatePayment)\b")]
    private static partial Regex SubNamespaceReference();
}

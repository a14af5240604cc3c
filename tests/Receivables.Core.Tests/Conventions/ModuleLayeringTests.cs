using System.Text.RegularExpressions;
using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

/// <summary>
/// The modules of Receivables.Core form layers: Calendars build on the root (money, ids, reasons), Terms on Calendars,
/// the Ledger on Terms, and the engines (Aging, Credit, Matching, Reminders) on the Ledger. A module may use the layers
/// below it, never one above, and the namespaces have no cycles. Read from the source: every `using Receivables.X` and
/// every qualified `Receivables.X.` reference of each file.
/// </summary>
public partial class ModuleLayeringTests
{
    /// <summary>What each module may use besides itself and the root namespace.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Internal"] = [],
        ["Calendars"] = [],
        ["Terms"] = ["Calendars"],
        ["Ledger"] = ["Terms", "Calendars"],
        ["Serialization"] = ["Ledger", "Terms", "Calendars"],
        ["Aging"] = ["Ledger", "Terms", "Calendars"],
        ["Credit"] = ["Ledger", "Terms", "Calendars", "Aging"],
        ["Matching"] = ["Ledger", "Terms", "Calendars"],
        ["Reminders"] = ["Ledger", "Terms", "Calendars", "Credit", "Aging"],
        ["Analytics"] = ["Ledger", "Terms", "Calendars", "Credit", "Reminders"],
    };

    [Fact]
    public void Modules_UseOnlyTheLayersBelowThem()
    {
        var violations = new List<string>();
        foreach (var (module, file, used) in References())
        {
            if (!Allowed.TryGetValue(module, out var allowed))
            {
                violations.Add($"{file}: module '{module}' has no layer; add it to {nameof(ModuleLayeringTests)}.{nameof(Allowed)}");
                continue;
            }

            foreach (var other in used.Where(u => u != module && u != "Internal" && !allowed.Contains(u)))
            {
                violations.Add($"{file}: {module} uses {other}");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Modules_HaveNoNamespaceCycles()
    {
        var graph = References()
            .GroupBy(r => r.Module)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Used).Where(u => u != g.Key).ToHashSet(), StringComparer.Ordinal);

        foreach (var start in graph.Keys)
        {
            var path = new Stack<string>();
            Assert.False(Reaches(graph, start, start, [], path), $"cycle: {start} -> {string.Join(" -> ", path.Reverse())}");
        }
    }

    [Fact]
    public void RootNamespace_UsesNoModule()
    {
        var root = Path.Combine(PublicApi.RepositoryRoot(), "src", "Receivables.Core");
        var offenders = new List<string>();
        foreach (var folder in new[] { "Money", "Ids", "Reasons" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                offenders.AddRange(UsedModules(File.ReadAllText(file)).Where(m => m != "Internal").Select(m => $"{Path.GetFileName(file)} uses {m}"));
            }
        }

        Assert.Empty(offenders);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string target, HashSet<string> seen, Stack<string> path)
    {
        foreach (var next in graph.GetValueOrDefault(from) ?? [])
        {
            path.Push(next);
            if (next == target || (seen.Add(next) && Reaches(graph, next, target, seen, path)))
            {
                return true;
            }

            path.Pop();
        }

        return false;
    }

    private static IEnumerable<(string Module, string File, HashSet<string> Used)> References()
    {
        var root = Path.Combine(PublicApi.RepositoryRoot(), "src", "Receivables.Core");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var declared = NamespacePattern().Match(text);
            if (!declared.Success)
            {
                continue;
            }

            var parts = declared.Groups[1].Value.Split('.');
            if (parts.Length < 2)
            {
                continue;
            }

            yield return (parts[1], relative, UsedModules(text));
        }
    }

    /// <summary>The modules: the second word of every namespace declared in Core (not root type names such as
    /// <c>Receivables.Money</c>).</summary>
    private static readonly Lazy<HashSet<string>> Modules = new(() =>
    {
        var root = Path.Combine(PublicApi.RepositoryRoot(), "src", "Receivables.Core");
        return [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => NamespacePattern().Match(File.ReadAllText(f)))
            .Where(m => m.Success && m.Groups[1].Value.Contains('.', StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value.Split('.')[1])];
    });

    private static HashSet<string> UsedModules(string text)
    {
        var code = CommentPattern().Replace(text, string.Empty);
        return [.. ReferencePattern().Matches(code).Select(m => m.Groups[1].Value).Where(Modules.Value.Contains)];
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"\bReceivables\.([A-Z]\w*)\b")]
    private static partial Regex ReferencePattern();
}

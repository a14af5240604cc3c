using System.Text.RegularExpressions;
using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

/// <summary>
/// Every C# block in the docs and the README is code a test compiles and runs: each block is marked
/// <c>&lt;!-- snippet: name --&gt;</c> (the README's quick start is the snippet "readme"), and some test holds the same
/// code between <c>// snippet: name</c> and <c>// end snippet</c> and compares it with the doc.
/// </summary>
public partial class DocsCompiledTests
{
    public static TheoryData<string> Pages
    {
        get
        {
            var root = PublicApi.RepositoryRoot();
            var pages = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.TopDirectoryOnly).Append(Path.Combine(root, "README.md")))
            {
                pages.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }

            return pages;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void CSharpBlocks_AreMarkedSnippetsThatATestComparesWithTheDoc(string page)
    {
        var root = PublicApi.RepositoryRoot();
        var lines = File.ReadAllLines(Path.Combine(root, page));
        var tests = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var problems = new List<string>();
        var first = true;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var previous = i - 1;
            while (previous >= 0 && lines[previous].Trim().Length == 0)
            {
                previous--;
            }

            var marker = previous >= 0 ? MarkerPattern().Match(lines[previous]) : Match.Empty;
            var name = marker.Success ? marker.Groups[1].Value : page == "README.md" && first ? "readme" : null;
            first = false;
            if (name is null)
            {
                problems.Add($"{page} line {i + 1}: a C# block without '<!-- snippet: name -->'");
                continue;
            }

            if (!tests.Any(t => t.Contains($"// snippet: {name}", StringComparison.Ordinal) && t.Contains(page, StringComparison.Ordinal)))
            {
                problems.Add($"{page} line {i + 1}: no test holds '// snippet: {name}' and compares it with {page}");
            }
        }

        Assert.Empty(problems);
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*([\w.-]+)\s*-->\s*$")]
    private static partial Regex MarkerPattern();
}

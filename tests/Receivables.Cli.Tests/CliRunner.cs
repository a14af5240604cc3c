namespace Receivables.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The <c>rows</c> of the n-th table of a JSON report.</summary>
    public static System.Text.Json.JsonElement Rows(System.Text.Json.JsonDocument json, int table = 0)
        => json.RootElement.GetProperty("tables").EnumerateObject().ElementAt(table).Value.GetProperty("rows");

    /// <summary>The <c>totals</c> of the n-th table of a JSON report.</summary>
    public static System.Text.Json.JsonElement Totals(System.Text.Json.JsonDocument json, int table = 0)
        => json.RootElement.GetProperty("tables").EnumerateObject().ElementAt(table).Value.GetProperty("totals");

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Receivables.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Receivables.Core.sln not found.");
    }

    public static string SampleDocuments => Path.Combine(RepositoryRoot(), "docs", "samples", "documents.csv");

    /// <summary>One temporary directory per test run, deleted when the test process exits.</summary>
    private static readonly Lazy<string> TempRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "receivables-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit: the operating system's temp cleaning takes it.
            }
        };
        return root;
    });

    public static string WriteTemp(string content, string name = "documents.csv")
    {
        var dir = Path.Combine(TempRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}

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

    public static string WriteTemp(string content, string name = "documents.csv")
    {
        var dir = Path.Combine(Path.GetTempPath(), "receivables-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}

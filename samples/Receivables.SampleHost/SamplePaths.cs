namespace Receivables.SampleHost;

/// <summary>Finds the bundled sample data from wherever the host runs inside the repository.</summary>
internal static class SamplePaths
{
    public static string Documents()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "samples", "documents.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/samples/documents.csv was not found above " + AppContext.BaseDirectory + "; pass the path of a documents CSV.");
    }
}

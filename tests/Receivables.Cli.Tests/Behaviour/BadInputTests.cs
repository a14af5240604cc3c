namespace Receivables.Cli.Tests.Behaviour;

/// <summary>Every command with a catalogue of user mistakes: exit code 2, one readable message, never a stack trace.</summary>
public class BadInputTests
{
    private const string Header = "id,kind,customer,customer_name,currency,amount,document_date,due_date\n";

    private static string Good() => CliRunner.WriteTemp(Header + "INV-1,invoice,C1,Acme,EUR,100.00,2026-01-01,2026-02-01\n");

    private static string File(string content, string name = "documents.csv") => CliRunner.WriteTemp(content, name);

    public static TheoryData<string, string[]> Mistakes()
    {
        var data = new TheoryData<string, string[]>();
        string Doc() => Good();
        var empty = File(string.Empty);
        var headerOnly = File(Header);
        var missingDir = "/nonexistent/dir/x.csv";
        foreach (var command in new[] { "ledger", "aging", "credit" })
        {
            data.Add($"{command} bad date", [command, Doc(), "--as-of", "2026-13-45"]);
            data.Add($"{command} missing file", [command, "/no/such/file.csv"]);
            data.Add($"{command} folder", [command, Path.GetTempPath()]);
            data.Add($"{command} empty", [command, empty]);
            data.Add($"{command} header only", [command, headerOnly]);
            data.Add($"{command} wrong format", [command, Doc(), "--format", "xml"]);
            data.Add($"{command} output folder missing", [command, Doc(), "--output", missingDir]);
            data.Add($"{command} unknown table", [command, Doc(), "--table", "nope"]);
        }

        data.Add("provision bad rates", ["provision", Doc(), "--rates", "a,b"]);
        data.Add("provision no rates", ["provision", Doc()]);
        data.Add("provision missing rates file", ["provision", Doc(), "--rates-file", "/no/rates.csv"]);
        data.Add("aging bad buckets", ["aging", Doc(), "--buckets", "x"]);
        data.Add("aging bad report currency", ["aging", Doc(), "--report-currency", "XXQ", "--rates", "EUR=1"]);
        data.Add("terms bad amount", ["terms", "NET 30", "--date", "2026-01-31", "--amount", "1,000.50"]);
        data.Add("terms too many decimals", ["terms", "NET 30", "--date", "2026-01-31", "--amount", "1000.555"]);
        data.Add("terms bad currency", ["terms", "NET 30", "--date", "2026-01-31", "--amount", "100", "--currency", "ABC"]);
        data.Add("terms bad date", ["terms", "NET 30", "--date", "31.01.2026", "--amount", "100"]);
        data.Add("terms bad notation", ["terms", "NETT 30", "--date", "2026-01-31", "--amount", "100"]);
        data.Add("credit bad base limit", ["credit", Doc(), "--base-limit", "1e5x"]);
        data.Add("credit unknown customer", ["credit", Doc(), "--customer", "C-9999"]);
        data.Add("ledger unknown customer", ["ledger", Doc(), "--customer", "C-9999"]);
        data.Add("match missing statement", ["match", Doc(), "/no/statement.xml"]);
        data.Add("match broken xml", ["match", Doc(), File("<Document><Stmt>", "statement.txt")]);
        data.Add("match empty statement", ["match", Doc(), File(string.Empty, "statement.csv")]);
        data.Add("match bad threshold", ["match", Doc(), File("id,booking_date,value_date,amount,currency\n", "s.csv"), "--auto-apply-threshold", "abc"]);
        data.Add("reconcile missing customer option", ["reconcile-statement", Doc(), Doc()]);
        data.Add("reconcile missing confirmed", ["reconcile-statement", Doc(), "/no/confirmed.csv", "--customer", "C1"]);
        data.Add("sample folder missing", ["sample", "-o", missingDir]);
        data.Add("sample bad seed", ["sample", "--seed", "abc"]);
        data.Add("sample-statement folder missing", ["sample-statement", CliRunner.SampleDocuments, "--output", missingDir]);
        data.Add("ledger bad payment term", ["ledger", File("id,kind,customer,currency,amount,document_date,payment_term\nINV-1,invoice,C1,EUR,100.00,2026-01-01,NETT 30\n")]);
        data.Add("ledger payment term and due date", ["ledger", File("id,kind,customer,currency,amount,document_date,due_date,payment_term\nINV-1,invoice,C1,EUR,100.00,2026-01-01,2026-02-01,NET 30\n")]);
        data.Add("unknown command", ["ledgr", Doc()]);
        data.Add("unknown option", ["ledger", Doc(), "--colour"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Command_UserMistake_ExitsTwoWithoutStackTrace(string name, string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        Assert.True(code == 2, $"{name}: exit {code}; {error}");
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(field: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id;kind;customer;customer_name;currency;amount;document_date;due_date\nINV-1;invoice;C1;Acme;EUR;100.00;2026-01-01;2026-02-01\n", null)]
    [InlineData("id\tkind\tcustomer\tcustomer_name\tcurrency\tamount\tdocument_date\tdue_date\nINV-1\tinvoice\tC1\tAcme\tEUR\t100.00\t2026-01-01\t2026-02-01\n", null)]
    [InlineData("id;kind;customer;customer_name;currency;amount;document_date;due_date\nINV-1;invoice;C1;Acme;EUR;100.00;2026-01-01;2026-02-01\n", "semicolon")]
    public void Ledger_SemicolonOrTabSeparated_IsRead(string content, string? delimiter)
    {
        string[] args = delimiter is null
            ? ["ledger", File(content), "--format", "json"]
            : ["ledger", File(content), "--format", "json", "--delimiter", delimiter];

        var (code, output, error) = CliRunner.Run(args);

        Assert.True(code == 0, error);
        Assert.Contains("INV-1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_LowerCaseCurrency_IsAccepted()
    {
        var (code, output, error) = CliRunner.Run("ledger", File(Header + "INV-1,invoice,C1,Acme,cny,100.00,2026-01-01,2026-02-01\n"), "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains("CNY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_DuplicateHeader_IsRefusedWithLineAndColumn()
    {
        var (code, _, error) = CliRunner.Run("ledger", File("id,kind,customer,currency,amount,amount,document_date,due_date\nINV-1,invoice,C1,EUR,100.00,200.00,2026-01-01,2026-02-01\n"));

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:1: column 'amount'", error, StringComparison.Ordinal);
        Assert.Contains("twice", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ledger")]
    [InlineData("match")]
    public void Command_AmountNearDecimalMax_IsRefusedAtInput(string command)
    {
        var documents = File(Header +
            "INV-1,invoice,C1,Acme,EUR,79228162514264337593543950335,2026-01-01,2026-02-01\n" +
            "INV-2,invoice,C1,Acme,EUR,79228162514264337593543950335,2026-01-01,2026-02-01\n");
        string[] args = command == "ledger" ? [command, documents] : [command, documents, Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "bank-statement.csv")];

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains("documents.csv:2: column 'amount'", error, StringComparison.Ordinal);
        Assert.Contains("too large", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_CamtWithoutXmlExtension_IsRecognisedByContent()
    {
        var camt = System.IO.File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", "bank-statement.camt053.xml"));

        var (code, _, error) = CliRunner.Run("match", CliRunner.SampleDocuments, File(camt, "statement.dat"), "--format", "json");

        Assert.True(code == 0, error);
    }

    [Fact]
    public void AsOf_BadDate_SaysWhichOptionWithoutHelp()
    {
        var (code, output, error) = CliRunner.Run("aging", Good(), "--as-of", "30/11/2026");

        Assert.Equal(2, code);
        Assert.Contains("--as-of", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }
}

public class SampleFilesTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepositoryRoot(), "docs", "samples", name);

    [Fact]
    public void Sample_BundledSize_IsWhatHelpAndDocsSay()
    {
        var rows = DocumentsCsv.Read(CliRunner.SampleDocuments);

        Assert.Equal(2_356, rows.Count);
        Assert.Equal(50, rows.Select(r => r.Document.Customer).Distinct().Count());
        Assert.Contains(global::Receivables.Cli.Commands.SampleCommand.BundledSize, CliRunner.Run("sample", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("2,356 documents", File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "docs", "getting-started.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("match", "documents.csv", "bank-statement.csv", "--customers", "customers.csv")]
    [InlineData("reconcile-statement", "documents.csv", "confirmed.csv", "--customer", "C-1012")]
    [InlineData("provision", "documents.csv", "--buckets", "30,60,90", "--rates-file", "rates.csv")]
    public void Docs_BundledFiles_RunAsDocumented(params string[] args)
    {
        var resolved = args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Sample(a) : a).ToArray();

        var (code, output, error) = CliRunner.Run(resolved);

        Assert.True(code == 0, error);
        Assert.NotEmpty(output);
    }

    [Fact]
    public void Sample_Large_WritesExactlyTheDocumentsAskedForAndLoads()
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRunner.WriteTemp("x"))!, "large.csv");

        var (code, _, error) = CliRunner.Run("sample", "--customers", "120", "--documents", "5000", "--seed", "7", "-o", path);

        Assert.True(code == 0, error);
        var rows = DocumentsCsv.Read(path);
        Assert.Equal(5000, rows.Count);
        Assert.Equal(120, rows.Select(r => r.Document.Customer).Distinct().Count());
        Assert.Equal(0, CliRunner.Run("aging", path, "--format", "json").ExitCode);
    }
}

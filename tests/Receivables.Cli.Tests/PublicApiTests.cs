using Receivables.Tests.Support;

namespace Receivables.Cli.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_ReceivablesCli_MatchesApprovedFile()
    {
        PublicApi.Verify(typeof(CliApp).Assembly, "Receivables.Cli.txt");
    }
}

using Receivables.Tests.Support;

namespace Receivables.Tests.Conventions;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_ReceivablesCore_MatchesApprovedFile()
    {
        PublicApi.Verify(typeof(Money).Assembly, "Receivables.Core.txt");
    }
}

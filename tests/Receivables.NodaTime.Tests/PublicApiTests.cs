using Receivables.Tests.Support;

namespace Receivables.NodaTime.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_ReceivablesNodaTime_MatchesApprovedFile()
    {
        PublicApi.Verify(typeof(LocalDateConversions).Assembly, "Receivables.NodaTime.txt");
    }
}

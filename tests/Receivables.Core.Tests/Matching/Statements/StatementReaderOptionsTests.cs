using Receivables.Matching.Statements;

namespace Receivables.Tests.Matching.Statements;

public class StatementReaderOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new StatementReaderOptions();

        Assert.Equal((null, 64, 4_096, StatementStrictness.Strict), (options.TimeZone, options.MaxDepth, options.MaxTextLength, options.Strictness));
    }

    [Fact]
    public void Read_InvalidOptions_AllProblemsReportedTogether()
    {
        var options = new StatementReaderOptions { MaxDepth = 3, MaxTextLength = 10, Strictness = (StatementStrictness)7 };

        var error = Assert.Throws<ArgumentException>(() => CamtReader.Parse("<Document/>", options));

        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxTextLength", error.Message, StringComparison.Ordinal);
        Assert.Contains("Strictness", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatementReaderOptions.MinDepth, true)]
    [InlineData(StatementReaderOptions.DepthLimit, true)]
    [InlineData(StatementReaderOptions.MinDepth - 1, false)]
    [InlineData(StatementReaderOptions.DepthLimit + 1, false)]
    public void MaxDepth_Boundaries(int depth, bool valid)
    {
        var options = new StatementReaderOptions { MaxDepth = depth };

        var ex = Record.Exception(() => WeChatPayBillReader.Parse("交易时间,微信订单号", options: options));

        Assert.Equal(valid, ex is not ArgumentException);
    }
}

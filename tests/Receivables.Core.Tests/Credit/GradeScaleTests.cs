using Receivables.Credit;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

public class GradeScaleTests
{
    [Theory]
    [InlineData(100, "AAA")]
    [InlineData(90, "AAA")]
    [InlineData(89.9, "AA")]
    [InlineData(60, "BBB")]
    [InlineData(59.9, "BB")]
    [InlineData(20, "CC")]
    [InlineData(19.9, "C")]
    [InlineData(0, "C")]
    public void GradeOf_DefaultScale_BandBoundaries(double score, string grade)
    {
        Assert.Equal(grade, GradeScale.Default.GradeOf(score));
    }

    [Fact]
    public void Create_NoBandAtZero_ThrowsNamingTheGap()
    {
        var error = Assert.Throws<ArgumentException>(() => GradeScale.Create(new("A", 50), new("B", 10)));

        Assert.Contains("no band starts at 0", error.Message, StringComparison.Ordinal);
        Assert.Equal("bands", error.ParamName);
    }

    [Fact]
    public void Create_TwoGradesSameMinimum_ThrowsOverlap()
    {
        var error = Assert.Throws<ArgumentException>(() => GradeScale.Create(new("A", 50), new("B", 50), new("C", 0)));

        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RankOf_UnknownGrade_ThrowsNamingGrade()
    {
        var error = Assert.Throws<ArgumentException>(() => GradeScale.Default.RankOf("D"));

        Assert.Equal("grade", error.ParamName);
        Assert.Contains("Unknown grade 'D'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void GradeOf_OutsideZeroToHundred_Throws(double score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GradeScale.Default.GradeOf(score));
    }
}

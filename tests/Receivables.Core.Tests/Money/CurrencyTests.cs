namespace Receivables.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("CNY", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("TND", 3)]
    [InlineData("CLF", 4)]
    public void FromCode_IsoCode_HasPublishedMinorUnits(string code, int minorUnits)
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.True(currency.IsIso);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("eur")]
    [InlineData("")]
    [InlineData("EURO")]
    public void FromCode_UnknownCode_Throws(string code)
    {
        var ex = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode(code));

        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void All_IsTheFullListOfCirculatingCurrencies()
    {
        Assert.True(Currency.All.Count >= 150);
        Assert.Equal(Currency.All.Count, Currency.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Currency.All, c => Assert.Matches("^[A-Z]{3}$", c.Code));
    }

    [Fact]
    public void Custom_LoyaltyPoints_IsAPlainValueNotRegistered()
    {
        var points = Currency.Custom("POINTS", 0);

        Assert.False(points.IsIso);
        Assert.Equal(1m, points.MinorUnit);
        Assert.False(Currency.TryFromCode("POINTS", out _));
        Assert.Equal(Currency.Custom("POINTS", 0), points);
        Assert.NotEqual(Currency.Custom("POINTS", 2), points);
    }

    [Fact]
    public void Custom_IsoCode_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.Custom("EUR", 4));

        Assert.Equal("code", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    public void Custom_MinorUnitsOutOfRange_Throws(int minorUnits)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Custom("SAT", minorUnits));

        Assert.Equal("minorUnits", ex.ParamName);
    }

    [Fact]
    public void Default_IsNotACurrency()
    {
        Assert.True(default(Currency).IsDefault);
        Assert.Equal(string.Empty, default(Currency).Code);
        Assert.Throws<ArgumentException>(() => new Money(1m, default));
    }
}

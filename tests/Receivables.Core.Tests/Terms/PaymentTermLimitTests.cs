using System.Globalization;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class PaymentTermLimitTests
{
    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Directive 2011/7/EU Art. 4(3) (public authorities: 30 days) and 4(6) (expressly agreed and objectively justified:
    // never more than 60); 保障中小企业款项支付条例 (2025) Art. 9 (机关、事业单位: 30 days from delivery, at most 60 by contract).
    [Theory]
    [InlineData("EuPublicAuthority", 30)]
    [InlineData("EuPublicAuthorityJustified", 60)]
    [InlineData("EuBusinessToBusiness", 60)]
    [InlineData("ChinaGovernmentToSme", 30)]
    [InlineData("ChinaGovernmentToSmeAgreed", 60)]
    [InlineData("ChinaLargeEnterpriseToSme", 60)]
    public void Check_DayAfterTheLimit_IsFlaggedAndTheLimitItselfIsNot(string name, int days)
    {
        var limit = name switch
        {
            "EuPublicAuthority" => PaymentTermLimit.EuPublicAuthority,
            "EuPublicAuthorityJustified" => PaymentTermLimit.EuPublicAuthorityJustified,
            "EuBusinessToBusiness" => PaymentTermLimit.EuBusinessToBusiness,
            "ChinaGovernmentToSme" => PaymentTermLimit.ChinaGovernmentToSme,
            "ChinaGovernmentToSmeAgreed" => PaymentTermLimit.ChinaGovernmentToSmeAgreed,
            _ => PaymentTermLimit.ChinaLargeEnterpriseToSme,
        };
        var delivery = new TermDates(D("2026-01-10")) { DeliveryDate = D("2026-01-05") };

        var within = PaymentTerm.Net(days).WithBaseline(TermBaseline.DeliveryDate).Schedule(Money.Of(100m, "CNY"), delivery);
        var late = PaymentTerm.Net(days + 1).WithBaseline(TermBaseline.DeliveryDate).Schedule(Money.Of(100m, "CNY"), delivery);

        Assert.Equal(days, limit.MaxDays);
        Assert.Empty(limit.Check(within));
        var violation = Assert.Single(limit.Check(late));
        Assert.Equal((1, days + 1, days), (violation.InstallmentNumber, violation.Days, violation.MaxDays));
    }
}

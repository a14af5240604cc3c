using Receivables.Matching;
using Receivables.Terms;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

public class MatchingEngineTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly CustomerId Ningbo = new("C-1002");
    private static readonly CustomerId NingboSub = new("C-1003");

    private static readonly OpenItem[] Items =
    [
        Item("INV-2026-001234", Acme, 1190.00m, new DateOnly(2026, 10, 1)),
        Item("INV-2026-001235", Acme, 595.00m, new DateOnly(2026, 10, 5)),
        Item("INV-2026-001240", Acme, 238.00m, new DateOnly(2026, 10, 9)),
        Item("INV-2026-001241", Acme, 238.00m, new DateOnly(2026, 10, 12)),
        new OpenItem(new DocumentId("INV-2026-001250"), Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24), [new SettlementDiscount(new DateOnly(2026, 11, 4), Money.Of(20.00m, "EUR"))]),
        Item("INV-2026-002001", Ningbo, 5650.00m, new DateOnly(2026, 9, 15), "CNY"),
        Item("INV-2026-002002", NingboSub, 11300.00m, new DateOnly(2026, 9, 20), "CNY"),
    ];

    private static readonly CustomerProfile[] Customers =
    [
        new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]),
        new(Ningbo, ["宁波港通贸易有限公司"], ["6222 0200 1234 5678"]),
        new(NingboSub, ["宁波港通物流有限公司"], parent: Ningbo),
    ];

    private static readonly MatchingEngine Engine = MatchingEngine.Create();

    private static readonly ReasonCode OldestItem = new("custom.oldest-item", "custom: oldest item {item}");

    [Fact]
    public void Match_ExactReferenceAndExactAmount_AutoAppliedWithReasons()
    {
        var line = Line("L1", 1190.00m, "Payment INV-2026-001234 thank you");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(ConfidenceBand.High, result.Band);
        var allocation = Assert.Single(result.Allocations);
        Assert.Equal(new DocumentId("INV-2026-001234"), allocation.Item);
        Assert.Equal(Money.Of(1190.00m, "EUR"), allocation.Applied);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceExact) && r.Get<DocumentId>("item") == allocation.Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.AmountExact));
    }

    [Fact]
    public void Match_ReferenceWithOneTypoAndKnownAccount_AutoApplied()
    {
        var line = Line("L1", 1190.00m, "RE INV-2026-001243", account: "DE89370400440532013000");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(new DocumentId("INV-2026-001234"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTypo) && r.Get<DocumentId>("item") == new DocumentId("INV-2026-001234"));
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerAccount));
    }

    [Fact]
    public void Match_ReferenceCutAtEndOfText_FoundTruncated()
    {
        var line = Line("L1", 595.00m, "Zahlung fuer Rechnung INV-2026-00123", account: "DE89 3704 0044 0532 0130 00");

        var result = Match(line);

        Assert.Equal(new DocumentId("INV-2026-001235"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTruncated));
    }

    [Fact]
    public void Match_ListOfReferencesWithSlash_SettlesBothItems()
    {
        var line = Line("L1", 1785.00m, "INV-2026-001234/35");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(["INV-2026-001234", "INV-2026-001235"], result.Allocations.Select(a => a.Item.Value));
    }

    [Theory]
    [InlineData(2026, 11, 4, 20.00)]
    [InlineData(2026, 11, 5, 0.00)]
    public void Match_DiscountTakenByValueDate_DiscountOnlyUntilPayBy(int year, int month, int day, decimal expectedDiscount)
    {
        var date = new DateOnly(year, month, day);
        var line = new StatementLine("L1", date, date, Money.Of(980.00m, "EUR"), remittanceText: "INV-2026-001250");

        var result = Match(line);

        var allocation = Assert.Single(result.Allocations);
        Assert.Equal(expectedDiscount, allocation.Discount.Amount);
        Assert.Equal(980.00m, allocation.Applied.Amount);
        Assert.Equal(0m, allocation.WriteOff.Amount);
        // Taken after the pay-by date: an unearned discount, named and left open (decision 355), not a bank fee.
        Assert.Equal(expectedDiscount == 0m ? DeductionKind.UnearnedDiscount : null, allocation.Deduction?.Kind);
        Assert.Equal(expectedDiscount == 0m ? 20.00m : null, allocation.Deduction?.Amount.Amount);
    }

    [Fact]
    public void Match_BankFeeDeducted_DifferenceProposedAsWriteOff()
    {
        var line = Line("L1", 1175.00m, "INV-2026-001234");

        var result = Match(line);

        var allocation = Assert.Single(result.Allocations);
        Assert.Equal(15.00m, allocation.WriteOff.Amount);
        Assert.Equal(1175.00m, allocation.Applied.Amount);
        Assert.Equal(MatchDecision.AutoApply, result.Decision);
    }

    [Fact]
    public void Match_PartialPaymentWithReferenceAndAccount_AppliedPartly()
    {
        var line = Line("L1", 500.00m, "INV-2026-001234 first installment", account: "DE89370400440532013000");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(500.00m, Assert.Single(result.Allocations).Applied.Amount);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.AmountPartial) || r.Is(MatchingReasonCodes.AmountOldestPartial));
    }

    [Fact]
    public void Match_Overpayment_RestIsUnappliedCash()
    {
        var line = Line("L1", 1200.00m, "INV-2026-001234");

        var result = Match(line);

        Assert.Equal(1190.00m, Assert.Single(result.Allocations).Applied.Amount);
        Assert.Equal(10.00m, result.Unapplied.Amount);
    }

    [Fact]
    public void Match_AmountOnlyUniqueWithinKnownAccount_AutoApplied()
    {
        var line = Line("L1", 595.00m, null, account: "DE89370400440532013000");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(new DocumentId("INV-2026-001235"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_TwoItemsWithTheSameAmount_SuggestsOldestAndAppliesNothing()
    {
        var line = Line("L1", 238.00m, null, account: "DE89370400440532013000");

        var result = Match(line);

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Equal(new DocumentId("INV-2026-001240"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.Ambiguous));
    }

    [Fact]
    public void Match_AmountIsTheOnlySumOfTwoItemsFromAKnownAccount_AppliesTheSubset()
    {
        // 1,190.00 + 595.00 = 1,785.00, and no other combination of the customer's items makes 1,785.00 (decision 357).
        var line = Line("L1", 1785.00m, null, account: "DE89370400440532013000");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(["INV-2026-001234", "INV-2026-001235"], result.Allocations.Select(a => a.Item.Value));
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.SubsetUnique));
    }

    [Fact]
    public void Match_TheOnlySumOfTwoItemsWithThePayerNamedOnly_SuggestsTheSubset()
    {
        // A payer name is weaker evidence than an account: the only combination is suggested, not applied.
        var customer = new CustomerId("C-7");
        var items = new[] { Item("RE-1", customer, 1190.00m, new DateOnly(2026, 9, 1)), Item("RE-2", customer, 595.00m, new DateOnly(2026, 9, 15)), Item("RE-3", customer, 238.00m, new DateOnly(2026, 10, 1)) };
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1785.00m, "EUR"), payerName: "Kowalski Handel GmbH");

        var result = Engine.Match([line], items, [new CustomerProfile(customer, ["Kowalski Handel GmbH"])]).Lines[0];

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Equal(["RE-1", "RE-2"], result.Allocations.Select(a => a.Item.Value));
    }

    [Fact]
    public void Match_ExactPayerNameAndTheOnlyItemOfThatAmount_AutoApplied()
    {
        // The payer's name as the bank sends it, equal to the customer's known name, and an amount only one of its
        // items has: applied automatically (0.72 and 0.65 combine to 0.902, decision 357).
        var customer = new CustomerId("C-7");
        var items = new[] { Item("RE-1", customer, 1190.00m, new DateOnly(2026, 9, 1)), Item("RE-2", customer, 595.00m, new DateOnly(2026, 9, 15)) };
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(595.00m, "EUR"), payerName: "KOWALSKI HANDEL GMBH");

        var result = Engine.Match([line], items, [new CustomerProfile(customer, ["Kowalski Handel GmbH"])]).Lines[0];

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(new DocumentId("RE-2"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_SimilarPayerNameAndTheOnlyItemOfThatAmount_OnlySuggested()
    {
        var customer = new CustomerId("C-7");
        var items = new[] { Item("RE-1", customer, 1190.00m, new DateOnly(2026, 9, 1)), Item("RE-2", customer, 595.00m, new DateOnly(2026, 9, 15)) };
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(595.00m, "EUR"), payerName: "KOWALSKY HANDEL UND LOGISTIK GMBH");

        var result = Engine.Match([line], items, [new CustomerProfile(customer, ["Kowalski Handel und Logistik GmbH"])]).Lines[0];

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerNameSimilar));
        Assert.Equal(new DocumentId("RE-2"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_CustomerNameOnlyInTheText_IdentifiesThePayerAndApplies()
    {
        // "Payment from <name>" with neither payer name nor account, as some banks and wallets send it.
        var customer = new CustomerId("C-7");
        var items = new[] { Item("RE-1", customer, 1190.00m, new DateOnly(2026, 9, 1)), Item("RE-2", customer, 595.00m, new DateOnly(2026, 9, 15)) };
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(1190.00m, "EUR"), remittanceText: "Payment from Kowalski Handel GmbH");

        var result = Engine.Match([line], items, [new CustomerProfile(customer, ["Kowalski Handel GmbH"])]).Lines[0];

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(new DocumentId("RE-1"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerInText));
    }

    [Fact]
    public void Match_ParentPaysForSubsidiary_ItemOfSubsidiaryMatched()
    {
        var line = Line("L1", 11300.00m, "货款 INV-2026-002002", account: "6222020012345678", currency: "CNY");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(NingboSub, Assert.Single(result.Allocations).Customer);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerParent) && r.Get<CustomerId>("customer") == new CustomerId("C-1003"));
    }

    [Theory]
    [InlineData("支付INV-2026-002001号发票款")]
    [InlineData("货款ＩＮＶ－２０２６－００２００１")]
    [InlineData("inv 2026 002001")]
    public void Match_ReferenceInChineseOrFullWidthText_Found(string text)
    {
        var line = Line("L1", 5650.00m, text, currency: "CNY");

        var result = Match(line);

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(new DocumentId("INV-2026-002001"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_ChineseNameWithFullWidthAndLegalForm_IdentifiesPayer()
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(5650.00m, "CNY"), payerName: "宁波港通贸易（有限公司）", remittanceText: "货款");

        var result = Match(line);

        Assert.Equal(new DocumentId("INV-2026-002001"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerName) && r.Get<CustomerId>("customer") == new CustomerId("C-1002"));
    }

    [Fact]
    public void Match_NameEquallySimilarToTwoCustomers_IdentifiesNobody()
    {
        var items = new[] { Item("INV-1", new CustomerId("A"), 100m, Nov2), Item("INV-2", new CustomerId("B"), 100m, Nov2) };
        var customers = new[] { new CustomerProfile(new CustomerId("A"), ["Alpha Trading"]), new CustomerProfile(new CustomerId("B"), ["Alpha Trading Ltd"]) };
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(100m, "EUR"), payerName: "ALPHA TRADING LIMITED");

        var result = Engine.Match([line], items, customers).Lines[0];

        Assert.Equal(MatchDecision.Unmatched, result.Decision);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerNameAmbiguous));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1190)]
    public void Match_ZeroOrNegativeAmount_ReportedNotMatched(decimal amount)
    {
        var line = Line("L1", amount, "Refund INV-2026-001234");

        var result = Match(line);

        Assert.Equal(MatchDecision.Unmatched, result.Decision);
        Assert.Empty(result.Allocations);
        Assert.Equal(amount, result.Unapplied.Amount);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.LineNegativeAmount) || r.Is(MatchingReasonCodes.LineZeroAmount));
    }

    [Fact]
    public void Match_CurrencyWithoutOpenItems_Unmatched()
    {
        var line = Line("L1", 1190.00m, "INV-2026-001234", currency: "USD");

        var result = Match(line);

        Assert.Equal(MatchDecision.Unmatched, result.Decision);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.LineNoOpenItemsInCurrency) && (string)r["currency"] == "USD");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("x")]
    public void Match_EmptyOrMissingTexts_UnmatchedWithoutCrash(string? text)
    {
        var line = new StatementLine("L1", Nov2, Nov2, Money.Of(77.77m, "EUR"), text, text, text, text, text);

        var result = Match(line);

        Assert.Equal(MatchDecision.Unmatched, result.Decision);
    }

    [Fact]
    public void Match_TenKilobyteRemittance_StillMatches()
    {
        var text = "INV-2026-001234 " + string.Concat(Enumerable.Repeat("lorem ipsum 1234567 INV- / , ", 400));

        var result = Match(Line("L1", 1190.00m, text));

        Assert.True(text.Length > 10_000);
        Assert.Equal(new DocumentId("INV-2026-001234"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Match_LargestLineAmountFromKnownPayer_NoOverflow()
    {
        var line = Line("L1", 999_999_999_999_999_999.99m, null, account: "DE89370400440532013000");

        var result = Match(line);

        Assert.NotEqual(MatchDecision.AutoApply, result.Decision);
        Assert.Equal(line.Amount.Amount, result.Applied.Amount + result.Unapplied.Amount);
    }

    [Fact]
    public void Match_LongDigitRunsAfterPrefix_NoTimeout()
    {
        var text = "INV " + string.Concat(Enumerable.Repeat("1234 5678 ", 1200)) + "x";

        var line = Line("L1", 1190.00m, text);

        var result = Match(line);

        Assert.Equal(line.Amount.Amount, result.Applied.Amount + result.Unapplied.Amount);
        Assert.True(result.Confidence is >= 0d and <= 1d);
    }

    [Fact]
    public void Match_TwoLinesPayTheSameItem_SecondDoesNotOverAllocate()
    {
        var first = Line("L1", 1190.00m, "INV-2026-001234", account: "DE89370400440532013000");
        var second = Line("L2", 1190.00m, "INV-2026-001234");

        var result = Engine.Match([second, first], Items, Customers);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[1].Decision);
        var other = result.Lines[0];
        Assert.NotEqual(MatchDecision.AutoApply, other.Decision);
        Assert.DoesNotContain(other.Allocations, a => a.Item == new DocumentId("INV-2026-001234"));
    }

    [Fact]
    public void Create_InvalidOptions_ReportsAllErrorsTogether()
    {
        var options = new MatchingOptions { AutoApplyThreshold = 1.5, MaxSubsetSize = 1, WriteOffToleranceAmount = -1m };

        var error = Assert.Throws<ArgumentException>(() => MatchingEngine.Create(options));

        Assert.Contains("AutoApplyThreshold", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxSubsetSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("WriteOffToleranceAmount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_EngineUnaffected()
    {
        var options = new MatchingOptions();
        var engine = MatchingEngine.Create(options);

        options.AutoApplyThreshold = 1.0;
        options.Rules.Clear();
        var result = engine.Match([Line("L1", 1190.00m, "INV-2026-001234")], Items, Customers);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[0].Decision);
    }

    [Fact]
    public void Match_CustomRuleProposal_UsedAndChecked()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [new EverythingToOldestRule()] });

        var result = engine.Match([Line("L1", 10.00m, null)], Items, Customers).Lines[0];

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Equal(new DocumentId("INV-2026-001234"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(OldestItem));
    }

    [Fact]
    public void Propose_BuiltInRuleAlone_ProposesFromTheArgumentsOnly()
    {
        var item = Items[0];
        var line = Line("L1", item.Open.Amount, null);
        var payer = new PayerCandidate(item.Customer, 0.75, MatchingReasonCodes.PayerAccount.With("X", item.Customer));

        var proposals = MatchRules.AmountWithinCustomer.Propose(new MatchRuleArguments(line, [item], [payer], [], []));

        var proposal = Assert.Single(proposals);
        Assert.Equal(item.Id, Assert.Single(proposal.Allocations).Item);
        Assert.Equal(MatchConfidenceWeights.Combine(0d, 0.75, 0.65), proposal.Confidence, 10);
        Assert.Contains(proposal.Reasons, r => r.Is(MatchingReasonCodes.AmountExact));
    }

    [Fact]
    public void Propose_ConfidenceWeightsConfigured_Used()
    {
        var item = Items[0];
        var line = Line("L1", item.Open.Amount, null);
        var payer = new PayerCandidate(item.Customer, 0.75, MatchingReasonCodes.PayerAccount.With("X", item.Customer));
        var options = new MatchingOptions { Confidence = new MatchConfidenceWeights { AmountExact = 0.5 } };

        var proposal = Assert.Single(MatchRules.AmountWithinCustomer.Propose(new MatchRuleArguments(line, [item], [payer], [], [], options)));

        Assert.Equal(MatchConfidenceWeights.Combine(0d, 0.75, 0.5), proposal.Confidence, 10);
    }

    [Fact]
    public void Create_ConfidenceWeightOutOfRange_RejectedNamingTheWeight()
    {
        var error = Assert.Throws<ArgumentException>(() => MatchingEngine.Create(new MatchingOptions { Confidence = new MatchConfidenceWeights { PayerAccount = 1.5 } }));

        Assert.Contains("Confidence.PayerAccount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_NoPartialGuesses_UnmatchedNamingTheCustomer()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { GuessPartialPayments = false });

        var result = engine.Match([Line("L1", 3.17m, "thanks", account: "DE89 3704 0044 0532 0130 00")], Items, Customers).Lines[0];

        Assert.Equal(MatchDecision.Unmatched, result.Decision);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.CustomerButNoItem) && r.Get<CustomerId>("customer") == Acme);
        Assert.DoesNotContain(result.Reasons, r => r.Is(MatchingReasonCodes.NothingIdentifies));
    }

    [Fact]
    public void Match_OldestFirstWhenTextContains_CoversTheOldestItems()
    {
        var oldest = Items.Where(i => i.Customer == Acme && i.Currency.Code == "EUR").OrderBy(i => i.DueDate).ThenBy(i => i.Id).ToList();
        var amount = oldest[0].Open.Amount + 1.00m;
        var rule = MatchRules.When(new MatchRuleCondition { TextContains = "on account" }, MatchRules.OldestFirst);
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [rule] });

        var result = engine.Match([Line("L1", amount, "payment on account", account: "DE89 3704 0044 0532 0130 00"), Line("L2", amount, "other", account: "DE89 3704 0044 0532 0130 00")], Items, Customers);

        Assert.Equal([oldest[0].Id, oldest[1].Id], result.Lines[0].Allocations.Select(a => a.Item));
        Assert.Equal(1.00m, result.Lines[0].Allocations[1].Applied.Amount);
        Assert.Contains(result.Lines[0].Reasons, r => r.Is(MatchingReasonCodes.AmountOldestFirst) && r.Get<int>("count") == 2);
        Assert.Empty(result.Lines[1].Allocations);
    }

    [Theory]
    [InlineData(8_000)]
    [InlineData(16_000)]
    public void Match_LongTextOfOneRepeatedDigit_FuzzyWorkBoundedNotQuadratic(int repeats)
    {
        var engine = MatchingEngine.Create(new MatchingOptions { MaxRemittanceLength = 1_000_000 });
        var text = "INV " + string.Join(" ", Enumerable.Repeat("1", repeats));
        var before = MatchIndex.ProbeCount;

        var result = engine.Match([Line("L1", 12.34m, text, account: "DE89 3704 0044 0532 0130 00")], Items, Customers).Lines[0];

        Assert.NotEqual(MatchDecision.AutoApply, result.Decision);
        Assert.True(MatchIndex.ProbeCount - before < 100, $"{MatchIndex.ProbeCount - before} keys probed");
    }

    [Fact]
    public void Match_ReferencePastMaxRemittanceLength_SaysTheTextWasCut()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { MaxRemittanceLength = 32 });
        var text = new string('x', 40) + " INV-2026-001234";

        var result = engine.Match([Line("L1", 1190.00m, text)], Items, Customers).Lines[0];

        var cut = Assert.Single(result.Reasons, r => r.Is(MatchingReasonCodes.TextCut));
        Assert.Equal((text.Length, 32), (cut.Get<int>("length"), cut.Get<int>("limit")));
    }

    [Theory]
    [InlineData("MULLER GMBH", "Müller GmbH")]
    [InlineData("ISTANBUL DIS TICARET A.S.", "İstanbul Dış Ticaret A.Ş.")]
    [InlineData("istanbul dis ticaret", "İSTANBUL DIŞ TİCARET")]
    public void Match_PayerNameWithoutDiacritics_IdentifiesTheCustomer(string written, string known)
    {
        var customer = new CustomerId("C-9");
        var item = Item("RE-77", customer, 500.00m, new DateOnly(2026, 10, 1));

        var result = Engine.Match([new StatementLine("L1", Nov2, Nov2, Money.Of(500.00m, "EUR"), payerName: written)], [item], [new CustomerProfile(customer, [known])]).Lines[0];

        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerName) && r.Get<CustomerId>("customer") == customer);
    }

    [Theory]
    [InlineData("Rechnung İNV-٢٠٢٦-٠٠١٢٣٤")]
    [InlineData("inv-۲۰۲۶-۰۰۱۲۳۴")]
    public void Match_ReferenceInOtherDigitsOrDottedI_FoundExactly(string text)
    {
        var result = Match(Line("L1", 1190.00m, text));

        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceExact) && r.Get<DocumentId>("item") == new DocumentId("INV-2026-001234"));
    }

    [Fact]
    public void Match_HostMapping_IdentifiesTheCustomer()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { PayerMappings = [new PayerMapping("maschinenbau payout", Acme)] });

        var result = engine.Match([Line("L1", 595.00m, "MASCHINENBAU PAYOUT 11/2026")], Items, Customers).Lines[0];

        Assert.Equal(new DocumentId("INV-2026-001235"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerMapping) && r.Get<CustomerId>("customer") == Acme);
    }

    [Fact]
    public void Match_CustomerNumberInText_IdentifiesTheCustomer()
    {
        var result = Match(Line("L1", 595.00m, "Kunde c 1001 Zahlung"));

        Assert.Equal(new DocumentId("INV-2026-001235"), Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.PayerInText) && r.Get<CustomerId>("customer") == Acme);
    }

    [Fact]
    public void PayerMapping_InvalidPattern_RejectedNamingThePattern()
    {
        var error = Assert.Throws<ArgumentException>(() => new PayerMapping("(", Acme));

        Assert.Equal("pattern", error.ParamName);
    }

    [Fact]
    public void Match_CustomRuleProposalNotAddingUp_Throws()
    {
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [new EverythingToOldestRule(extra: 1m)] });

        Assert.Throws<InvalidOperationException>(() => engine.Match([Line("L1", 10.00m, null)], Items, Customers));
    }

    [Fact]
    public void Match_DuplicateLineIds_Rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Engine.Match([Line("L1", 1m, null), Line("L1", 2m, null)], Items, Customers));
        Assert.Equal("lines", error.ParamName);
        Assert.Contains("'L1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_NullLine_RejectedNamingTheLines()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Engine.Match([Line("L1", 1m, null), null!], Items, Customers));
        Assert.Equal("lines", error.ParamName);
    }

    [Fact]
    public void BuildIndex_DuplicateDocument_Rejected()
    {
        Assert.Throws<ArgumentException>(() => Engine.BuildIndex([Items[0], Items[0]]));
    }

    private static LineMatch Match(StatementLine line) => Engine.Match([line], Items, Customers).Lines[0];

    [Fact]
    public void Match_LinesOfSeveralPayers_EvaluatedGroupedByPayerResultsInInputOrder()
    {
        // Decision 366: lines whose payer account names one customer are evaluated together, customer by customer
        // (in the index's order, by customer id), the others after them; the result keeps the input order and the
        // same outcome per line.
        var lines = new[]
        {
            Line("L1", 5650.00m, "Zahlung", "6222 0200 1234 5678", "CNY"),
            Line("L2", 595.00m, "INV-2026-001235"),
            Line("L3", 1190.00m, "INV-2026-001234", "DE89 3704 0044 0532 0130 00"),
            Line("L4", 100.00m, null, "6222020012345678", "CNY"),
            Line("L5", 238.00m, null, "de89370400440532013000"),
        };
        var seen = new RecordingRule();
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [.. MatchRules.Default, seen] });

        var result = engine.Match(lines, Items, Customers);

        Assert.Equal(["L3", "L5", "L1", "L4", "L2"], seen.Lines);
        Assert.Equal(["L1", "L2", "L3", "L4", "L5"], result.Lines.Select(l => l.Line.Id));
        var plain = Engine.Match(lines, Items, Customers);
        Assert.Equal(plain.Lines.ToArray(), result.Lines.ToArray());
    }

    [Fact]
    public void CustomersByAccount_WrittenWithOtherSpacingAndCase_FindsTheProfilesCustomer()
    {
        var index = Engine.BuildIndex(Items, Customers);

        Assert.Equal([Acme], index.CustomersByAccount("de89370400440532013000"));
        Assert.Equal([Ningbo], index.CustomersByAccount("6222-0200-1234-5678"));
        Assert.Empty(index.CustomersByAccount("DE02 1203 0000 0000 2020 51"));
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => index.CustomersByAccount(null!)).ParamName);
    }

    private static StatementLine Line(string id, decimal amount, string? text, string? account = null, string currency = "EUR")
        => new(id, Nov2, Nov2, Money.Of(amount, currency), payerAccount: account, remittanceText: text);

    private static OpenItem Item(string number, CustomerId customer, decimal open, DateOnly date, string currency = "EUR")
        => new(new DocumentId(number), customer, Money.Of(open, currency), date, date.AddDays(30));

    /// <summary>Proposes nothing; remembers the lines in the order it saw them.</summary>
    private sealed class RecordingRule : IMatchRule
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            lock (_lines)
            {
                _lines.Add(arguments.Line.Id);
            }

            return [];
        }
    }

    private sealed class EverythingToOldestRule(decimal extra = 0m) : IMatchRule
    {
        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            var line = arguments.Line;
            var oldest = Items.Where(i => i.Customer == Acme && i.Currency == line.Amount.Currency).OrderBy(i => i.DueDate).First();
            var zero = Money.Zero(line.Amount.Currency);
            return [new MatchProposal(
                [new MatchAllocation(oldest.Id, oldest.Customer, line.Amount, zero, zero)],
                new Money(extra, line.Amount.Currency),
                0.5,
                [OldestItem.With(oldest.Id)])];
        }
    }
}

using FsCheck;
using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>The result's objects keep less than they show (decision 367): an allocation keeps its discount, write-off
/// and deduction apart only when one of them is not the plain zero of the applied currency, an outcome reads its
/// allocations, rest and confidence from the chosen proposal, and a reason keeps what reading made in one object.
/// These tests hold the shown values to what was given, bit for bit.</summary>
public class MatchResultStorageTests
{
    private static readonly DocumentId Invoice = new("INV-2026-001250");
    private static readonly CustomerId Acme = new("C-ACME");

    [Fact]
    public void Allocation_DiscountWrittenWithCents_KeepsItsScale()
    {
        var allocation = new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0.00m, "EUR"), Money.Of(0m, "EUR"));

        Assert.Equal("0.00", allocation.Discount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", allocation.WriteOff.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Money.Of(980.00m, "EUR"), allocation.Cleared);
    }

    [Fact]
    public void Allocation_ZeroWrittenTwoWays_EqualAsMoneyIs()
    {
        var plain = new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR"));
        var withCents = new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0.00m, "EUR"), Money.Of(0.00m, "EUR"));

        Assert.Equal(plain, withCents);
        Assert.Equal(plain.GetHashCode(), withCents.GetHashCode());
    }

    [Fact]
    public void Allocation_AppliedChangedToAnotherCurrency_DiscountKeepsItsOwn()
    {
        var allocation = new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR"));

        var changed = allocation with { Applied = Money.Of(980.00m, "USD") };

        Assert.Equal(Currency.USD, changed.Applied.Currency);
        Assert.Equal(Currency.EUR, changed.Discount.Currency);
        Assert.Equal(Currency.EUR, changed.WriteOff.Currency);
        Assert.Equal(Currency.EUR, allocation.Discount.Currency);
    }

    [Fact]
    public void Allocation_DeductionSetAndCleared_ReadsBackWhatWasGiven()
    {
        var reason = MatchingReasonCodes.DeductionFlagged.Of("UnearnedDiscount");
        var deduction = new MatchDeduction(DeductionKind.UnearnedDiscount, Money.Of(20.00m, "EUR"), DeductionTreatment.LeaveOpen, reason);
        var allocation = new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR")) { Deduction = deduction };

        Assert.Same(deduction, allocation.Deduction);
        Assert.Null((allocation with { Deduction = null }).Deduction);
        Assert.NotEqual(allocation, allocation with { Deduction = null });
        Assert.Equal(allocation with { Deduction = null }, new MatchAllocation(Invoice, Acme, Money.Of(980.00m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR")));
    }

    [Fact]
    public void Allocation_AnyAmountsAndCurrencies_ReadsBackBitForBitAndComparesAsItsParts()
    {
        // Amounts at scales 0-4 and signs (zeros among them, -0 too), in one of two currencies each.
        Gen<Money> amount =
            from units in Gen.Elements(0, 0, 0, 1, 150, 98000, -2500)
            from scale in Gen.Choose(0, 4)
            from negativeZero in Gen.Elements(false, false, true)
            from usd in Gen.Elements(false, false, true)
            select new Money(new decimal(Math.Abs(units), 0, 0, units < 0 || (units == 0 && negativeZero), (byte)scale), usd ? Currency.USD : Currency.EUR);
        Gen<(Money Applied, Money Discount, Money WriteOff, Money Other)> gen =
            from applied in amount
            from discount in amount
            from writeOff in amount
            from other in amount
            select (applied, discount, writeOff, other);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var allocation = new MatchAllocation(Invoice, Acme, x.Applied, x.Discount, x.WriteOff);
            var twin = new MatchAllocation(Invoice, Acme, x.Applied, x.Other, x.WriteOff);

            Assert.Equal(decimal.GetBits(x.Applied.Amount), decimal.GetBits(allocation.Applied.Amount));
            Assert.Equal(decimal.GetBits(x.Discount.Amount), decimal.GetBits(allocation.Discount.Amount));
            Assert.Equal(decimal.GetBits(x.WriteOff.Amount), decimal.GetBits(allocation.WriteOff.Amount));
            Assert.Equal((x.Applied.Currency, x.Discount.Currency, x.WriteOff.Currency), (allocation.Applied.Currency, allocation.Discount.Currency, allocation.WriteOff.Currency));
            Assert.Equal(x.Discount == x.Other, allocation == twin);
            Assert.True(x.Discount != x.Other || allocation.GetHashCode() == twin.GetHashCode());
            if (x.Applied.Currency == x.Discount.Currency && x.Applied.Currency == x.WriteOff.Currency)
            {
                Assert.Equal(x.Applied + x.Discount + x.WriteOff, allocation.Cleared);
            }
        });
    }

    [Fact]
    public void Outcome_AutoApplied_ShowsTheChosenProposalsAllocationsRestAndConfidence()
    {
        var item = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var line = new StatementLine("L1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(1000.00m, "EUR"), remittanceText: "Payment INV-2026-001250");

        var outcome = Assert.Single(MatchingEngine.Create().Match([line], [item]).Lines);

        Assert.Equal(MatchDecision.AutoApply, outcome.Decision);
        Assert.Equal(Money.Of(1000.00m, "EUR"), Assert.Single(outcome.Allocations).Applied);
        Assert.Equal(Money.Of(0m, "EUR"), outcome.Unapplied);
        Assert.Equal(outcome.Confidence, outcome.Reasons[^1].Get<double>("confidence"));
        Assert.Equal("matching.decision.auto-apply", outcome.Reasons[^1].Code);
    }

    [Fact]
    public void Proposal_OfOneItem_AllocationsReadAsOneArrayKeptAndEqualToTheSameProposalMadePublicly()
    {
        // A built-in proposal of one item keeps its allocation without an array until Allocations is read
        // (decision 369); then it reads as a proposal made with the public constructor does.
        var item = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var line = new StatementLine("L1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(1000.00m, "EUR"), remittanceText: "Payment INV-2026-001250");

        var outcome = Assert.Single(MatchingEngine.Create().Match([line], [item]).Lines);
        var chosen = outcome.Alternatives.IsEmpty ? null : outcome.Alternatives[0];
        var first = outcome.Allocations;
        var again = outcome.Allocations;
        var copy = new MatchProposal(first, outcome.Unapplied, outcome.Confidence, outcome.Reasons.Take(outcome.Reasons.Length - 1));

        Assert.Null(chosen);
        Assert.Same(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(first), System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(again));
        Assert.Equal(new MatchAllocation(Invoice, Acme, Money.Of(1000.00m, "EUR"), Money.Of(0m, "EUR"), Money.Of(0m, "EUR")), Assert.Single(first));
        Assert.Equal(copy.Allocations.ToArray(), first.ToArray());
    }

    [Fact]
    public void CustomProposal_WithANullAllocation_RefusedNamingTheLine()
    {
        var item = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var line = new StatementLine("L1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(1000.00m, "EUR"));
        var engine = MatchingEngine.Create(new MatchingOptions { Rules = [new NullAllocationRule()] });

        var error = Assert.Throws<InvalidOperationException>(() => engine.Match([line], [item]));

        Assert.Contains("'L1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("an allocation is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_ReadTwiceAndFromSeveralThreads_SameTextAndArguments()
    {
        var reason = MatchingReasonCodes.ReferenceExact.Of(Invoice, "inv 2026 001250");

        var texts = new string[8];
        Parallel.For(0, texts.Length, i => texts[i] = reason.Text);

        Assert.All(texts, t => Assert.Equal("reference INV-2026-001250 found (written 'inv 2026 001250')", t));
        Assert.Same(reason.Text, reason.Text);
        Assert.Equal(reason.Arguments, reason.Arguments);
        Assert.Equal(["item", "written"], reason.Arguments.Select(a => a.Name));
    }

    [Fact]
    public void Reason_IdsKeptAsText_ReadBackAsIdsAndEqualTheBoxedForm()
    {
        var kept = MatchingReasonCodes.PayerFromReference.Of(Acme, Invoice);
        var boxed = MatchingReasonCodes.PayerFromReference.With(Acme, Invoice);

        Assert.Equal(Acme, kept.Get<CustomerId>("customer"));
        Assert.Equal(Invoice, kept.Get<DocumentId>("item"));
        Assert.IsType<DocumentId>(kept.Arguments[1].Value);
        Assert.Equal(boxed, kept);
        Assert.Equal(boxed.GetHashCode(), kept.GetHashCode());
        Assert.Equal(boxed.Text, kept.Text);
    }

    [Fact]
    public void Reason_NullArgument_RefusedNamingTheArgument()
    {
        var one = Assert.Throws<ArgumentNullException>(() => MatchingReasonCodes.CustomerButNoItem.Of<string>(null!));
        var two = Assert.Throws<ArgumentNullException>(() => MatchingReasonCodes.PayerFromReference.Of<CustomerId, string>(Acme, null!));

        Assert.Contains("'customer'", one.Message, StringComparison.Ordinal);
        Assert.Contains("'item'", two.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_DefaultIdAsArgument_KeptAsGiven()
    {
        var reason = MatchingReasonCodes.CustomerButNoItem.Of(default(CustomerId));

        Assert.Equal(default(CustomerId), reason.Get<CustomerId>("customer"));
    }

    [Fact]
    public void Reason_AnyIdsAndText_KeptFormEqualsBoxedFormAndOnlyIt()
    {
        Gen<string> id = from n in Gen.Choose(0, 40) select $"ID-{n}";
        Gen<(string Customer, string Item, string OtherItem)> gen =
            from customer in id
            from item in id
            from other in id
            select (customer, item, other);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var kept = MatchingReasonCodes.PayerFromReference.Of(new CustomerId(x.Customer), new DocumentId(x.Item));
            var boxed = MatchingReasonCodes.PayerFromReference.With(new CustomerId(x.Customer), new DocumentId(x.Item));
            var other = MatchingReasonCodes.PayerFromReference.Of(new CustomerId(x.Customer), new DocumentId(x.OtherItem));

            Assert.True(kept.Equals(boxed) && boxed.Equals(kept) && kept.GetHashCode() == boxed.GetHashCode());
            Assert.Equal(x.Item == x.OtherItem, kept.Equals(other));
            Assert.Equal(kept.Text, boxed.Text);
        });
    }

    [Fact]
    public void Reason_OpenAmountKeptAsItsItem_ReadsTheAmountAndComparesAsTheAmount()
    {
        var item = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1250.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var another = new Receivables.Ledger.OpenItem(new DocumentId("INV-2026-001251"), Acme, Money.Of(1250.00m, "EUR"), new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 25));

        var kept = MatchingReasonCodes.AmountExact.Of(1, AmountOf.Open(item));
        var boxed = MatchingReasonCodes.AmountExact.With(1, Money.Of(1250.00m, "EUR"));

        Assert.Equal(Money.Of(1250.00m, "EUR"), kept.Get<Money>("total"));
        Assert.Equal(boxed, kept);
        Assert.Equal(boxed.GetHashCode(), kept.GetHashCode());
        Assert.Equal("amount equals the open amount of 1 item(s) (1250.00 EUR)", kept.Text);
        // Kept as different items with equal open amounts: equal, as the amounts are.
        Assert.Equal(kept, MatchingReasonCodes.AmountExact.Of(1, AmountOf.Open(another)));
    }

    [Fact]
    public void Reason_AnyOpenAmount_KeptAsItsItemEqualsTheBoxedSumAndPrintsAlike()
    {
        // The settlement's total of one item is a plain zero plus its open amount: the same value and scale, so the
        // reason keeps the item instead of boxing the total. Any currency of three, any scale up to its minor units
        // (an open item refuses more).
        Gen<(decimal Amount, decimal Other, string Currency)> gen =
            from currency in Gen.Elements("EUR", "JPY", "CNY")
            from units in Gen.Choose(1, 2_000_000)
            from scale in Gen.Choose(0, currency == "JPY" ? 0 : 2)
            from other in Gen.Choose(1, 2_000_000)
            select (new decimal(units, 0, 0, false, (byte)scale), new decimal(other, 0, 0, false, (byte)scale), currency);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var open = Money.Of(x.Amount, x.Currency);
            var item = new Receivables.Ledger.OpenItem(Invoice, Acme, open, new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
            var kept = MatchingReasonCodes.AmountExact.Of(1, AmountOf.Open(item));
            var total = Money.Zero(open.Currency) + open;
            var boxed = MatchingReasonCodes.AmountExact.With(1, total);
            var other = MatchingReasonCodes.AmountExact.With(1, Money.Of(x.Other, x.Currency));

            Assert.True(kept.Equals(boxed) && boxed.Equals(kept) && kept.GetHashCode() == boxed.GetHashCode());
            Assert.Equal(boxed.Text, kept.Text);
            Assert.Equal(x.Amount == x.Other, kept.Equals(other));
            Assert.Equal(decimal.GetBits(total.Amount), decimal.GetBits(kept.Get<Money>("total").Amount));
        });
    }

    [Theory]
    [InlineData("INV-2026-001250", "Payment INV-2026-001250 thanks")]
    [InlineData("RE240017", "Rechnung RE240017")]
    public void Reference_WrittenAsTheItemsNumber_IsTheNumbersOwnString(string number, string text)
    {
        var item = new Receivables.Ledger.OpenItem(new DocumentId(number), Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var line = new StatementLine("L1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(1000.00m, "EUR"), remittanceText: text);
        var rule = new HitsRecorder();

        MatchingEngine.Create(new MatchingOptions { Rules = [.. MatchRules.Default, rule] }).Match([line], [item]);

        var reference = Assert.Single(rule.Hits).Reference;
        Assert.Same(item.Id.Value, reference.Text);
        Assert.Equal(number.Replace("-", string.Empty, StringComparison.Ordinal), reference.Normalized);
        Assert.Equal(number == reference.Normalized, ReferenceEquals(reference.Text, reference.Normalized));
    }

    [Fact]
    public void PayerAccountReason_TwoLinesOfOnePayer_OneObjectEqualToItsOwn()
    {
        // Lines of one payer account are evaluated one after another and share the equal reason (decision 369); a
        // line written with the account in another form gets its own, naming the account as written.
        const string Account = "DE89 3704 0044 0532 0130 00";
        var first = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var second = new Receivables.Ledger.OpenItem(new DocumentId("INV-2026-001251"), Acme, Money.Of(595.00m, "EUR"), new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 25));
        var third = new Receivables.Ledger.OpenItem(new DocumentId("INV-2026-001252"), Acme, Money.Of(238.00m, "EUR"), new DateOnly(2026, 10, 27), new DateOnly(2026, 11, 26));
        var day = new DateOnly(2026, 11, 20);
        StatementLine[] lines =
        [
            new("L1", day, day, Money.Of(1190.00m, "EUR"), payerAccount: Account, remittanceText: "INV-2026-001250"),
            new("L2", day, day, Money.Of(595.00m, "EUR"), payerAccount: Account, remittanceText: "INV-2026-001251"),
            new("L3", day, day, Money.Of(238.00m, "EUR"), payerAccount: "de8937040044053201300 0", remittanceText: "INV-2026-001252"),
        ];

        var result = MatchingEngine.Create().Match(lines, [first, second, third], [new CustomerProfile(Acme, accounts: [Account])]);

        var reasons = result.Lines.Select(l => l.Reasons.Single(r => r.Is(MatchingReasonCodes.PayerAccount))).ToArray();
        Assert.Same(reasons[0], reasons[1]);
        Assert.Equal(MatchingReasonCodes.PayerAccount.With(Account, Acme), reasons[1]);
        Assert.Equal(MatchingReasonCodes.PayerAccount.With("de8937040044053201300 0", Acme), reasons[2]);
        Assert.All(result.Lines, l => Assert.Equal(MatchDecision.AutoApply, l.Decision));
    }

    [Fact]
    public void CustomRule_SeesThePayersAndHitsTheBuiltInRulesKeptAsRows()
    {
        // The built-in rules keep a line's payers and hits as rows; a custom rule reads them as the public objects,
        // with the same customers, weights and reasons (decision 368).
        const string Account = "DE89 3704 0044 0532 0130 00";
        var item = new Receivables.Ledger.OpenItem(Invoice, Acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24));
        var other = new Receivables.Ledger.OpenItem(new DocumentId("INV-2026-001251"), Acme, Money.Of(595.00m, "EUR"), new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 25));
        var line = new StatementLine("L1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(1190.00m, "EUR"), payerAccount: Account, remittanceText: "INV-2026-001250");
        var rule = new HitsRecorder();
        var options = new MatchingOptions { Rules = [.. MatchRules.Default, rule] };

        MatchingEngine.Create(options).Match([line], [item, other], [new CustomerProfile(Acme, accounts: [Account])]);

        var payer = Assert.Single(rule.Payers);
        Assert.Equal(new PayerCandidate(Acme, options.Confidence.PayerAccount, MatchingReasonCodes.PayerAccount.Of(Account, Acme)), payer);
        var hit = Assert.Single(rule.Hits);
        Assert.Same(item, hit.Item);
        Assert.Equal(ReferenceMatchKind.Exact, hit.Kind);
        Assert.Equal(options.Confidence.ReferenceExact, hit.Weight);
        Assert.Equal(MatchingReasonCodes.ReferenceExact.Of(Invoice, "INV-2026-001250"), hit.Reason);
    }

    private sealed class NullAllocationRule : IMatchRule
    {
        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
            => [new MatchProposal([null!], Money.Of(0m, "EUR"), 0.9, [])];
    }

    private sealed class HitsRecorder : IMatchRule
    {
        public List<ReferenceHit> Hits { get; } = [];

        public List<PayerCandidate> Payers { get; } = [];

        public IReadOnlyList<MatchProposal> Propose(in MatchRuleArguments arguments)
        {
            Hits.AddRange(arguments.Hits);
            Payers.AddRange(arguments.Payers);
            return [];
        }
    }
}

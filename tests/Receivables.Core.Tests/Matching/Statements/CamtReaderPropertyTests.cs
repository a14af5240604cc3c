using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Matching.Statements;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching.Statements;

public class CamtReaderPropertyTests
{
    [Fact]
    public void Parse_GeneratedStatements_LinesAreTheGeneratedPartsAndBalancesAddUp()
    {
        Properties.Check(Arb.From(Arbitraries.CamtStatementGen), generated =>
        {
            var statement = CamtReader.Parse(generated.Xml);

            // The oracle is the generator's own list of parts and its closing balance, not the reader's output.
            Assert.Equal(generated.Expected.Select(e => e.Amount), statement.Lines.Select(l => l.Amount.Amount));
            Assert.Equal(generated.Expected.Select(e => e.Booked), statement.Lines.Select(l => l.Status == StatementLineStatus.Booked));
            Assert.All(statement.Lines, l => Assert.Equal(generated.Currency, l.Amount.Currency.Code));
            var opening = statement.Balances.Single(b => b.Type == "OPBD").Amount;
            var closing = statement.Balances.Single(b => b.Type == "CLBD").Amount;
            Assert.Equal(generated.Opening, opening.Amount);
            Assert.Equal(generated.Closing, closing.Amount);
            Assert.Equal(closing, statement.Lines.Where(l => l.Status == StatementLineStatus.Booked).Aggregate(opening, (s, l) => s + l.Amount));
        });
    }
}

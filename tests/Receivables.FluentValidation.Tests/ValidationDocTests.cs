using Receivables.Tests.Support;

namespace Receivables.FluentValidation.Tests;

public class ValidationDocTests
{
    [Fact]
    public void Example_RunsAsDocumented()
    {
        // snippet: validation-document
        var input = new DocumentInput
        {
            Id = "INV-2026-0042",
            Customer = "C-1001",
            Amount = 100.5m,
            Currency = "JPY",
            DocumentDate = new DateOnly(2026, 3, 1),
            DueDate = null,
        };

        var result = new DocumentInputValidator().Validate(input);

        Assert.Equal(["Amount", "DueDate"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Equal("has more decimals than JPY has minor units (0).", result.Errors.Single(e => e.PropertyName == "Amount").ErrorMessage);
        // end snippet
    }

    [Fact]
    public void Example_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/validation.md", "validation-document");
    }
}

using Receivables.Reminders;
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
    public void ReminderPolicy_RunsAsDocumented()
    {
        // snippet: validation-reminder-policy
        var options = new ReminderPolicyOptions
        {
            Name = "standard",
            Levels =
            {
                new ReminderLevelOptions { Days = -5 },
                new ReminderLevelOptions { Days = 3, MaxCount = 0 },
                new ReminderLevelOptions { Days = 1, Fee = new ReminderFeeOptions { Percent = 150m, Fixed = { ["JPY"] = 0.5m } } },
            },
        };

        var result = new ReminderPolicyOptionsValidator().Validate(options);

        Assert.Equal(
            ["Levels[1].MaxCount", "Levels[2].Days", "Levels[2].Fee.Fixed[JPY]", "Levels[2].Fee.Percent"],
            result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.Throws<ReminderOptionsException>(() => ReminderPolicy.Create(options));
        // end snippet
    }

    [Theory]
    [InlineData("validation-document")]
    [InlineData("validation-reminder-policy")]
    public void Example_IsTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/validation.md", snippet);
    }
}

namespace Receivables.Credit.LatePayment;

/// <summary>One invoice as the late-payment model sees it: amount, dates and when it was settled in full (null: open).</summary>
internal readonly record struct InvoiceFact(string Id, decimal Amount, DateOnly DocumentDate, DateOnly DueDate, DateOnly? SettledOn)
{
    public int TermDays => DueDate.DayNumber - DocumentDate.DayNumber;

    public bool IsSettledBy(DateOnly date) => SettledOn is { } s && s < date;
}

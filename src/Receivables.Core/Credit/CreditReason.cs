namespace Receivables.Credit;

/// <summary>
/// Why a factor scored as it did: a stable code for systems (<c>PAY-LATE</c>) and a sentence in words for people
/// ("payments average 23 days beyond terms").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">A stable, upper-case code such as <c>PAY-LATE</c>; see docs/credit.md for the list.</param>
/// <param name="Text">The reason in words, in English.</param>
public sealed record CreditReason(string Code, string Text);

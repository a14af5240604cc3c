using System.Globalization;
using Receivables.Internal;

namespace Receivables.Terms;

/// <summary>
/// The compact payment-term notation people type. Lines are separated by commas; each line is
/// <c>[share] [p/d …] due</c>:
/// <list type="bullet">
/// <item>share: <c>30%</c>, a fixed amount <c>EUR 500.00</c>, or <c>BALANCE</c>; omitted only in a one-line term (100%);</item>
/// <item>discount tiers: <c>2/10</c> = 2% off if paid within 10 days of the baseline (any number, e.g. <c>3/10 2/20</c>);</item>
/// <item>due: <c>NET n</c> (n days), <c>EOM</c> or <c>EOM n</c> (end of month, then n days), <c>DEPOSIT</c> (due on the
/// order date), or a <see cref="DateFormula"/> such as <c>CM+1M+10D</c>.</item>
/// </list>
/// Examples: <c>NET 30</c>, <c>2/10 NET 30</c>, <c>3/10 2/20 NET 45</c>, <c>EOM 15</c>, <c>30% DEPOSIT, 70% NET 60</c>,
/// <c>CM+1M+10D</c>. Keywords are case-insensitive. Every number of days (<c>NET n</c>, <c>EOM n</c>, discount days,
/// formula numbers) is 0 to <see cref="DateFormula.MaxNumber"/> (100,000); a larger one is an error at that number.
/// <see cref="TryParse"/> never throws, whatever the text. The notation produces the same rule objects as
/// <see cref="DueDateRules"/>: <c>NET 30</c> is <c>DueDateRules.NetDays(30)</c>, <c>EOM 15</c> is
/// <c>DueDateRules.EndOfMonthPlusDays(15)</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TermNotation
{
    /// <summary>Parses a term.</summary>
    /// <param name="text">The notation.</param>
    /// <returns>The term (document-date baseline, gross discount base, default residual policy).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="TermsFormatException">The text is not a term; the exception names the token and its 1-based position.</exception>
    public static PaymentTerm Parse(string text)
    {
        Guard.NotNull(text);
        return TryParse(text, out var term, out var error) ? term! : throw error!;
    }

    /// <summary>Parses a term without throwing on bad text.</summary>
    /// <param name="text">The notation.</param>
    /// <param name="term">The term, or <see langword="null"/> on error.</param>
    /// <param name="error">The error naming the token, or <see langword="null"/> on success.</param>
    /// <returns>Whether the text is a term.</returns>
    public static bool TryParse(string? text, out PaymentTerm? term, out TermsFormatException? error)
    {
        term = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new TermsFormatException("A payment term must not be empty.", 1, string.Empty);
            return false;
        }

        var lineTokens = Tokenize(text);
        var lines = new List<InstallmentLine>();
        var commas = Enumerable.Range(0, text.Length).Where(i => text[i] == ',').ToList();
        for (var j = 0; j < lineTokens.Count; j++)
        {
            var tokens = lineTokens[j];
            if (tokens.Count == 0)
            {
                var comma = commas[Math.Max(0, j - 1)];
                error = new TermsFormatException(string.Create(CultureInfo.InvariantCulture, $"Payment term '{text}': empty line at the comma at position {comma + 1}."), comma + 1, ",");
                return false;
            }

            if (!TryParseLine(text, tokens, lineTokens.Count == 1, out var line, out error))
            {
                return false;
            }

            lines.Add(line!);
        }

        try
        {
            term = PaymentTerm.Create([.. lines]);
            return true;
        }
        catch (ArgumentException ex)
        {
            error = new TermsFormatException($"Payment term '{text}': {ex.Message}", 1, text.Trim());
            return false;
        }
    }

    /// <summary>Writes a term in the notation.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The text; <see cref="Parse"/> gives back an equal term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The term uses something the notation cannot express (a non-default baseline,
    /// discount base or residual policy, grace days, a discount deadline other than N days, or a rule that is not a
    /// <see cref="DateFormula"/>).</exception>
    public static string Format(PaymentTerm term)
    {
        Guard.NotNull(term);
        return TryFormat(term, out var text)
            ? text!
            : throw new ArgumentException("The term uses rules or options the notation cannot express.", nameof(term));
    }

    /// <summary>Writes a term in the notation when it can be expressed.</summary>
    /// <param name="term">The term.</param>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>Whether the term can be written in the notation.</returns>
    public static bool TryFormat(PaymentTerm? term, out string? text)
    {
        text = null;
        if (term is null || term.Baseline != TermBaseline.DocumentDate || term.DiscountBase != DiscountBase.Gross
            || !term.Residual.Equals(ResidualPolicies.Default) || !term.Rounding.Equals(RoundingPolicies.Default)
            || term.Lines.Any(l => l.PaymentMethod.Kind != PaymentMethodKind.Unspecified))
        {
            return false;
        }

        var parts = new List<string>();
        foreach (var line in term.Lines)
        {
            var words = new List<string>();
            var single = term.Lines.Count == 1 && line.Kind == InstallmentKind.Percent && line.Percent == 100m && !line.IsDeposit;
            if (!single)
            {
                words.Add(line.Kind switch
                {
                    InstallmentKind.Percent => Number(line.Percent) + "%",
                    InstallmentKind.FixedAmount => line.Amount!.Value.Currency.Code + " "
                        + line.Amount.Value.Amount.ToString("F" + line.Amount.Value.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                    _ => "BALANCE",
                });
            }

            foreach (var tier in line.Discounts)
            {
                if (tier.GraceDays != 0 || tier.Amount is not null || tier.Deadline is not DateFormula deadline || !deadline.IsDays(out var days) || days < 0)
                {
                    return false;
                }

                words.Add($"{Number(tier.Percent)}/{days.ToString(CultureInfo.InvariantCulture)}");
            }

            if (line.IsDeposit)
            {
                words.Add("DEPOSIT");
            }
            else if (line.Rule is not DateFormula formula)
            {
                return false;
            }
            else if (formula.IsDays(out var net) && net >= 0)
            {
                words.Add("NET " + net.ToString(CultureInfo.InvariantCulture));
            }
            else if (formula.IsEndOfMonthPlusDays(out var eom))
            {
                words.Add(eom == 0 ? "EOM" : "EOM " + eom.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                words.Add(formula.Text);
            }

            parts.Add(string.Join(' ', words));
        }

        text = string.Join(", ", parts);
        return true;
    }

    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static List<List<Token>> Tokenize(string text)
    {
        var lines = new List<List<Token>> { new() };
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ',')
            {
                lines.Add([]);
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && text[i] != ',' && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                lines[^1].Add(new Token(text[start..i], start));
            }
        }

        return lines;
    }

    private static bool TryParseLine(string text, List<Token> tokens, bool onlyLine, out InstallmentLine? line, out TermsFormatException? error)
    {
        line = null;
        error = null;
        var k = 0;
        var kind = InstallmentKind.Percent;
        var percent = 100m;
        Money? amount = null;
        var hasShare = true;
        var first = tokens[0];
        var upper = first.Text.ToUpperInvariant();
        if (first.Text.EndsWith('%'))
        {
            if (!decimal.TryParse(first.Text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent) || percent <= 0m || percent > 100m)
            {
                error = Error(text, first, "a percentage must be a number greater than 0 and at most 100");
                return false;
            }

            k = 1;
        }
        else if (upper == "BALANCE")
        {
            kind = InstallmentKind.Balance;
            k = 1;
        }
        else if (upper.Length == 3 && upper.All(char.IsAsciiLetter) && upper is not ("NET" or "EOM") && tokens.Count > 1
            && Currency.TryFromCode(upper, out var currency))
        {
            var amountToken = tokens[1];
            if (!decimal.TryParse(amountToken.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0m
                || !Arithmetic.IsWhole(value, currency.MinorUnits))
            {
                error = Error(text, amountToken, string.Create(CultureInfo.InvariantCulture, $"a fixed amount must be a positive number with at most {currency.MinorUnits} decimals"));
                return false;
            }

            kind = InstallmentKind.FixedAmount;
            amount = new Money(value, currency);
            k = 2;
        }
        else
        {
            hasShare = false;
        }

        if (!hasShare && !onlyLine)
        {
            error = Error(text, first, "each line of a term with several lines needs a share (30%, EUR 500.00 or BALANCE)");
            return false;
        }

        var tiers = new List<DiscountTier>();
        while (k < tokens.Count && tokens[k].Text.Contains('/', StringComparison.Ordinal))
        {
            var token = tokens[k];
            var slash = token.Text.IndexOf('/', StringComparison.Ordinal);
            if (!decimal.TryParse(token.Text[..slash], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) || p <= 0m || p >= 100m
                || !TryDays(token.Text[(slash + 1)..], out var d))
            {
                error = Error(text, token, "a discount is percent/days, such as 2/10 (percent above 0 and below 100, days 0 to 100000)");
                return false;
            }

            tiers.Add(DiscountTier.Within(p, d));
            k++;
        }

        if (k >= tokens.Count)
        {
            var last = tokens[^1];
            error = new TermsFormatException($"Payment term '{text}': expected NET n, EOM, DEPOSIT or a date formula after '{last.Text}'.", last.Start + last.Text.Length + 1, string.Empty);
            return false;
        }

        var due = tokens[k];
        var keyword = due.Text.ToUpperInvariant();
        var isDeposit = false;
        IDueDateRule? rule = null;
        if (keyword is "NET" or "EOM")
        {
            var days = 0;
            var hasNumber = k + 1 < tokens.Count && TryDays(tokens[k + 1].Text, out days);
            if (!hasNumber && k + 1 < tokens.Count && tokens[k + 1].Text.All(char.IsAsciiDigit))
            {
                error = Error(text, tokens[k + 1], keyword + " takes a number of days from 0 to 100000");
                return false;
            }
            if (keyword == "NET" && !hasNumber)
            {
                var after = k + 1 < tokens.Count ? tokens[k + 1] : null;
                error = after is null
                    ? new TermsFormatException(string.Create(CultureInfo.InvariantCulture, $"Payment term '{text}': NET needs a number of days."), due.Start + 4, string.Empty)
                    : Error(text, after, "NET needs a number of days (0 to 100000)");
                return false;
            }

            rule = keyword == "NET" ? DueDateRules.NetDays(days) : DueDateRules.EndOfMonthPlusDays(days);
            k += hasNumber ? 2 : 1;
        }
        else if (keyword == "DEPOSIT")
        {
            if (tiers.Count > 0 || kind == InstallmentKind.Balance || !hasShare)
            {
                error = Error(text, due, "DEPOSIT needs a percentage or fixed amount before it and takes no discount");
                return false;
            }

            isDeposit = true;
            k++;
        }
        else
        {
            if (!DateFormula.TryParse(due.Text, out var formula, out var formulaError))
            {
                error = new TermsFormatException(
                    $"Payment term '{text}': '{due.Text}' is not NET n, EOM, DEPOSIT or a date formula ({formulaError!.Message})",
                    due.Start + formulaError.Position,
                    formulaError.Token.Length > 0 ? formulaError.Token : due.Text);
                return false;
            }

            rule = formula;
            k++;
        }

        if (k < tokens.Count)
        {
            error = Error(text, tokens[k], "unexpected text after the due date");
            return false;
        }

        line = (kind, isDeposit) switch
        {
            (InstallmentKind.Percent, true) => InstallmentLine.Deposit(percent),
            (InstallmentKind.FixedAmount, true) => InstallmentLine.DepositAmount(amount!.Value),
            (InstallmentKind.Percent, false) => InstallmentLine.Percentage(percent, rule!, [.. tiers]),
            (InstallmentKind.FixedAmount, false) => InstallmentLine.Fixed(amount!.Value, rule!, [.. tiers]),
            _ => InstallmentLine.Balance(rule!, [.. tiers]),
        };
        return true;
    }

    private static bool TryDays(string text, out int days)
    {
        days = 0;
        if (text.Length == 0 || text.Length > 6 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        days = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return days <= DateFormula.MaxNumber;
    }

    private static TermsFormatException Error(string text, Token token, string reason)
        => new(string.Create(CultureInfo.InvariantCulture, $"Payment term '{text}': {reason}; found '{token.Text}' at position {token.Start + 1}."), token.Start + 1, token.Text);

    private sealed record Token(string Text, int Start);
}

namespace Receivables.Matching;

/// <summary>ISO 11649 structured creditor references (<c>RF18 5390 0754 7034</c>): <c>RF</c>, two check digits and up
/// to 21 letters or digits; valid when the reference, with its first four characters moved to the end and letters
/// read as 10 to 35, is 1 modulo 97.</summary>
internal static class CreditorReference
{
    /// <summary>Whether a normalised reference (upper case, letters and digits) is a valid creditor reference.</summary>
    public static bool IsValid(string normalized)
    {
        if (normalized.Length is < 5 or > 25 || !normalized.StartsWith("RF", StringComparison.Ordinal))
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < normalized.Length; k++)
        {
            var c = normalized[(k + 4) % normalized.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}

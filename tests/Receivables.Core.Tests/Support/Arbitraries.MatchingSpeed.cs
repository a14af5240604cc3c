using FsCheck;
using FsCheck.Fluent;

namespace Receivables.Tests.Support;

/// <summary>Generators for the equivalence of the matching engine's fast paths with their straightforward forms.</summary>
public static partial class Arbitraries
{
    // Declared first: static fields initialise in text order and the public generators below use it.
    private static Gen<string> DenseNumberGen { get; } =
        from prefix in Gen.Elements("INV-", "INV", "inv ", "AB-", string.Empty)
        from digits in Gen.ArrayOf(Gen.Elements('1', '2', '3'), 6).SelectMany(d => Gen.Choose(5, 6).Select(n => new string(d, 0, n)))
        select prefix + digits;

    /// <summary>Dense document numbers (few characters, so that many are one edit apart; some differ only by
    /// separators or case, so that they share a normalised number) and a written reference of the same kind.</summary>
    public static Gen<(string[] Documents, string Reference)> DenseReferencesGen { get; } =
        from documents in Gen.ArrayOf(DenseNumberGen, 40).SelectMany(d => Gen.Choose(1, 40).Select(n => d.Take(n).Distinct(StringComparer.Ordinal).ToArray()))
        from reference in DenseNumberGen
        select (documents, reference);

    /// <summary>Remittance-like texts: ASCII words and digits, full-width and Arabic-Indic digits, Chinese, the
    /// Kelvin sign and a dotted capital I (characters whose case folding differs from ASCII), and ASCII K.</summary>
    public static Gen<string> RemittanceTextGen { get; } =
        Gen.ArrayOf(Gen.Elements("INV", "inv", "Inv-", "IN", "NV", " ", "-", "/", "1", "2", "12345678", "1234567", "００１２", "٠١٢٣٤٥٦٧", "发票", "\u212A", "\u0130NV", "ınv", "2026", "0012345678901234567890", "k", "KNV"), 8)
            .SelectMany(parts => Gen.Choose(0, 8).Select(n => string.Concat(parts.Take(n))));
}

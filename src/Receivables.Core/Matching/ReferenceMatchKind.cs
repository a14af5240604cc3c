namespace Receivables.Matching;

/// <summary>How a reference found in the remittance text matched a document number.</summary>
public enum ReferenceMatchKind
{
    /// <summary>Equal after normalisation (case and separators ignored).</summary>
    Exact = 0,

    /// <summary>One character substituted, inserted, deleted, or two neighbours swapped.</summary>
    OneTypo = 1,

    /// <summary>The text ends with the start of the document number: the bank cut the text.</summary>
    Truncated = 2,
}

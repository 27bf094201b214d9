namespace Tsunagi.Platform.Documents;

/// <summary>The typeface a piece of text asks for; characters the IPAex face lacks fall back to IPAmj明朝.</summary>
public enum FontFace
{
    /// <summary>明朝 (IPAex明朝): body text of certificates.</summary>
    Mincho,

    /// <summary>ゴシック (IPAexゴシック): headings, labels, table headers.</summary>
    Gothic,
}

using System.Text;

namespace Tsunagi.Counter.Features.ReceptionPage;

/// <summary>
/// The pre-application reference from what the clerk typed or a USB QR scanner typed: the reference itself
/// (「T7K-4MXQ-9」, full-width characters from an IME included) or a URL carrying it as <c>?reference=</c>/<c>?ref=</c> or
/// as its last path segment.
/// </summary>
public static class ScannedReference
{
    public static string? Normalise(string? typed)
    {
        var text = typed?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return text;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] is "reference" or "ref" && parts[1].Length > 0)
            {
                return Uri.UnescapeDataString(parts[1]).Trim();
            }
        }

        var last = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is null ? text : Uri.UnescapeDataString(last).Trim();
    }
}

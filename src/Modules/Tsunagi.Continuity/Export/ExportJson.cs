using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Tsunagi.Continuity.Export;

/// <summary>JSON settings of the export files: Japanese written as characters (readable, smaller), manifest indented.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

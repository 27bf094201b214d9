using System.Diagnostics;
using System.Globalization;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Japanese;

// Renders a 1-page certificate-like document and a 10-page table, single-threaded, and prints time and size.
//   dotnet run -c Release --project bench/Tsunagi.Documents.Bench -- [iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
using var fonts = new DocumentFonts(DocumentFontPaths.Debian);
var writer = new PdfDocumentWriter(fonts, TimeProvider.System);

Measure("1 page", Certificate(4));
Measure("10 pages", Certificate(186));

void Measure(string name, Document document)
{
    var bytes = writer.Write(document, out var rendered);
    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var started = Stopwatch.GetTimestamp();
        writer.Write(document, out _);
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {rendered.PageCount} pages, {bytes.Length / 1024.0:F1} KB ({bytes.Length / 1024.0 / rendered.PageCount:F1} KB/page), median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, {1000 / times[times.Count / 2]:F1} documents/s on one thread"));
}

static Document Certificate(int persons) =>
    new DocumentBuilder()
        .Title("住民票の写し")
        .Paragraph("住所　岩手県上閉伊郡大槌町小鎚第３２地割１２６番地")
        .Paragraph("世帯主　髙橋　花子")
        .Space()
        .Table(new DocumentTable(
            [3, 2, 1, 2, 4],
            ["氏名", "生年月日", "性別", "続柄", "住民となった年月日"],
            [.. Enumerable.Range(0, persons).Select(i => (IReadOnlyList<string>)[
                i % 2 == 0 ? "髙橋　花子" : "𠮷野　太郎",
                DocumentEraDateFormat.Format(new DateOnly(1950, 1, 1).AddDays(i * 97)),
                i % 2 == 0 ? "女" : "男",
                i == 0 ? "世帯主" : "子",
                DocumentEraDateFormat.Format(new DateOnly(2011, 4, 1).AddDays(i)),
            ])]))
        .Space()
        .Paragraph("この写しは、世帯全員の住民票の原本と相違ないことを証明する。")
        .RightAligned(DocumentEraDateFormat.Format(new DateOnly(2025, 11, 23)))
        .RightAligned("岩手県上閉伊郡大槌町長　平野　公三")
        .Build();

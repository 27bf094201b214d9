using System.Globalization;
using Tsunagi.Certificates.Bench;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Documents;
using Tsunagi.Web.Cli;

// Renders a 4-person 住民票の写し（世帯連記式） repeatedly from content built in memory and prints documents/s on 1 and
// 2 threads and bytes per document. Figures: docs/benchmarks/certificates.md.
//   dotnet bench/Tsunagi.Certificates.Bench/bin/Release/net10.0/Tsunagi.Certificates.Bench.dll [documents=400] [--pdf FILE]
// End to end from the database the server's configuration names (TSUNAGI_DB, TSUNAGI_DATA …), after seed-demo:
//   … Tsunagi.Certificates.Bench.dll database CODE DOCUMENTS WORKERS
if (args.Length == 4 && args[0] == "database")
{
    var (code, count, workers) = (args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
    return await CliServices.RunAsync("bench-certificates", (services, ct) => DatabaseThroughput.RunAsync(services, code, count, workers, ct), CancellationToken.None);
}

var documents = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
using var fonts = new DocumentFonts(DocumentFontPaths.Debian);
var renderer = new CertificateRenderer(new PdfDocumentWriter(fonts, TimeProvider.System));
var content = SampleHousehold.Content(persons: 4);

var pdfIndex = Array.IndexOf(args, "--pdf");
if (pdfIndex >= 0 && pdfIndex + 1 < args.Length)
{
    await using var file = File.Create(args[pdfIndex + 1]);
    var written = renderer.Render(content, file);
    Console.WriteLine($"wrote {args[pdfIndex + 1]} ({written.PageCount} pages)");
}

Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}, {Environment.ProcessorCount} processors");
var throughput = new Throughput(renderer, content);
throughput.WarmUp(documents: 30);
foreach (var threads in new[] { 1, 2 })
{
    var result = throughput.Run(documents, threads);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{threads} thread(s): {documents} documents in {result.Seconds:F2} s = {documents / result.Seconds:F1} documents/s, {result.BytesPerDocument / 1024.0:F1} KB/document, {result.Pages} page(s) each"));
}

Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;

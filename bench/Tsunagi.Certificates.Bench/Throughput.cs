using System.Diagnostics;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Rendering;

namespace Tsunagi.Certificates.Bench;

/// <summary>Renders the same content <c>documents</c> times split over <c>threads</c> workers, into memory.</summary>
internal sealed class Throughput(CertificateRenderer renderer, CertificateContent content)
{
    public void WarmUp(int documents)
    {
        for (var i = 0; i < documents; i++)
        {
            RenderOne();
        }
    }

    public (double Seconds, long BytesPerDocument, int Pages) Run(int documents, int threads)
    {
        var bytes = 0L;
        var pages = 0;
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            var (size, pageCount) = RenderOne();
            Interlocked.Add(ref bytes, size);
            Interlocked.Exchange(ref pages, pageCount);
        });
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, bytes / documents, pages);
    }

    private (long Bytes, int Pages) RenderOne()
    {
        using var stream = new MemoryStream();
        var rendered = renderer.Render(content, stream);
        return (stream.Length, rendered.PageCount);
    }
}

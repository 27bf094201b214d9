using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>
/// Base of the browser tests: pages in fresh contexts of the run's browser. When a test fails, its pages
/// are saved as screenshots under <c>.tmp/test-results/e2e/</c> and the server output it caused is added to its report.
/// </summary>
public abstract class BrowserTest(EndToEndFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private int _outputMark;

    protected EndToEndFixture Fixture => fixture;

    protected async Task<IPage> OpenPageAsync(DemoLogin? signedInAs = null)
    {
        var context = await fixture.NewContextAsync(signedInAs);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public ValueTask InitializeAsync()
    {
        _outputMark = fixture.Server.OutputLineCount;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await ReportFailureAsync();
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    private static bool IsWarningOrWorse(string line) =>
        !line.Contains("\"LogLevel\":", StringComparison.Ordinal)
        || line.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal)
        || line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)
        || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal);

    private async Task ReportFailureAsync()
    {
        var output = TestContext.Current.TestOutputHelper;
        var name = TestContext.Current.Test?.TestDisplayName ?? GetType().Name;
        var file = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        var index = 0;
        foreach (var page in _contexts.SelectMany(c => c.Pages).Where(p => !p.IsClosed))
        {
            var path = Path.Combine(fixture.Layout.ResultsDirectory, $"failed-{file}-{index++}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output?.WriteLine($"screenshot of {page.Url}: {path}");
        }

        // Warnings and errors only; the whole output is in server.log next to the screenshots.
        output?.WriteLine($"server warnings and errors during the test (all output: {Path.Combine(fixture.Layout.ResultsDirectory, "server.log")}):");
        foreach (var line in fixture.Server.OutputSince(_outputMark).Where(IsWarningOrWorse).TakeLast(60))
        {
            output?.WriteLine(line);
        }
    }
}

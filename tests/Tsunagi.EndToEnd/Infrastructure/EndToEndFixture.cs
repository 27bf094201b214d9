using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>The run's one server and one browser, started side by side, and the demo staff's signed-in sessions.</summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    private TsunagiServer? _server;
    private DebianChromium? _chromium;
    private StaffSessions? _sessions;

    public EndToEndFixture()
    {
        Layout = RepositoryLayout.Find();
        Accessibility = new AccessibilityScan(Layout.ResultsDirectory);
        Crawler = new SiteCrawler(this);
    }

    public RepositoryLayout Layout { get; }

    public TsunagiServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public IBrowser Browser => (_chromium ?? throw new InvalidOperationException("Chromium has not started.")).Browser;

    public AccessibilityScan Accessibility { get; }

    public SiteCrawler Crawler { get; }

    public async ValueTask InitializeAsync()
    {
        // The same patience for assertions as for actions (15 s): on a shared 2-core machine a page that renders
        // in 300 ms alone can take over Playwright's default 5 s, and the test then reports a missing heading.
        Assertions.SetDefaultExpectTimeout(15_000);
        if (Directory.Exists(Layout.ResultsDirectory))
        {
            Directory.Delete(Layout.ResultsDirectory, recursive: true);
        }

        Directory.CreateDirectory(Layout.ResultsDirectory);
        var server = TsunagiServer.StartAsync(Layout, TestContext.Current.CancellationToken);
        var chromium = DebianChromium.LaunchAsync();
        try
        {
            await Task.WhenAll(server, chromium);
        }
        finally
        {
            _server = server.IsCompletedSuccessfully ? server.Result : null;
            _chromium = chromium.IsCompletedSuccessfully ? chromium.Result : null;
        }

        _sessions = new StaffSessions(this);
    }

    /// <summary>A fresh browser context (its own cookies), signed in as <paramref name="signedInAs"/> when given.</summary>
    public async Task<IBrowserContext> NewContextAsync(DemoLogin? signedInAs = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        };
        if (signedInAs is not null)
        {
            options.StorageState = await (_sessions ?? throw new InvalidOperationException("The fixture has not started.")).StorageStateAsync(signedInAs);
        }

        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

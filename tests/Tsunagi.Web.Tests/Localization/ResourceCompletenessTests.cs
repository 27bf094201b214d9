using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Tsunagi.Web.Resources;
using Tsunagi.Web.Tests.Infrastructure;

namespace Tsunagi.Web.Tests.Localization;

public sealed class ResourceCompletenessTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static readonly string ResourcesFolder = Path.Combine(RepositoryRoot(), "src", "Tsunagi.Web", "Resources");

    [Fact]
    public void Japanese_and_English_resources_have_the_same_keys_and_no_empty_values()
    {
        var japanese = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        Assert.Equal(japanese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(japanese, p => string.IsNullOrWhiteSpace(p.Value));
        Assert.DoesNotContain(english, p => string.IsNullOrWhiteSpace(p.Value));
    }

    [Fact]
    public void Generated_resources_match_the_strings_table()
    {
        var table = File.ReadAllLines(Path.Combine(ResourcesFolder, "strings.tsv"))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToList();
        var japanese = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        Assert.Equal(table.Count, japanese.Count);
        foreach (var row in table)
        {
            Assert.Equal(row[1], japanese[row[0]]);
            Assert.Equal(row[2], english[row[0]]);
        }
    }

    [Fact]
    public void The_running_host_serves_Japanese_by_default_and_English_on_request()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ja-JP");
            Assert.Equal("ログイン", localizer["Login.Title"].Value);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Sign in", localizer["Login.Title"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Pages_declare_Japanese_as_their_language()
    {
        var html = await factory.CreateClient().GetStringAsync("/account/login", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("ログイン", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tsunagi.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tsunagi.slnx not found.");
    }
}

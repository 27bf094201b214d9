using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Tsunagi.Testing;
using Tsunagi.Web.Resources;

namespace Tsunagi.Web.Tests.Localization;

public sealed class ResourceCompletenessTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    /// <summary>Every project's strings table (Resources/strings.tsv under src/) with its generated pair.</summary>
    public static TheoryData<string> StringTables() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "strings.tsv", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)));

    [Fact]
    public void Every_module_with_pages_has_a_strings_table()
    {
        Assert.Contains(StringTables(), t => t.Data.Contains("Tsunagi.Web", StringComparison.Ordinal));
        Assert.Contains(StringTables(), t => t.Data.Contains("Tsunagi.Platform", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StringTables))]
    public void Japanese_and_English_resources_have_the_same_keys_and_no_empty_values(string table)
    {
        var (japanese, english) = ReadPair(table);
        Assert.Equal(japanese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(japanese, p => string.IsNullOrWhiteSpace(p.Value));
        Assert.DoesNotContain(english, p => string.IsNullOrWhiteSpace(p.Value));
    }

    [Theory]
    [MemberData(nameof(StringTables))]
    public void Generated_resources_match_the_strings_table(string table)
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, table))
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToList();
        var (japanese, english) = ReadPair(table);
        Assert.Equal(rows.Count, japanese.Count);
        foreach (var row in rows)
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

    private static (Dictionary<string, string> Japanese, Dictionary<string, string> English) ReadPair(string table)
    {
        var folder = Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, table))!;
        var neutral = Directory.EnumerateFiles(folder, "*.resx").Single(f => !f.EndsWith(".en.resx", StringComparison.Ordinal));
        return (Read(neutral), Read(Path.ChangeExtension(neutral, null) + ".en.resx"));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
}

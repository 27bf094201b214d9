using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Consortium.Tests.Onboarding;

/// <summary>The <c>onboard-municipality</c> and <c>offboard-municipality</c> verbs, run in-process against the test host's services.</summary>
public sealed class MembershipVerbTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Shiwa = "033219";
    private const string Yahaba = "033227";

    /// <summary>住田町: used by no other test of this class, so "nothing created" does not depend on their order.</summary>
    private const string Sumita = "034410";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Onboarding_by_the_verb_prints_the_town_and_its_single_use_link_and_leaves_it_in_preparation()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await OnboardMunicipalityVerb.RunAsync(factory.Services, Shiwa, "admin@shiwa.example.lg.jp", Onboard.Consortium, "https://tsunagi.example.jp/", output, error, Ct);

        Assert.Equal(0, exit);
        Assert.Contains("岩手県紫波町（033219）を加入させました（利用開始の準備中）。", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("https://tsunagi.example.jp/account/invitation/033219.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(MunicipalityStatus.Onboarding, await Onboard.StatusAsync(factory, Shiwa));
    }

    [Theory]
    [InlineData("999999", "団体コード")]
    [InlineData("034614", "すでに共同利用団体に加入しています")]
    public async Task A_bad_or_taken_code_exits_non_zero_with_a_japanese_message_and_creates_nothing(string code, string expected)
    {
        var before = await Onboard.StatusAsync(factory, code);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await OnboardMunicipalityVerb.RunAsync(factory.Services, code, "admin@town.example.lg.jp", Onboard.Consortium, "http://127.0.0.1:8080", output, error, Ct);

        Assert.NotEqual(0, exit);
        Assert.Contains("エラー / Error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(before, await Onboard.StatusAsync(factory, code));
    }

    [Fact]
    public async Task An_unknown_consortium_exits_non_zero_and_creates_nothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await OnboardMunicipalityVerb.RunAsync(factory.Services, Sumita, "admin@sumita.example.lg.jp", "no-such-consortium", "http://127.0.0.1:8080", output, error, Ct);

        Assert.Equal(1, exit);
        Assert.Contains("共同利用団体 no-such-consortium はありません。", error.ToString(), StringComparison.Ordinal);
        Assert.Null(await Onboard.StatusAsync(factory, Sumita));
    }

    [Fact]
    public async Task Offboarding_by_the_verb_exports_then_deactivates_and_a_second_run_is_refused()
    {
        await Onboard.TownAsync(factory, Yahaba);
        var directory = Path.Combine(factory.DataDirectory, "offboard-" + Yahaba);
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var again = new StringWriter();

        var exit = await OffboardMunicipalityVerb.RunAsync(factory.Services, Yahaba, directory, Onboard.Consortium, output, error, Ct);
        var second = await OffboardMunicipalityVerb.RunAsync(factory.Services, Yahaba, Path.Combine(factory.DataDirectory, "offboard-again"), Onboard.Consortium, output, again, Ct);

        Assert.Equal(0, exit);
        Assert.Contains($"団体 {Yahaba} を出力・検証しました", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("利用を終了しました。データは", output.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(directory));
        Assert.Equal(MunicipalityStatus.Deactivated, await Onboard.StatusAsync(factory, Yahaba));
        Assert.Equal(1, second);
        Assert.Contains("この団体はすでに利用を終了しています。", again.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offboarding_a_code_that_is_no_member_exits_non_zero_with_a_japanese_message()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await OffboardMunicipalityVerb.RunAsync(factory.Services, "999999", Path.Combine(factory.DataDirectory, "offboard-none"), Onboard.Consortium, output, error, Ct);

        Assert.Equal(1, exit);
        Assert.Contains("団体 999999 はこの共同利用団体に加入していません。", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }
}

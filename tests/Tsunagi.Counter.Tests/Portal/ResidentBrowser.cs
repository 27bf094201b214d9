using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Portal;

/// <summary>A resident's phone against the test host: its own cookies and address; reads its codes from the mail drop.</summary>
public sealed partial class ResidentBrowser(PortalFactory factory, string municipality = PortalFactory.Otsuchi) : IDisposable
{
    public StaffBrowser Browser { get; } = new(factory);

    public string Municipality { get; } = municipality;

    public string Root => "/portal/" + Municipality;

    public Task<HttpResponseMessage> RequestCodeAsync(string email) =>
        Browser.SubmitAsync(Root + "/sign-in", "portal-email", ("Email.Email", email));

    public Task<HttpResponseMessage> EnterCodeAsync(string email, string code) =>
        Browser.SubmitAsync(Root + "/sign-in", "portal-code", ("Code.Email", email), ("Code.Code", code));

    /// <summary>The code of the latest message to <paramref name="email"/> in the town's mail drop.</summary>
    public async Task<string> LatestCodeAsync(string email)
    {
        var mails = await factory.Services.InTenantScopeAsync(Municipality, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PortalDbContext>().MailDrop.AsNoTracking().Where(m => m.Recipient == email).ToListAsync(TestContext.Current.CancellationToken));
        var latest = mails.OrderByDescending(m => m.WrittenAt).ThenByDescending(m => m.Id).First();
        return SixDigits().Match(latest.Body).Value;
    }

    public async Task SignInAsync(string email)
    {
        using (var requested = await RequestCodeAsync(email))
        {
            Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        }

        using var response = await EnterCodeAsync(email, await LatestCodeAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Root + "/applications", StaffBrowser.RedirectPath(response));
    }

    /// <summary>Fills the move-in form, confirms and submits; returns the result page's HTML (after the redirect).</summary>
    public async Task<string> PreApplyMoveInAsync(params (string Name, string Value)[] overrides)
    {
        var fields = MoveInFields(overrides);
        using (var confirm = await Browser.SubmitAsync(Root + "/apply/move-in", "portal-move-in", [.. fields, ("Input.Step", "confirm")]))
        {
            var html = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
            Assert.Contains("data-testid=\"confirmation\"", html, StringComparison.Ordinal);
        }

        using var commit = await Browser.SubmitAsync(Root + "/apply/move-in", "portal-move-in", [.. fields, ("Input.Step", "commit")]);
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        return await Browser.PageAsync(StaffBrowser.RedirectPath(commit)!);
    }

    public static (string Name, string Value)[] MoveInFields(params (string Name, string Value)[] overrides)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.MovedInOn"] = "R8.11.20",
            ["Input.PreviousAddress"] = "東京都千代田区霞が関1-1-1",
            ["Input.PostalCode"] = "028-1121",
            ["Input.Locality"] = "大槌町小鎚第23地割",
            ["Input.Lot"] = "5番地",
            ["Input.Members[0].FamilyName"] = "山田",
            ["Input.Members[0].GivenName"] = "太郎",
            ["Input.Members[0].FamilyNameKana"] = "ヤマダ",
            ["Input.Members[0].GivenNameKana"] = "タロウ",
            ["Input.Members[0].DateOfBirth"] = "S60.4.12",
            ["Input.Members[0].Sex"] = "male",
            ["Input.Members[0].Relationship"] = "世帯主",
            ["Input.Members[1].FamilyName"] = "山田",
            ["Input.Members[1].GivenName"] = "花子",
            ["Input.Members[1].FamilyNameKana"] = "やまだ",
            ["Input.Members[1].GivenNameKana"] = "はなこ",
            ["Input.Members[1].DateOfBirth"] = "2016-05-01",
            ["Input.Members[1].Sex"] = "female",
            ["Input.Members[1].Relationship"] = "子",
        };
        foreach (var (name, value) in overrides)
        {
            fields[name] = value;
        }

        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    public static string Reference(string html) => StaffBrowser.TextOf(html, "reference") ?? throw new InvalidOperationException("no reference on the page");

    public void Dispose() => Browser.Dispose();

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}

using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class StaffIdentityMessageTests(TsunagiFactory factory)
{
    [Fact]
    public async Task Creating_staff_with_a_short_password_fails_with_a_Japanese_message()
    {
        var error = await Assert.ThrowsAsync<StaffAccountException>(() =>
            factory.Services.InTenantScopeAsync(StaffFixtures.Otsuchi, TenantKind.Municipality, sp =>
                sp.GetRequiredService<StaffAccounts>().CreateAsync(StaffFixtures.Otsuchi, "short-password", "試験 職員", "short", [StandardRole.CounterClerk])));

        Assert.Contains("パスワードは12文字以上で入力してください。", error.Errors);
    }

    [Fact]
    public async Task Creating_a_second_staff_member_with_the_same_user_name_names_it_in_Japanese()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);

        var error = await Assert.ThrowsAsync<StaffAccountException>(() => StaffFixtures.CreateNamedAsync(factory, userName, StandardRole.CounterClerk));

        Assert.Contains($"ログインID「{userName}」はすでに使用されています。別のログインIDを指定してください。", error.Errors);
    }
}

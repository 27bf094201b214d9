namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>A demo-only account created by <c>seed-demo</c>; its password is <c>{user}-{tenant}-demo</c>.</summary>
public sealed record DemoLogin(string TenantId, string UserName)
{
    public string Password => $"{UserName}-{TenantId}-demo";

    public override string ToString() => $"{TenantId}/{UserName}";
}

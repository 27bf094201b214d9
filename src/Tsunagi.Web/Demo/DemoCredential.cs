namespace Tsunagi.Web.Demo;

/// <summary>A demo-only login, printed by seed-demo and listed in the README. Never use these outside a demo.</summary>
public sealed record DemoCredential(string TenantId, string TenantName, string UserName, string Password, string Role);

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tsunagi.Platform.Identity;

/// <summary>
/// System clients (OAuth 2.0 client credentials) stored as OpenIddict applications. Each is bound to one
/// municipality, kept in the application's properties, and may ask only for declared permissions as scopes.
/// </summary>
public sealed partial class ApiClients(
    IOpenIddictApplicationManager applications,
    PlatformDbContext db,
    PermissionCatalog permissions,
    LocalGovernmentMaster master,
    ITenantContext tenant,
    AuditTrail audit)
{
    /// <summary>Application property holding the municipality code the client's tokens are bound to.</summary>
    public const string TenantProperty = "tsunagi_tenant";

    public const int MinSecretLength = 16;

    private const int MaxSecretLength = 256;

    private const string SecretAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random secret of 32 characters (about 185 bits), shown once to whoever registers the client.</summary>
    public static string GenerateSecret() => RandomNumberGenerator.GetString(SecretAlphabet, 32);

    /// <summary>Checks a municipality code typed by a person: format, check digit, master list, and that it is a registered, active tenant.</summary>
    public async Task<Municipality> ResolveMunicipalityAsync(string? code, CancellationToken cancellationToken = default)
    {
        var error = master.Validate(code, out var entry);
        var shown = code ?? string.Empty;
        switch (error)
        {
            case LocalGovernmentCodeError.NotSixDigits:
                throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{shown}' は 6 桁の数字ではありません。", $"The municipality code '{shown}' is not six digits.");
            case LocalGovernmentCodeError.WrongCheckDigit:
                throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{shown}' の検査数字（6 桁目）が正しくありません。", $"The check digit (6th digit) of the municipality code '{shown}' is wrong.");
            case LocalGovernmentCodeError.NotInMasterList:
                throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{shown}' は全国地方公共団体コードの一覧にありません。", $"The municipality code '{shown}' is not in the national list.");
            case LocalGovernmentCodeError.NotAMunicipality:
                throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{shown}' は都道府県のコードです。市区町村のコードを指定してください。", $"'{shown}' is a prefecture; give a municipality code.");
        }

        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == entry!.Code, cancellationToken);
        if (municipality is null)
        {
            throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{entry!.Code}'（{entry.FullName}）はこの環境に登録されていません。", $"The municipality '{entry.Code}' is not registered here.");
        }

        if (municipality.Status != MunicipalityStatus.Active)
        {
            throw new ApiClientException(ApiClientField.Tenant, $"団体コード '{municipality.Code}'（{municipality.FullName}）は利用中ではありません。", $"The municipality '{municipality.Code}' is not active.");
        }

        return municipality;
    }

    /// <summary>
    /// Registers a client for the municipality of the current tenant scope. The audit event is added to the same
    /// unit of work, so OpenIddict's save of the application commits both in one transaction.
    /// </summary>
    public async Task<ApiClient> CreateAsync(string clientId, IEnumerable<string> scopes, string secret, CancellationToken cancellationToken = default)
    {
        if (tenant.Kind != TenantKind.Municipality)
        {
            throw new ApiClientException(ApiClientField.Tenant, "API クライアントは市区町村にだけ登録できます。", "API clients belong to a municipality.");
        }

        var tenantId = tenant.TenantId;
        ValidateClientId(clientId);
        var granted = ValidateScopes(scopes);
        ValidateSecret(secret);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            throw new ApiClientException(ApiClientField.ClientId, $"クライアントID '{clientId}' は既に使われています。", $"The client id '{clientId}' is already taken.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{tenantId} {clientId}",
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        foreach (var scope in granted)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[TenantProperty] = JsonSerializer.SerializeToElement(tenantId);

        await audit.AppendAsync(new AuditEntry("api-client.create", "api-client", clientId), cancellationToken);
        await applications.CreateAsync(descriptor, cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiClient(clientId, tenantId, granted);
    }

    /// <summary>The registered client, or null when unknown or not bound to a municipality (such a client never gets a token).</summary>
    public async Task<ApiClient?> FindAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(clientId) || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        if (!properties.TryGetValue(TenantProperty, out var tenantValue) || tenantValue.ValueKind != JsonValueKind.String
            || tenantValue.GetString() is not { Length: > 0 } tenantId)
        {
            return null;
        }

        var scopes = (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ApiClient(clientId, tenantId, scopes);
    }

    private static void ValidateClientId(string clientId)
    {
        if (!ClientIdPattern().IsMatch(clientId ?? string.Empty))
        {
            throw new ApiClientException(
                ApiClientField.ClientId,
                $"クライアントID '{clientId}' は使えません。英数字で始まり、英数字と . _ - だけの 3〜64 文字にしてください。",
                $"The client id '{clientId}' is invalid: 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
    }

    private List<string> ValidateScopes(IEnumerable<string> scopes)
    {
        var requested = scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (requested.Count == 0)
        {
            throw new ApiClientException(ApiClientField.Scope, "スコープを 1 つ以上指定してください。", "Give at least one scope.");
        }

        var unknown = requested.Where(s => permissions.Find(s) is null).ToList();
        if (unknown.Count > 0)
        {
            var declared = string.Join(", ", permissions.All.Select(p => p.Name));
            throw new ApiClientException(
                ApiClientField.Scope,
                $"スコープ {string.Join(", ", unknown.Select(u => $"'{u}'"))} は宣言された権限ではありません（使用できるもの: {declared}）。",
                $"Scope(s) {string.Join(", ", unknown)} are not declared permissions (declared: {declared}).");
        }

        return requested;
    }

    private static void ValidateSecret(string secret)
    {
        if (secret is null || secret.Length < MinSecretLength || secret.Length > MaxSecretLength || secret.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ApiClientException(
                ApiClientField.Secret,
                $"クライアントシークレットは空白を含まない {MinSecretLength}〜{MaxSecretLength} 文字にしてください。",
                $"The client secret must be {MinSecretLength} to {MaxSecretLength} characters without spaces.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Export;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Web.Cli;

namespace Tsunagi.Continuity.Tests.Export;

public sealed class TenantExportTests : IDisposable
{
    private const string Otsuchi = "034614";

    private readonly string _folder = Directory.CreateTempSubdirectory("tsunagi-export-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_import_into_a_fresh_deployment_and_export_again_gives_byte_identical_files()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var target = new EmptyDeploymentFactory();
        await target.InitializeAsync();
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");

        Assert.Equal(0, await ExportTenantVerb.RunAsync(source.Services, Otsuchi, first, TextWriter.Null, Ct));
        Assert.Equal(0, await ImportTenantVerb.RunAsync(target.Services, first, TextWriter.Null, Ct));
        Assert.Equal(0, await ExportTenantVerb.RunAsync(target.Services, Otsuchi, second, TextWriter.Null, Ct));

        var files = Directory.GetFiles(first, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file!), Ct), await File.ReadAllBytesAsync(Path.Combine(second, file!), Ct));
        }

        var manifest = await ExportVerification.VerifyAsync(first, Ct);
        Assert.Contains(manifest.Files, f => f.Table == "audit_events" && f.Rows > 0);
        Assert.Contains(manifest.Files, f => f.Table == "identity_users" && f.Rows == 3);
        var verification = await target.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<Platform.Auditing.AuditChainVerifier>().VerifyAsync(Otsuchi, Ct));
        Assert.True(verification.IsIntact);
    }

    [Fact]
    public async Task Export_covers_every_table_with_a_tenant_column_in_every_registered_context()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        var manifest = await source.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<TenantExporter>().ExportAsync(Path.Combine(_folder, "out"), Ct));

        await using var scope = source.Services.CreateAsyncScope();
        var contexts = new List<DbContext> { scope.ServiceProvider.GetRequiredService<PlatformDbContext>() };
        contexts.AddRange(scope.ServiceProvider.GetServices<ModuleDatabase>().Select(m => (DbContext)scope.ServiceProvider.GetRequiredService(m.ContextType)));
        var tenantTables = contexts.SelectMany(c => c.Model.GetRelationalModel().Tables).Where(t => t.FindColumn(TenantModel.ColumnName) is not null).Select(t => t.Name).ToList();

        Assert.True(tenantTables.Count >= 20, $"only {tenantTables.Count} tenant tables found");
        Assert.Empty(tenantTables.Except(manifest.Files.Select(f => f.Table), StringComparer.Ordinal));
        Assert.Contains(manifest.Files, f => f.File == "residents.residents.jsonl");
    }

    [Fact]
    public async Task Import_is_refused_where_the_municipality_already_exists()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await ExportTenantVerb.RunAsync(source.Services, Otsuchi, Path.Combine(_folder, "out"), TextWriter.Null, Ct);

        var error = await Assert.ThrowsAsync<ExportRefusedException>(() => ImportTenantVerb.RunAsync(source.Services, Path.Combine(_folder, "out"), TextWriter.Null, Ct));

        Assert.Contains("既にあります", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_file_that_does_not_match_its_checksum_loads_nothing()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var target = new EmptyDeploymentFactory();
        await target.InitializeAsync();
        var folder = Path.Combine(_folder, "out");
        await ExportTenantVerb.RunAsync(source.Services, Otsuchi, folder, TextWriter.Null, Ct);
        var users = Path.Combine(folder, "platform.identity_users.jsonl");
        await File.WriteAllTextAsync(users, (await File.ReadAllTextAsync(users, Ct)).Replace("管理 太郎", "管理 次郎", StringComparison.Ordinal), Ct);

        var error = await Assert.ThrowsAsync<ExportRefusedException>(() => ImportTenantVerb.RunAsync(target.Services, folder, TextWriter.Null, Ct));

        Assert.Contains("platform.identity_users.jsonl", error.Message, StringComparison.Ordinal);
        Assert.False(await MunicipalityExistsAsync(target));
    }

    [Fact]
    public async Task Import_that_fails_midway_leaves_no_row_behind()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var target = new EmptyDeploymentFactory();
        await target.InitializeAsync();
        var folder = Path.Combine(_folder, "out");
        await ExportTenantVerb.RunAsync(source.Services, Otsuchi, folder, TextWriter.Null, Ct);
        // A late table gets a duplicated row (primary key conflict) with a manifest rewritten to match, so only the database can refuse it.
        await DuplicateFirstRowAsync(folder, "platform.identity_users.jsonl");

        await Assert.ThrowsAnyAsync<DbException>(() => ImportTenantVerb.RunAsync(target.Services, folder, TextWriter.Null, Ct));

        Assert.False(await MunicipalityExistsAsync(target));
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("select count(*) as \"Value\" from audit_events").SingleAsync(Ct));
    }

    private static async Task DuplicateFirstRowAsync(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var lines = await File.ReadAllLinesAsync(path, Ct);
        await File.WriteAllLinesAsync(path, [.. lines, lines[0]], Ct);
        var manifestPath = Path.Combine(folder, ExportManifest.FileName);
        var manifest = System.Text.Json.JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(manifestPath, Ct), ExportJson.Options)!;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path, Ct)));
        manifest = manifest with { Files = [.. manifest.Files.Select(f => f.File == file ? f with { Rows = f.Rows + 1, Sha256 = sha } : f)] };
        await File.WriteAllTextAsync(manifestPath, System.Text.Json.JsonSerializer.Serialize(manifest, ExportJson.Options), Ct);
    }

    private static async Task<bool> MunicipalityExistsAsync(EmptyDeploymentFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Municipalities.AnyAsync(m => m.Code == Otsuchi, Ct);
    }
}

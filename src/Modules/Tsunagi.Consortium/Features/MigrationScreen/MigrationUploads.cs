using System.Text.Json;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>
/// Uploaded legacy files in the data directory, one folder per tenant and upload (<c>migration-uploads/&lt;tenant&gt;/&lt;id&gt;/</c>:
/// the file, the mapping, the upload with its dry-run report). A new upload replaces the tenant's earlier ones unless a run
/// uses them; the worker deletes the folder when the real run ends.
/// </summary>
public sealed class MigrationUploads(DatabaseSettings database)
{
    private const string FileName = "legacy.csv";
    private const string MappingName = "mapping.json";
    private const string UploadName = "upload.json";

    public async Task CreateAsync(string tenantId, MigrationUpload upload, Stream file, string mappingJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(file);
        var folder = Folder(tenantId, upload.Id);
        Directory.CreateDirectory(folder);
        await using (var target = File.Create(Path.Combine(folder, FileName)))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, MappingName), mappingJson, cancellationToken);
        await SaveAsync(tenantId, upload, cancellationToken);
    }

    public Task SaveAsync(string tenantId, MigrationUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return File.WriteAllBytesAsync(Path.Combine(Folder(tenantId, upload.Id), UploadName), JsonSerializer.SerializeToUtf8Bytes(upload), cancellationToken);
    }

    /// <summary>The upload of this tenant, or null (another tenant's id, a deleted upload or not a dry-run yet).</summary>
    public async Task<MigrationUpload?> FindAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder(tenantId, id), UploadName);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<MigrationUpload>(stream, cancellationToken: cancellationToken);
    }

    public Task<byte[]> ReadFileAsync(string tenantId, Guid id, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Path.Combine(Folder(tenantId, id), FileName), cancellationToken);

    public Task<string> ReadMappingAsync(string tenantId, Guid id, CancellationToken cancellationToken) =>
        File.ReadAllTextAsync(Path.Combine(Folder(tenantId, id), MappingName), cancellationToken);

    public void Delete(string tenantId, Guid id)
    {
        var folder = Folder(tenantId, id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes the tenant's uploads other than <paramref name="keep"/> (earlier dry runs nobody imported).</summary>
    public void DeleteOthers(string tenantId, IReadOnlyCollection<Guid> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var root = TenantFolder(tenantId);
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (!Guid.TryParse(Path.GetFileName(folder), out var id) || !keep.Contains(id))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Whether the tenant's folder exists at all (tests check that a finished run left nothing behind).</summary>
    public bool Exists(string tenantId, Guid id) => Directory.Exists(Folder(tenantId, id));

    private string TenantFolder(string tenantId)
    {
        // Tenant ids are codes or consortium ids; anything else must never become a path.
        if (tenantId.Length == 0 || !tenantId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("tenant id is not usable as a folder name", nameof(tenantId));
        }

        return Path.Combine(database.DataDirectory, "migration-uploads", tenantId);
    }

    private string Folder(string tenantId, Guid id) => Path.Combine(TenantFolder(tenantId), id.ToString("N"));
}

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>A real run asked for on the screen: the tenant, its upload, who asked (staff user name for the run's history, staff id for the audit trail).</summary>
public sealed record MigrationJob(string TenantId, Guid UploadId, string FileName, int FileRows, string StartedBy, string ActorId);

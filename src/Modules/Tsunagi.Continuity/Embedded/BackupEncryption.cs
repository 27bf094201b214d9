namespace Tsunagi.Continuity.Embedded;

public enum BackupEncryption
{
    None,

    /// <summary>AES-256-GCM with a key derived from the master key (HKDF, info "tsunagi/backup/v1").</summary>
    MasterKey,

    /// <summary>AES-256-GCM with TSUNAGI_BACKUP_KEY, kept apart from the master key.</summary>
    BackupKey,
}

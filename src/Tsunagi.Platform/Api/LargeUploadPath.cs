namespace Tsunagi.Platform.Api;

/// <summary>
/// A path whose requests may exceed the host's request limit of 1 MB (a legacy system's data file). A module registers
/// one as a singleton; the host then accepts bodies up to <see cref="MaxBytes"/> there, and only there.
/// </summary>
public sealed record LargeUploadPath(string PathPrefix, long MaxBytes);

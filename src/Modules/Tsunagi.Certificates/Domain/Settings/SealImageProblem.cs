namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>Why a seal (公印) image cannot be printed; the settings validator and the upload form each word it their own way.</summary>
public enum SealImageProblem
{
    Empty,
    TooLarge,
    NotPng,
    WrongSize,
    NotSquare,
}

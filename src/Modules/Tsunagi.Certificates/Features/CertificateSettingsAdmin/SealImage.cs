using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.Payment;

namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>An uploaded seal (公印) image checked by <see cref="SealImageCheck"/>, worded for the settings form.</summary>
public static class SealImage
{
    public const int MaxBytes = SealImageCheck.MaxBytes;

    public static CashProblem? Check(byte[] png) => SealImageCheck.Find(png) switch
    {
        null => null,
        SealImageProblem.Empty => new CashProblem("seal", "Cash.Problem.SealEmpty"),
        SealImageProblem.TooLarge => new CashProblem("seal", "Cash.Problem.SealTooLarge", SealImageCheck.MaxBytes / 1024),
        SealImageProblem.NotPng => new CashProblem("seal", "Cash.Problem.SealNotPng"),
        SealImageProblem.WrongSize => new CashProblem("seal", "Cash.Problem.SealSize", SealImageCheck.MinSide, SealImageCheck.MaxSide),
        _ => new CashProblem("seal", "Cash.Problem.SealNotSquare"),
    };
}

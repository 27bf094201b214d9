namespace Tsunagi.Certificates.Features.Fees;

/// <summary>The fee per copy in force, the copies, the total due (0 when exempt) and the recorded exemption reason.</summary>
public sealed record FeeCalculatorResult(long FeePerCopy, int Copies, long Total, string? Exemption);

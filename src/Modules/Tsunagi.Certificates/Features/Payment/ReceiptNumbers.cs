using System.Globalization;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>領収番号: per tenant and 年度 from the <c>certificates.receipt</c> number sequence, written <c>R2026-000045</c>.</summary>
public static class ReceiptNumbers
{
    public const string Sequence = "certificates.receipt";

    public static string Format(int fiscalYear, long value) =>
        string.Create(CultureInfo.InvariantCulture, $"R{fiscalYear}-{value:000000}");
}

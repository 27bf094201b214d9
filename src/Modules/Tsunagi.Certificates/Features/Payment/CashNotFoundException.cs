namespace Tsunagi.Certificates.Features.Payment;

/// <summary>An issuance, receipt or void request that does not exist in this municipality (another town's id included): 404.</summary>
public sealed class CashNotFoundException : Exception
{
    public CashNotFoundException()
    {
    }

    public CashNotFoundException(string message)
        : base(message)
    {
    }

    public CashNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Rendering;

/// <summary>Dates as certificates print them: 和暦, full-width digits, padded (「令和　７年　４月　１日」); none prints empty.</summary>
internal static class PrintedDate
{
    public static string Of(DateOnly? date) => date is { } value ? DocumentEraDateFormat.Format(value) : string.Empty;
}

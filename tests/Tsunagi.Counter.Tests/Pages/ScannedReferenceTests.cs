using Tsunagi.Counter.Features.ReceptionPage;

namespace Tsunagi.Counter.Tests.Pages;

public sealed class ScannedReferenceTests
{
    [Theory]
    [InlineData("T7K-4MXQ-9", "T7K-4MXQ-9")]
    [InlineData("  Ｔ７Ｋ－４ＭＸＱ－９ ", "T7K-4MXQ-9")]
    [InlineData("https://portal.example.jp/applications/T7K-4MXQ-9", "T7K-4MXQ-9")]
    [InlineData("https://portal.example.jp/counter?ref=T7K-4MXQ-9&x=1", "T7K-4MXQ-9")]
    [InlineData("", null)]
    public void What_a_clerk_or_a_scanner_typed_becomes_the_reference(string typed, string? expected) =>
        Assert.Equal(expected, ScannedReference.Normalise(typed));
}

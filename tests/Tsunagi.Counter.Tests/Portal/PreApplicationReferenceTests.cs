using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Counter.Tests.Portal;

public sealed class PreApplicationReferenceTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void A_generated_reference_reads_back_grouped_full_width_or_lower_case()
    {
        for (var i = 0; i < 200; i++)
        {
            var canonical = PreApplicationReference.Generate();
            var shown = PreApplicationReference.Format(canonical);
            var fullWidth = string.Concat(shown.Select(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' ? (char)(c + 0xFEE0) : c));

            Assert.True(PreApplicationReference.TryParse(shown, out var a) && a == canonical);
            Assert.True(PreApplicationReference.TryParse(shown.ToLowerInvariant(), out var b) && b == canonical);
            Assert.True(PreApplicationReference.TryParse(fullWidth, out var c) && c == canonical);
        }
    }

    [Fact]
    public void Any_single_wrong_character_is_caught_by_the_check_character()
    {
        Prop.ForAll(Gen.Choose(0, 7).ToArbitrary(), Gen.Choose(1, 31).ToArbitrary(), (position, shift) =>
        {
            var canonical = PreApplicationReference.Generate();
            var chars = canonical.ToCharArray();
            chars[position] = Alphabet[(Alphabet.IndexOf(chars[position], StringComparison.Ordinal) + shift) % Alphabet.Length];
            return !PreApplicationReference.TryParse(new string(chars), out _);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("")]
    [InlineData("T7K-4MXQ")]
    [InlineData("U7K-4MXQ-9")]
    [InlineData("<script>")]
    public void Malformed_input_is_not_a_reference(string input) =>
        Assert.False(PreApplicationReference.TryParse(input, out _));
}

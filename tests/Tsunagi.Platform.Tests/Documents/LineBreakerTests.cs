using Tsunagi.Platform.Documents;

namespace Tsunagi.Platform.Tests.Documents;

public sealed class LineBreakerTests
{
    private static List<string> Break(string text, int width) => LineBreaker.Break(text, width, _ => 1f);

    [Fact]
    public void Text_wraps_character_by_character_at_the_width()
    {
        Assert.Equal(["あいう", "えお"], Break("あいうえお", 3));
    }

    [Fact]
    public void A_full_stop_never_starts_a_line_the_character_before_it_moves_down()
    {
        Assert.Equal(["あい", "う。え"], Break("あいう。え", 3));
    }

    [Fact]
    public void A_closing_bracket_and_a_small_kana_never_start_a_line()
    {
        Assert.All(Break("証明する」ことを「しょっちゅう」ちょっと確認", 4).Skip(1), line => Assert.DoesNotMatch("^[」っょゅ。、]", line));
    }

    [Fact]
    public void An_opening_bracket_never_ends_a_line()
    {
        Assert.Equal(["あい", "「う」"], Break("あい「う」", 3));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split_and_counts_as_one_character()
    {
        Assert.Equal(["𠮷野", "太郎"], Break("𠮷野太郎", 2));
    }

    [Fact]
    public void A_newline_forces_a_break_and_an_empty_line_is_kept()
    {
        Assert.Equal(["あ", string.Empty, "い"], Break("あ\n\nい", 10));
    }
}

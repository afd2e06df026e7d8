using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class EmojiAndSearchRulesTests
{
    [Theory]
    [InlineData("👍", true)]
    [InlineData("👨‍👩‍👧", true)]
    [InlineData(":thumbsup:", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    [InlineData("\t", false)]
    public void An_emoji_is_1_to_32_characters_without_whitespace(string? emoji, bool valid)
    {
        Assert.Equal(valid, EmojiRule.IsValid(emoji));
    }

    [Fact]
    public void An_emoji_over_32_characters_is_refused()
    {
        Assert.True(EmojiRule.IsValid(new string('x', 32)));
        Assert.False(EmojiRule.IsValid(new string('x', 33)));
    }

    [Fact]
    public void Search_needs_q_and_checks_limit_session_and_cursor()
    {
        Assert.Contains("q", SearchQuery.Parse("  ", null, null, null).Errors.Keys);
        Assert.Contains("q", SearchQuery.Parse(null, null, null, null).Errors.Keys);
        Assert.Contains("q", SearchQuery.Parse("nul\0byte", null, null, null).Errors.Keys);
        Assert.Equal(["cursor", "limit", "session_id"], SearchQuery.Parse("x", "nope", "0", "bad").Errors.Keys.Order());

        var (query, _) = SearchQuery.Parse(" hello ", null, null, null);
        Assert.Equal(new SearchQuery("hello", null, 50, null), query);
    }

    [Fact]
    public void Line_breaks_and_tabs_in_q_are_spaces_not_errors()
    {
        var (query, errors) = SearchQuery.Parse("pasted\r\nline\ttext", null, null, null);

        Assert.Empty(errors);
        Assert.Equal("pasted  line text", query!.Text);
    }
}

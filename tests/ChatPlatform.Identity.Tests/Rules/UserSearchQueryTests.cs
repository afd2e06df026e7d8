using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Tests.Rules;

public sealed class UserSearchQueryTests
{
    [Fact]
    public void A_name_prefix_is_trimmed_and_gets_the_default_limit()
    {
        Assert.True(UserSearchQuery.TryParse("  Ali ", null, out var query, out var errors));

        Assert.Empty(errors);
        Assert.Equal(new UserSearchQuery("Ali", false, UserSearchQuery.DefaultLimit), query);
    }

    [Fact]
    public void A_whole_email_address_is_normalized_for_an_exact_match()
    {
        Assert.True(UserSearchQuery.TryParse("Alice@Example.COM", 5, out var query, out _));

        Assert.Equal(new UserSearchQuery("alice@example.com", true, 5), query);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a")]
    [InlineData("   ")]
    [InlineData("alice@")]
    [InlineData("@example.com")]
    public void Too_short_text_and_partial_email_addresses_are_refused(string? q)
    {
        Assert.False(UserSearchQuery.TryParse(q, null, out var query, out var errors));

        Assert.Null(query);
        Assert.True(errors.ContainsKey("q"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(UserSearchQuery.MaxLimit + 1)]
    public void A_limit_outside_the_range_is_refused(int limit)
    {
        Assert.False(UserSearchQuery.TryParse("alice", limit, out _, out var errors));

        Assert.True(errors.ContainsKey("limit"));
    }

    [Fact]
    public void Like_wildcards_in_the_text_match_only_themselves()
    {
        Assert.True(UserSearchQuery.TryParse(@"50%_o\ff", null, out var query, out _));

        Assert.Equal((@"50\%\_o\\ff%", @"% 50\%\_o\\ff%"), query!.NamePatterns());
    }
}

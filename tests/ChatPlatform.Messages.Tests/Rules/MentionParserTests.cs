using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class MentionParserTests
{
    private static readonly MentionCandidate Alice = new(Guid.NewGuid(), "alice@example.test", "Alice Smith");
    private static readonly MentionCandidate Bob = new(Guid.NewGuid(), "bob@example.test", "bob");
    private static readonly MentionCandidate Unknown = new(Guid.NewGuid(), null, null);
    private static readonly MentionCandidate[] Participants = [Alice, Bob, Unknown];

    [Fact]
    public void Mentions_by_display_name_without_spaces_email_and_id_case_insensitively()
    {
        Assert.Equal([Alice.UserId], MentionParser.Resolve("hi @alicesmith", Participants));
        Assert.Equal([Bob.UserId], MentionParser.Resolve("ping @BOB@Example.Test please", Participants));
        Assert.Equal([Unknown.UserId], MentionParser.Resolve($"cc @{Unknown.UserId}", Participants));
    }

    [Fact]
    public void Trailing_punctuation_is_not_part_of_the_name_and_each_user_is_listed_once_in_order()
    {
        Assert.Equal([Bob.UserId, Alice.UserId], MentionParser.Resolve("@bob, @AliceSmith! and @bob again.", Participants));
    }

    [Theory]
    [InlineData("mail bob@example.test")]
    [InlineData("@nobody here")]
    [InlineData("just @ alone")]
    [InlineData("no mentions")]
    public void Text_that_names_no_participant_mentions_nobody(string content)
    {
        Assert.Empty(MentionParser.Resolve(content, Participants));
    }

    [Fact]
    public void Only_participants_can_be_mentioned()
    {
        Assert.Empty(MentionParser.Resolve("@bob", [Alice]));
    }
}

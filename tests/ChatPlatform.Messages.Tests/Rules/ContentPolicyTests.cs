using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class ContentPolicyTests
{
    private static ContentPolicy Policy(params (string Term, string Action)[] terms) => new(new ContentPolicyOptions
    {
        BannedTerms = terms.Select(t => new BannedTermOptions { Term = t.Term, Action = t.Action }).ToList(),
    });

    [Theory]
    [InlineData("this is forbiddenword here")]
    [InlineData("FORBIDDENWORD!")]
    [InlineData("(ForbiddenWord)")]
    [InlineData("forbiddenword")]
    public void A_reject_term_refuses_the_message_whatever_its_case(string content)
    {
        Assert.True(Policy(("forbiddenword", "reject")).Check(content).Rejected);
    }

    [Theory]
    [InlineData("forbiddenwords are fine")]
    [InlineData("notforbiddenword")]
    [InlineData("forbiddenword_x")]
    [InlineData("forbidden word")]
    public void A_term_inside_a_longer_word_is_not_matched(string content)
    {
        var check = Policy(("forbiddenword", "reject")).Check(content);
        Assert.False(check.Rejected);
        Assert.Equal(content, check.Content);
    }

    [Fact]
    public void A_mask_term_is_replaced_by_stars_of_the_same_length_everywhere_it_occurs()
    {
        var check = Policy(("darn", "mask")).Check("Darn it, darn. undarned");

        Assert.False(check.Rejected);
        Assert.Equal("**** it, ****. undarned", check.Content);
    }

    [Fact]
    public void Reject_wins_over_mask_and_terms_with_regex_characters_are_literal()
    {
        var policy = Policy(("darn", "mask"), ("c++", "reject"), ("a.b", "mask"));

        Assert.True(policy.Check("darn c++").Rejected);
        Assert.Equal("axb ***", policy.Check("axb a.b").Content);
    }

    [Fact]
    public void Without_terms_content_passes_unchanged_and_max_length_defaults_to_4000()
    {
        var policy = new ContentPolicy(new ContentPolicyOptions());

        Assert.Equal(new ContentCheck(false, "anything"), policy.Check("anything"));
        Assert.Equal(4000, policy.MaxLength);
    }

    [Fact]
    public void Options_need_a_term_and_a_known_action()
    {
        Assert.True(new ContentPolicyOptions { BannedTerms = [new() { Term = "x", Action = "mask" }] }.IsValid());
        Assert.False(new ContentPolicyOptions { BannedTerms = [new() { Term = "x", Action = "delete" }] }.IsValid());
        Assert.False(new ContentPolicyOptions { BannedTerms = [new() { Term = " ", Action = "reject" }] }.IsValid());
    }

    [Fact]
    public void A_configured_max_length_is_what_validation_enforces()
    {
        var draft = new MessageDraft("text", new string('a', 11), null, null, null, null);

        Assert.Contains("content", MessageRules.Validate(draft, maxLength: 10).Errors.Keys);
        Assert.True(MessageRules.Validate(draft with { Content = new string('a', 10) }, maxLength: 10).IsValid);
    }
}

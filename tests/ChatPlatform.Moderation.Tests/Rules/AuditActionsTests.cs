using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Tests.Rules;

public sealed class AuditActionsTests
{
    [Theory]
    [InlineData("block", AuditActions.UserBlocked)]
    [InlineData("unblock", AuditActions.UserUnblocked)]
    [InlineData("accept", AuditActions.SessionAccepted)]
    [InlineData("transfer", AuditActions.SessionTransferred)]
    [InlineData("edit", AuditActions.MessageEdited)]
    [InlineData("delete", AuditActions.MessageDeleted)]
    [InlineData("role_change", AuditActions.RolesChanged)]
    [InlineData("login_failed", AuditActions.LoginFailed)]
    [InlineData("USER_BLOCKED", AuditActions.UserBlocked)]
    public void Short_forms_and_full_names_resolve_to_the_stored_action(string filter, string expected)
    {
        Assert.True(AuditActions.TryParseFilter(filter, out var actions, out _));
        Assert.Equal([expected], actions);
    }

    [Fact]
    public void A_comma_separated_filter_names_several_actions_once_each()
    {
        Assert.True(AuditActions.TryParseFilter("block, unblock,user_blocked", out var actions, out _));
        Assert.Equal([AuditActions.UserBlocked, AuditActions.UserUnblocked], actions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_filter_means_every_action(string? filter)
    {
        Assert.True(AuditActions.TryParseFilter(filter, out var actions, out _));
        Assert.Empty(actions);
    }

    [Theory]
    [InlineData("blocked")]
    [InlineData("drop table")]
    [InlineData("block,nonsense")]
    public void An_unknown_action_is_an_error(string filter)
    {
        Assert.False(AuditActions.TryParseFilter(filter, out _, out var error));
        Assert.Contains("is not an audit action", error);
    }
}

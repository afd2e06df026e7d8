using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Tests.Rules;

public sealed class RoleRulesTests
{
    [Fact]
    public void Known_roles_are_lower_cased_and_deduplicated_in_order()
    {
        Assert.True(RoleRules.TryNormalize(["User", "agent", "USER", "admin"], out var roles, out var error));

        Assert.Equal(["user", "agent", "admin"], roles);
        Assert.Null(error);
    }

    [Fact]
    public void An_unknown_role_is_rejected_and_named()
    {
        Assert.False(RoleRules.TryNormalize(["user", "wizard"], out _, out var error));

        Assert.Contains("wizard", error);
    }

    [Fact]
    public void A_missing_role_entry_is_rejected()
    {
        Assert.False(RoleRules.TryNormalize(["user", null], out _, out _));
    }

    [Fact]
    public void An_empty_or_missing_list_is_rejected()
    {
        Assert.False(RoleRules.TryNormalize([], out _, out _));
        Assert.False(RoleRules.TryNormalize(null, out _, out _));
    }

    [Fact]
    public void New_accounts_get_the_user_role()
    {
        Assert.Equal(["user"], RoleRules.Default);
    }
}

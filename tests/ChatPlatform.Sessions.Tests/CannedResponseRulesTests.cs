using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class CannedResponseRulesTests
{
    private static readonly TemplateValues Values = new("Carla Customer", "Agnes Agent", "Refund #42");

    [Fact]
    public void Variables_are_filled_in()
    {
        Assert.Equal(
            "Hi Carla Customer, Agnes Agent here about Refund #42.",
            CannedResponseTemplate.Render("Hi {{customer_name}}, {{ agent_name }} here about {{SESSION_TITLE}}.", Values));
    }

    [Fact]
    public void Unknown_variables_and_plain_braces_stay_as_written()
    {
        Assert.Equal("{{order_id}} and {single} and {{ }}", CannedResponseTemplate.Render("{{order_id}} and {single} and {{ }}", Values));
    }

    [Fact]
    public void Values_are_inserted_literally()
    {
        var tricky = new TemplateValues("$1 {{agent_name}}", "A", "T");
        Assert.Equal("Hi $1 {{agent_name}}", CannedResponseTemplate.Render("Hi {{customer_name}}", tricky));
    }

    [Theory]
    [InlineData(null, "hi", "Hello", "title")]
    [InlineData("Greeting", "", "Hello", "shortcut")]
    [InlineData("Greeting", "two words", "Hello", "shortcut")]
    [InlineData("Greeting", "hi", "   ", "content")]
    public void Input_needs_title_shortcut_without_spaces_and_content(string? title, string? shortcut, string? content, string field)
    {
        Assert.False(CannedResponseInput.TryCreate(title, shortcut, content, null, out _, out var errors));
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Input_is_trimmed_and_limited()
    {
        Assert.True(CannedResponseInput.TryCreate("  Greeting ", " /hi ", "Hello {{customer_name}}", true, out var input, out _));
        Assert.Equal(new CannedResponseInput("Greeting", "/hi", "Hello {{customer_name}}", true), input);
        Assert.False(CannedResponseInput.TryCreate("t", "s", new string('x', CannedResponseInput.MaxContentLength + 1), null, out _, out _));
    }

    [Fact]
    public void Owners_see_and_change_their_own_others_only_see_shared_ones_and_admins_change_shared_ones()
    {
        var owner = Guid.NewGuid();
        Assert.True(CannedResponseInput.TryCreate("t", "s", "c", null, out var input, out _));
        var mine = CannedResponse.Create(input!, owner, Now);
        var shared = CannedResponse.Create(input! with { Shared = true }, owner, Now);
        var other = Agent(Guid.NewGuid());

        Assert.True(mine.IsVisibleTo(Agent(owner)) && mine.MayBeChangedBy(Agent(owner)));
        Assert.False(mine.IsVisibleTo(other));
        Assert.True(shared.IsVisibleTo(other));
        Assert.False(shared.MayBeChangedBy(other));
        Assert.True(shared.MayBeChangedBy(Admin()));
        Assert.False(mine.MayBeChangedBy(Admin()));
    }

    [Fact]
    public void Update_keeps_shared_when_left_out()
    {
        Assert.True(CannedResponseInput.TryCreate("t", "s", "c", true, out var input, out _));
        var response = CannedResponse.Create(input!, Guid.NewGuid(), Now);

        response.Update(input! with { Title = "new", Shared = null }, Now.AddMinutes(1));

        Assert.True(response.Shared);
        Assert.Equal("new", response.Title);
        Assert.Equal(Now.AddMinutes(1), response.UpdatedAt);
    }
}

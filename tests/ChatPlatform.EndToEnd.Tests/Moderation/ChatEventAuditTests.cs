using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Moderation.ModerationApi;

namespace ChatPlatform.EndToEnd.Tests.Moderation;

/// <summary>The audit log records what Messages and the support desk publish: edits, deletes, accept and transfer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ChatEventAuditTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_edit_and_a_delete_are_audited_with_who_did_it_as_actor_and_the_author_as_target()
    {
        var admin = await platform.AdminAsync();
        var owner = await TestUser.RegisterAsync(platform, "editowner");
        var author = await TestUser.RegisterAsync(platform, "editauthor");
        var session = await owner.CreateSessionAsync("Edits", "group", author.Id);
        var sessionId = Guid.Parse(session.Id());
        var messageId = Guid.Parse((await author.SendAsync(session.Id(), "first words")).Id());

        Assert.Equal(HttpStatusCode.OK, (await author.Http.PatchAsJsonAsync($"/api/v1/chat/messages/{messageId}", new { content = "second words" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.DeleteAsync($"/api/v1/chat/messages/{messageId}")).StatusCode);

        var entries = await admin.AuditEntriesAsync($"session_id={sessionId}&action=edit,delete", count: 2);
        Assert.Equal(["message_deleted", "message_edited"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e => Assert.Equal((author.Id, messageId), (e.GuidOf("target_user_id"), e.GuidOf("message_id"))));
        Assert.Equal(admin.Id, entries[0].GuidOf("actor_id"));
        Assert.Equal(author.Id, entries[1].GuidOf("actor_id"));
        Assert.Equal("first words", entries[1]["details"]!["previous_content"]!.GetValue<string>());
        Assert.Equal("second words", entries[1]["details"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accepting_and_transferring_a_support_session_are_audited()
    {
        var admin = await platform.AdminAsync();
        var customer = await TestUser.RegisterAsync(platform, "customer");
        var agent = await TestUser.LoginAsync(platform, platform.AgentEmail, platform.AgentPassword);
        var colleague = await TestUser.RegisterAsync(platform, "colleague");
        Assert.Equal(HttpStatusCode.OK,
            (await admin.Http.PutAsJsonAsync($"/api/v1/auth/users/{colleague.Id}/roles", new { roles = new[] { "user", "agent" } })).StatusCode);
        var session = await customer.CreateSessionAsync("Help", "support");
        var sessionId = Guid.Parse(session.Id());

        Assert.Equal(HttpStatusCode.OK, (await agent.Http.PostAsync($"{SessionsApi.SessionsPath}/{sessionId}/accept", null)).StatusCode);
        // Sessions learns the colleague's new role from the bus; until then the transfer is refused.
        await MessagesApi.EventuallyAsync(async () =>
        {
            var transfer = await agent.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{sessionId}/transfer", new { agent_id = colleague.Id });
            return transfer.StatusCode == HttpStatusCode.OK ? transfer : null;
        }, "the transfer to the new agent", TimeSpan.FromSeconds(45));

        var entries = await admin.AuditEntriesAsync($"session_id={sessionId}&action=accept,transfer", count: 2);
        Assert.Equal(["session_transferred", "session_accepted"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e => Assert.Equal(agent.Id, e.GuidOf("actor_id")));
        Assert.Equal(colleague.Id, entries[0].GuidOf("target_user_id"));
        Assert.Equal(agent.Id.ToString(), entries[0]["details"]!["from_agent_id"]!.GetValue<string>());
        Assert.Equal(agent.Id, entries[1].GuidOf("target_user_id"));
    }
}

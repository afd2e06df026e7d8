using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>Edits, deletes and reactions reach the other participants live (SPEC.md section 4's frames).</summary>
[Collection(PlatformCollection.Name)]
public sealed class RichFramesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Edit_delete_and_reactions_arrive_live_and_edits_replay_in_seq_order()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");
        var session = (await alice.CreateSessionAsync("Rich", "group", bob.Id)).Id();
        await using var bobSocket = await platform.ConnectAsync(SessionSocket(session, bob));

        var message = await alice.SendAsync(session, "first draft", "rich-1");
        var messageId = message.Id();
        await bobSocket.WaitForMessageAsync("first draft");

        var edit = await alice.Http.PatchAsJsonAsync($"/api/v1/chat/messages/{messageId}", new { content = "second draft" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var updated = await bobSocket.WaitForTypeAsync("message_updated");
        Assert.Equal(session, updated.Str("chat_session_id"));
        Assert.Equal(messageId, updated.Str("id"));
        Assert.Equal(messageId, updated.Str("message_id"));
        Assert.Equal("second draft", updated.Str("content"));
        Assert.False(string.IsNullOrEmpty(updated.Str("edited_at")));
        Assert.Equal(alice.Id.ToString(), updated.Str("user_id"));
        Assert.Equal(message.Seq() + 1, updated.Seq());

        var thumbsUp = await alice.Http.PostAsJsonAsync($"/api/v1/chat/messages/{messageId}/reactions", new { emoji = "👍" });
        Assert.Equal(HttpStatusCode.Created, thumbsUp.StatusCode);
        var added = await bobSocket.WaitForTypeAsync("reaction");
        Assert.Equal(session, added.Str("chat_session_id"));
        Assert.Equal(messageId, added.Str("message_id"));
        Assert.Equal(alice.Id.ToString(), added.Str("user_id"));
        Assert.Equal("👍", added.Str("emoji"));
        Assert.Equal("added", added.Str("action"));
        Assert.Equal(1, added["counts"]!["👍"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await alice.Http.DeleteAsync($"/api/v1/chat/messages/{messageId}/reactions/{Uri.EscapeDataString("👍")}")).StatusCode);
        var removed = await bobSocket.WaitForTypeAsync("reaction");
        Assert.Equal("removed", removed.Str("action"));
        Assert.Empty(removed["counts"]!.AsObject());

        Assert.Equal(HttpStatusCode.OK, (await alice.Http.DeleteAsync($"/api/v1/chat/messages/{messageId}")).StatusCode);
        var deleted = await bobSocket.WaitForTypeAsync("message_deleted");
        Assert.Equal(session, deleted.Str("chat_session_id"));
        Assert.Equal(messageId, deleted.Str("id"));
        Assert.Equal(messageId, deleted.Str("message_id"));
        Assert.Equal(updated.Seq() + 1, deleted.Seq());

        await using var resumed = await platform.ConnectAsync(SessionSocket(session, bob, sinceSeq: 0));
        var replayed = new List<JsonObject>();
        while (replayed.Count < 3)
        {
            replayed.Add(await resumed.WaitForAsync(frame => frame["seq"] is not null));
        }
        Assert.Equal([message.Seq(), updated.Seq(), deleted.Seq()], replayed.Select(frame => frame.Seq()));
        Assert.Equal(["text", "message_updated", "message_deleted"], replayed.Select(frame => frame.Type()));
        Assert.Equal("second draft", replayed[1].Str("content"));
    }
}

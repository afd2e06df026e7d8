using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

/// <summary>PATCH and DELETE /api/v1/chat/messages/{id}: history, tombstones and the seq'd event messages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EditAndDeleteTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_author_edits_200_with_edited_at_history_shows_the_new_content_and_an_event_message_with_the_next_seq()
    {
        var alice = await TestUser.RegisterAsync(platform, "editor");
        var bob = await TestUser.RegisterAsync(platform, "watcher");
        var session = await alice.CreateSessionAsync("Edits", "group", bob.Id);
        var sent = await alice.SendAsync(session.Id(), "first draft");

        var edited = await (await alice.EditAsync(sent.Id(), "final text")).BodyAsync(HttpStatusCode.OK);

        Assert.Equal((sent.Id(), "final text", 1L), (edited.Id(), edited["content"]!.GetValue<string>(), edited["seq"]!.GetValue<long>()));
        Assert.EndsWith("Z", edited["edited_at"]!.GetValue<string>());
        var history = await bob.HistoryAsync(session.Id(), "?after_seq=0");
        Assert.Equal([1L, 2L], history.Seqs());
        Assert.Equal("final text", history["items"]![0]!["content"]!.GetValue<string>());
        var update = history["items"]![1]!;
        Assert.Equal(("system", "message_updated", sent.Id(), "final text"), (update["message_type"]!.GetValue<string>(), update.Event(),
            update["metadata"]!["message_id"]!.GetValue<string>(), update["metadata"]!["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Someone_else_editing_is_403_and_an_outsider_gets_404()
    {
        var alice = await TestUser.RegisterAsync(platform, "owner");
        var bob = await TestUser.RegisterAsync(platform, "other");
        var eve = await TestUser.RegisterAsync(platform, "outsider");
        var session = await alice.CreateSessionAsync("Not yours", "group", bob.Id);
        var sent = await alice.SendAsync(session.Id(), "mine");

        await ProblemAssert.IsProblemAsync(await bob.EditAsync(sent.Id(), "hijack"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await eve.EditAsync(sent.Id(), "hijack"), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await bob.DeleteMessageAsync(sent.Id()), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(["mine"], (await alice.HistoryAsync(session.Id())).Contents());
    }

    [Fact]
    public async Task The_author_deletes_a_tombstone_stays_in_history_with_an_event_message_and_deleting_again_is_200()
    {
        var alice = await TestUser.RegisterAsync(platform, "deleter");
        var session = await alice.CreateSessionAsync("Deletes");
        var sent = await alice.SendAsync(session.Id(), "oops");

        var tombstone = await (await alice.DeleteMessageAsync(sent.Id())).BodyAsync(HttpStatusCode.OK);
        var again = await (await alice.DeleteMessageAsync(sent.Id())).BodyAsync(HttpStatusCode.OK);

        Assert.True(tombstone["deleted"]!.GetValue<bool>());
        Assert.Equal("", tombstone["content"]!.GetValue<string>());
        Assert.Empty(tombstone["attachments"]!.AsArray());
        Assert.Empty(tombstone["mentions"]!.AsArray());
        Assert.Equal(tombstone.ToJsonString(), again.ToJsonString());
        var history = await alice.HistoryAsync(session.Id(), "?after_seq=0");
        Assert.Equal([1L, 2L], history.Seqs());
        Assert.True(history["items"]![0]!["deleted"]!.GetValue<bool>());
        Assert.Equal(("message_deleted", sent.Id()), (history["items"]![1]!.Event(), history["items"]![1]!["metadata"]!["message_id"]!.GetValue<string>()));
        await ProblemAssert.IsProblemAsync(await alice.EditAsync(sent.Id(), "resurrect"), HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task An_admin_deletes_someone_elses_message()
    {
        var alice = await TestUser.RegisterAsync(platform, "abuser");
        var admin = await TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);
        var session = await alice.CreateSessionAsync("Moderated");
        var sent = await alice.SendAsync(session.Id(), "something bad");

        var tombstone = await (await admin.DeleteMessageAsync(sent.Id())).BodyAsync(HttpStatusCode.OK);

        Assert.True(tombstone["deleted"]!.GetValue<bool>());
        var history = await alice.HistoryAsync(session.Id(), "?after_seq=0");
        Assert.Equal("", history["items"]![0]!["content"]!.GetValue<string>());
        Assert.Equal(admin.Id.ToString(), history["items"]![1]!["user_id"]!.GetValue<string>());
    }
}

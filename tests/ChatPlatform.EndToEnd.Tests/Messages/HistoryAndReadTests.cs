using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Messages.MessagesApi;

namespace ChatPlatform.EndToEnd.Tests.Messages;

/// <summary>SPEC.md section 3: history paging by seq, read cursors and the unread counts they drive.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HistoryAndReadTests(PlatformFixture platform)
{
    [Fact]
    public async Task History_pages_newest_first_and_after_seq_oldest_first()
    {
        var alice = await TestUser.RegisterAsync(platform, "pager");
        var session = await alice.CreateSessionAsync("Pages");
        for (var i = 1; i <= 5; i++)
        {
            await alice.SendAsync(session.Id(), $"m{i}");
        }

        var first = await alice.HistoryAsync(session.Id(), "?limit=2");
        Assert.Equal([5L, 4L], first.Seqs());
        var second = await alice.HistoryAsync(session.Id(), $"?limit=2&before_seq={first.NextCursor()}");
        Assert.Equal([3L, 2L], second.Seqs());
        var last = await alice.HistoryAsync(session.Id(), $"?limit=2&before_seq={second.NextCursor()}");
        Assert.Equal([1L], last.Seqs());
        Assert.Null(last.NextCursor());

        var catchUp = await alice.HistoryAsync(session.Id(), "?limit=3&after_seq=1&before_seq=");
        Assert.Equal([2L, 3L, 4L], catchUp.Seqs());
        Assert.Equal("4", catchUp.NextCursor());
        Assert.Equal([5L], (await alice.HistoryAsync(session.Id(), "?limit=3&after_seq=4")).Seqs());

        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync(MessagesPath(session.Id()) + "?limit=500"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Mark_read_moves_forward_only_and_drives_the_unread_count()
    {
        var alice = await TestUser.RegisterAsync(platform, "reader");
        var bob = await TestUser.RegisterAsync(platform, "writer");
        var session = await alice.CreateSessionAsync("Unread", "group", bob.Id);
        var sent = new List<JsonObject>();
        for (var i = 1; i <= 4; i++)
        {
            sent.Add(await bob.SendAsync(session.Id(), $"news {i}"));
        }
        var lastSeq = sent[^1]["seq"]!.GetValue<long>();

        var marked = await alice.MarkReadAsync(session.Id(), new { up_to_message_id = sent[2]["id"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var cursor = (await marked.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(session.Id(), cursor["chat_session_id"]!.GetValue<string>());
        Assert.Equal(alice.Id.ToString(), cursor["user_id"]!.GetValue<string>());
        var readUpTo = cursor["up_to_seq"]!.GetValue<long>();
        Assert.Equal(sent[2]["seq"]!.GetValue<long>(), readUpTo);

        var back = await (await alice.MarkReadAsync(session.Id(), new { up_to_seq = 1 })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(readUpTo, back!["up_to_seq"]!.GetValue<long>());

        var listed = await alice.GetJsonAsync($"{SessionsApi.SessionsPath}/{session.Id()}");
        Assert.Equal(lastSeq - readUpTo, listed["unread_count"]!.GetValue<long>());
        Assert.Equal(sent[^1]["id"]!.GetValue<string>(), listed["last_message"]!["id"]!.GetValue<string>());

        var beyond = await (await alice.MarkReadAsync(session.Id(), new { up_to_seq = 1000 })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(lastSeq, beyond!["up_to_seq"]!.GetValue<long>());
        Assert.Equal(0, (await alice.GetJsonAsync($"{SessionsApi.SessionsPath}/{session.Id()}"))["unread_count"]!.GetValue<long>());

        await ProblemAssert.IsProblemAsync(await alice.MarkReadAsync(session.Id(), new { }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Read_cursors_say_how_far_each_current_participant_has_read_latest_first()
    {
        var alice = await TestUser.RegisterAsync(platform, "author");
        var bob = await TestUser.RegisterAsync(platform, "slow-reader");
        var carol = await TestUser.RegisterAsync(platform, "fast-reader");
        var outsider = await TestUser.RegisterAsync(platform, "outsider");
        var session = await alice.CreateSessionAsync("Seen by", "group", bob.Id, carol.Id);
        for (var i = 1; i <= 3; i++)
        {
            await alice.SendAsync(session.Id(), $"news {i}");
        }
        Assert.Equal(HttpStatusCode.OK, (await bob.MarkReadAsync(session.Id(), new { up_to_seq = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carol.MarkReadAsync(session.Id(), new { up_to_seq = 3 })).StatusCode);
        var path = $"{SessionsApi.SessionsPath}/{session.Id()}/read-cursors";

        var all = await alice.GetJsonAsync(path);
        Assert.Equal([(carol.Id.ToString(), 3L), (bob.Id.ToString(), 2L)], Cursors(all));
        Assert.All(all["items"]!.AsArray(), c => Assert.Equal(session.Id(), c!["chat_session_id"]!.GetValue<string>()));
        Assert.Null(all["next_cursor"]);

        var first = await alice.GetJsonAsync(path + "?limit=1");
        Assert.Equal([(carol.Id.ToString(), 3L)], Cursors(first));
        var second = await alice.GetJsonAsync(path + $"?limit=1&cursor={first["next_cursor"]!.GetValue<string>()}");
        Assert.Equal([(bob.Id.ToString(), 2L)], Cursors(second));
        Assert.Null(second["next_cursor"]);

        Assert.Equal(HttpStatusCode.NoContent,
            (await carol.Http.DeleteAsync($"{SessionsApi.SessionsPath}/{session.Id()}/participants/{carol.Id}")).StatusCode);
        await EventuallyAsync(async () => Cursors(await alice.GetJsonAsync(path)) is [(var only, 2L)] && only == bob.Id.ToString() ? "" : null,
            "carol's cursor gone once she left");
        await ProblemAssert.IsProblemAsync(await outsider.Http.GetAsync(path), HttpStatusCode.NotFound, "not_found");
    }

    private static List<(string UserId, long UpToSeq)> Cursors(JsonObject page) =>
        page["items"]!.AsArray().Select(c => (c!["user_id"]!.GetValue<string>(), c["up_to_seq"]!.GetValue<long>())).ToList();

    [Fact]
    public async Task Adding_a_participant_leaves_a_participant_joined_system_message()
    {
        var alice = await TestUser.RegisterAsync(platform, "inviter");
        var bob = await TestUser.RegisterAsync(platform, "invitee");
        var session = await alice.CreateSessionAsync("Joins", "group");
        await alice.SendAsync(session.Id(), "welcome soon");

        var added = await alice.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{session.Id()}/participants", new { user_id = bob.Id });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var joined = await EventuallyAsync(async () =>
            (await alice.HistoryAsync(session.Id(), "?after_seq=1"))["items"]!.AsArray()
                .FirstOrDefault(m => m!["message_type"]!.GetValue<string>() == "system"), "the participant_joined message");
        Assert.Equal(2, joined["seq"]!.GetValue<long>());
        Assert.Equal("participant_joined", joined["metadata"]!["event"]!.GetValue<string>());
        Assert.Equal(bob.Id.ToString(), joined["metadata"]!["user_id"]!.GetValue<string>());
        Assert.Equal([2L, 1L], (await bob.HistoryAsync(session.Id())).Seqs());
    }
}

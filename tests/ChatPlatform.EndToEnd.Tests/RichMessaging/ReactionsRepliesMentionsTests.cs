using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

[Collection(PlatformCollection.Name)]
public sealed class ReactionsRepliesMentionsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Reactions_are_added_once_per_user_counted_per_emoji_and_removed()
    {
        var alice = await TestUser.RegisterAsync(platform, "reactor");
        var bob = await TestUser.RegisterAsync(platform, "reactor2");
        var session = await alice.CreateSessionAsync("Reactions", "group", bob.Id);
        var sent = await alice.SendAsync(session.Id(), "react to me");

        var first = await (await alice.ReactAsync(sent.Id(), "👍")).BodyAsync(HttpStatusCode.Created);
        var repeat = await (await alice.ReactAsync(sent.Id(), "👍")).BodyAsync(HttpStatusCode.OK);
        await (await bob.ReactAsync(sent.Id(), "👍")).BodyAsync(HttpStatusCode.Created);
        var both = await (await bob.ReactAsync(sent.Id(), "🎉")).BodyAsync(HttpStatusCode.Created);

        Assert.Equal(new Dictionary<string, int> { ["👍"] = 1 }, first["reactions"]!.Deserialize<Dictionary<string, int>>());
        Assert.Equal(1, repeat["reactions"]!["👍"]!.GetValue<int>());
        Assert.Equal((2, 1), (both["reactions"]!["👍"]!.GetValue<int>(), both["reactions"]!["🎉"]!.GetValue<int>()));

        var removed = await (await alice.UnreactAsync(sent.Id(), "👍")).BodyAsync(HttpStatusCode.OK);
        await (await alice.UnreactAsync(sent.Id(), "👍")).BodyAsync(HttpStatusCode.OK);
        Assert.Equal(1, removed["reactions"]!["👍"]!.GetValue<int>());
        var history = await alice.HistoryAsync(session.Id());
        Assert.Equal((1, 1), (history["items"]![0]!["reactions"]!["👍"]!.GetValue<int>(), history["items"]![0]!["reactions"]!["🎉"]!.GetValue<int>()));
        Assert.Equal([1L], history.Seqs());
        await ProblemAssert.IsProblemAsync(await alice.ReactAsync(sent.Id(), "two words"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_reply_to_a_message_of_another_session_is_400_and_to_one_of_this_session_is_kept()
    {
        var alice = await TestUser.RegisterAsync(platform, "replier");
        var here = await alice.CreateSessionAsync("Here");
        var there = await alice.CreateSessionAsync("There");
        var elsewhere = await alice.SendAsync(there.Id(), "elsewhere");
        var local = await alice.SendAsync(here.Id(), "local");

        var stray = await alice.PostMessageAsync(here.Id(), new { message_type = "text", content = "re", reply_to_id = elsewhere.Id() });
        var problem = await ProblemAssert.IsProblemAsync(stray, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["reply_to_id"]);

        var reply = await (await alice.PostMessageAsync(here.Id(), new { message_type = "text", content = "re", reply_to_id = local.Id() })).BodyAsync(HttpStatusCode.Created);
        Assert.Equal(local.Id(), reply["reply_to_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_at_mention_of_a_participant_by_id_or_email_fills_mentions()
    {
        var alice = await TestUser.RegisterAsync(platform, "mentioner");
        var bob = await TestUser.RegisterAsync(platform, "mentioned");
        var carol = await TestUser.RegisterAsync(platform, "bystander");
        var session = await alice.CreateSessionAsync("Mentions", "group", bob.Id);

        var byId = await alice.SendAsync(session.Id(), $"hey @{bob.Id}, and @{carol.Id} who is not here");
        Assert.Equal([bob.Id], byId.Guids("mentions"));

        // The e-mail is known to Messages once Identity's UserRegistered has been projected.
        var byEmail = await MessagesApi.EventuallyAsync(async () =>
        {
            var sent = await alice.SendAsync(session.Id(), $"ping @{bob.Email.ToUpperInvariant()}!");
            return sent.Guids("mentions").Count == 1 ? sent : null;
        }, "a mention by e-mail to be resolved");
        Assert.Equal([bob.Id], byEmail.Guids("mentions"));
    }
}

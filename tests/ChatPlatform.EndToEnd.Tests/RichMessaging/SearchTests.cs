using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

/// <summary>GET /api/v1/chat/search: full-text search over what the caller may read.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SearchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Search_returns_only_readable_undeleted_matches_newest_first()
    {
        var word = "zebra" + Guid.NewGuid().ToString("N")[..8];
        var alice = await TestUser.RegisterAsync(platform, "searcher");
        var eve = await TestUser.RegisterAsync(platform, "stranger");
        var mine = await alice.CreateSessionAsync("Mine");
        var theirs = await eve.CreateSessionAsync("Theirs");
        var older = await alice.SendAsync(mine.Id(), $"an older {word} sighting");
        var newer = await alice.SendAsync(mine.Id(), $"Another {word.ToUpperInvariant()} today");
        var gone = await alice.SendAsync(mine.Id(), $"deleted {word}");
        await alice.SendAsync(mine.Id(), "nothing to see");
        await eve.SendAsync(theirs.Id(), $"secret {word}");
        await (await alice.DeleteMessageAsync(gone.Id())).BodyAsync(HttpStatusCode.OK);

        var found = await (await alice.SearchAsync(word)).BodyAsync(HttpStatusCode.OK);

        Assert.Equal([newer.Id(), older.Id()], found.Ids());
        Assert.Null(found["next_cursor"]);
        var inSession = await (await alice.SearchAsync(word, mine.Id())).BodyAsync(HttpStatusCode.OK);
        Assert.Equal([newer.Id(), older.Id()], inSession.Ids());
        Assert.Equal(["secret " + word], (await (await eve.SearchAsync(word)).BodyAsync(HttpStatusCode.OK)).Contents());
    }

    [Fact]
    public async Task Search_without_q_is_400_and_in_a_session_the_caller_cannot_read_is_404()
    {
        var alice = await TestUser.RegisterAsync(platform, "searcher2");
        var eve = await TestUser.RegisterAsync(platform, "stranger2");
        var theirs = await eve.CreateSessionAsync("Private");

        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync("/api/v1/chat/search?q=%20"), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync("/api/v1/chat/search"), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(await alice.SearchAsync("anything", theirs.Id()), HttpStatusCode.NotFound, "not_found");
    }
}

using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Moderation.ModerationApi;

namespace ChatPlatform.EndToEnd.Tests.Moderation;

/// <summary>SPEC.md section 5 and the design: block, unblock and the caller's block list, through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BlockTests(PlatformFixture platform)
{
    [Fact]
    public async Task Blocking_twice_answers_the_same_block_lists_it_and_unblocking_twice_lifts_it_once()
    {
        var alice = await TestUser.RegisterAsync(platform, "blocker");
        var bob = await TestUser.RegisterAsync(platform, "blocked");

        var first = await (await alice.BlockAsync(bob.Id)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(bob.Id, first.GuidOf("user_id"));
        Assert.True(first["blocked"]!.GetValue<bool>());
        var createdAt = first.Text("created_at");
        var again = await (await alice.BlockAsync(bob.Id)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(first.ToJsonString(), again.ToJsonString());

        var list = await (await alice.Http.GetAsync(BlocksPath)).ReadJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(list.Items());
        Assert.Equal((bob.Id, createdAt), (item.GuidOf("user_id"), item.Text("created_at")));
        Assert.Null(list["next_cursor"]);
        Assert.Empty((await (await bob.Http.GetAsync(BlocksPath)).ReadJsonAsync(HttpStatusCode.OK)).Items());

        foreach (var _ in new[] { 1, 2 })
        {
            var lifted = await (await alice.UnblockAsync(bob.Id)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(bob.Id, lifted.GuidOf("user_id"));
            Assert.False(lifted["blocked"]!.GetValue<bool>());
        }
        Assert.Empty((await (await alice.Http.GetAsync(BlocksPath)).ReadJsonAsync(HttpStatusCode.OK)).Items());

        // One event each way: the repeated block and unblock published nothing.
        var admin = await platform.AdminAsync();
        await admin.AuditEntriesAsync($"actor_id={alice.Id}&action=unblock");
        var entries = await admin.AuditEntriesAsync($"actor_id={alice.Id}", count: 2);
        Assert.Equal(["user_unblocked", "user_blocked"], entries.Select(e => e.Text("action")));
    }

    [Fact]
    public async Task The_block_list_pages_newest_first_with_a_cursor()
    {
        var alice = await TestUser.RegisterAsync(platform, "pager");
        var blocked = new List<Guid>();
        foreach (var name in new[] { "one", "two", "three" })
        {
            var other = await TestUser.RegisterAsync(platform, name);
            Assert.Equal(HttpStatusCode.OK, (await alice.BlockAsync(other.Id)).StatusCode);
            blocked.Add(other.Id);
        }

        var first = await (await alice.Http.GetAsync($"{BlocksPath}?limit=2")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([blocked[2], blocked[1]], first.Items().Select(i => i.GuidOf("user_id")!.Value));
        var cursor = first["next_cursor"]!.GetValue<string>();
        var second = await (await alice.Http.GetAsync($"{BlocksPath}?limit=2&cursor={Uri.EscapeDataString(cursor)}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([blocked[0]], second.Items().Select(i => i.GuidOf("user_id")!.Value));
        Assert.Null(second["next_cursor"]);

        await ProblemAssert.IsProblemAsync(await alice.Http.GetAsync($"{BlocksPath}?cursor=garbage"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Blocking_yourself_or_no_valid_user_id_is_a_validation_error()
    {
        var alice = await TestUser.RegisterAsync(platform, "self");

        var self = await ProblemAssert.IsProblemAsync(await alice.BlockAsync(alice.Id), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(self["errors"]!["user_id"]);
        await ProblemAssert.IsProblemAsync(await alice.UnblockAsync(alice.Id), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(await alice.Http.PostAsJsonAsync(BlockPath, new { }), HttpStatusCode.BadRequest, "validation_failed");
        var malformed = await ProblemAssert.IsProblemAsync(
            await alice.Http.PostAsJsonAsync(BlockPath, new { user_id = "not-a-uuid" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(malformed["errors"]!["user_id"]);
        await ProblemAssert.IsProblemAsync(await alice.Http.PostAsJsonAsync(BlockPath, new { user_id = Guid.Empty }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Empty((await (await alice.Http.GetAsync(BlocksPath)).ReadJsonAsync(HttpStatusCode.OK)).Items());
    }

    [Fact]
    public async Task Blocking_a_user_who_does_not_exist_is_404()
    {
        var alice = await TestUser.RegisterAsync(platform, "ghostbuster");

        await ProblemAssert.IsProblemAsync(await alice.BlockAsync(Guid.CreateVersion7()), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await (await alice.Http.GetAsync(BlocksPath)).ReadJsonAsync(HttpStatusCode.OK)).Items());
    }

    [Fact]
    public async Task Without_a_token_every_block_path_is_401()
    {
        var anonymous = platform.CreateClient();
        var target = new { user_id = Guid.CreateVersion7() };

        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync(BlockPath, target), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync(UnblockPath, target), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(BlocksPath), HttpStatusCode.Unauthorized, "unauthorized");
    }
}

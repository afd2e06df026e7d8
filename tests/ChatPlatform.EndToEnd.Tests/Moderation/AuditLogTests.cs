using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Moderation.ModerationApi;

namespace ChatPlatform.EndToEnd.Tests.Moderation;

/// <summary>SPEC.md section 5: the audit log fills from every service's events and is readable by admins only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_block_and_an_unblock_are_audited_with_the_blocker_as_actor()
    {
        var admin = await platform.AdminAsync();
        var alice = await TestUser.RegisterAsync(platform, "auditblocker");
        var bob = await TestUser.RegisterAsync(platform, "auditblocked");

        Assert.Equal(HttpStatusCode.OK, (await alice.BlockAsync(bob.Id)).StatusCode);
        var blocked = Assert.Single(await admin.AuditEntriesAsync($"actor_id={alice.Id}&action=block"));
        Assert.Equal(("user_blocked", alice.Id, bob.Id), (blocked.Text("action"), blocked.GuidOf("actor_id"), blocked.GuidOf("target_user_id")));
        Assert.Null(blocked["session_id"]);
        Assert.NotNull(blocked["id"]);
        Assert.NotNull(blocked["occurred_at"]);
        Assert.IsType<JsonObject>(blocked["details"]);

        Assert.Equal(HttpStatusCode.OK, (await alice.UnblockAsync(bob.Id)).StatusCode);
        var unblocked = Assert.Single(await admin.AuditEntriesAsync($"actor_id={alice.Id}&action=unblock"));
        Assert.Equal(("user_unblocked", bob.Id), (unblocked.Text("action"), unblocked.GuidOf("target_user_id")));
        Assert.Single((await admin.AuditLogAsync($"actor_id={alice.Id}&action=user_unblocked")).Items());
    }

    [Fact]
    public async Task A_session_created_joined_and_closed_is_audited_under_its_id_newest_first()
    {
        var admin = await platform.AdminAsync();
        var owner = await TestUser.RegisterAsync(platform, "auditowner");
        var guest = await TestUser.RegisterAsync(platform, "auditguest");
        var session = await owner.CreateSessionAsync("Audited");
        var sessionId = Guid.Parse(session.Id());
        Assert.Equal(HttpStatusCode.Created,
            (await owner.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{sessionId}/participants", new { user_id = guest.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.PostAsJsonAsync($"{SessionsApi.SessionsPath}/{sessionId}/close", new { })).StatusCode);

        var entries = await admin.AuditEntriesAsync($"session_id={sessionId}", count: 3);
        Assert.Equal(["session_closed", "participant_added", "session_created"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e => Assert.Equal((owner.Id, sessionId), (e.GuidOf("actor_id"), e.GuidOf("session_id"))));
        Assert.Equal(guest.Id, entries[1].GuidOf("target_user_id"));
        Assert.Equal("Audited", entries[2]["details"]!["title"]!.GetValue<string>());

        var added = Assert.Single((await admin.AuditLogAsync($"session_id={sessionId}&action=participant_added&actor_id={owner.Id}")).Items());
        Assert.Equal(guest.Id, added.GuidOf("target_user_id"));
        Assert.Empty((await admin.AuditLogAsync($"session_id={sessionId}&actor_id={guest.Id}")).Items());
    }

    [Fact]
    public async Task A_role_change_is_audited_with_the_admin_as_actor()
    {
        var admin = await platform.AdminAsync();
        var user = await TestUser.RegisterAsync(platform, "promoted");

        var put = await admin.Http.PutAsJsonAsync($"/api/v1/auth/users/{user.Id}/roles", new { roles = new[] { "user", "agent" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var entry = Assert.Single(await admin.AuditEntriesAsync($"target_user_id={user.Id}&action=role_change"));
        Assert.Equal(("roles_changed", admin.Id), (entry.Text("action"), entry.GuidOf("actor_id")));
        Assert.Contains("agent", entry["details"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains((await admin.AuditEntriesAsync($"actor_id={admin.Id}&action=roles_changed")), e => e.GuidOf("target_user_id") == user.Id);
    }

    [Fact]
    public async Task A_failed_login_is_audited_with_the_account_tried_as_actor()
    {
        var admin = await platform.AdminAsync();
        var user = await TestUser.RegisterAsync(platform, "forgetful");

        var login = await platform.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        var entry = Assert.Single(await admin.AuditEntriesAsync($"actor_id={user.Id}&action=login_failed"));
        Assert.Equal(user.Id, entry.GuidOf("target_user_id"));
        Assert.Equal(user.Email, entry["details"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_without_overlap()
    {
        var admin = await platform.AdminAsync();
        var actor = await TestUser.RegisterAsync(platform, "busy");
        var targets = new List<TestUser>();
        foreach (var name in new[] { "p1", "p2", "p3" })
        {
            var target = await TestUser.RegisterAsync(platform, name);
            Assert.Equal(HttpStatusCode.OK, (await actor.BlockAsync(target.Id)).StatusCode);
            targets.Add(target);
        }
        Assert.Equal(HttpStatusCode.OK, (await actor.UnblockAsync(targets[0].Id)).StatusCode);
        var all = await admin.AuditEntriesAsync($"actor_id={actor.Id}", count: 4);
        Assert.Equal(4, all.Count);

        var first = await admin.AuditLogAsync($"actor_id={actor.Id}&limit=3");
        var cursor = first["next_cursor"]!.GetValue<string>();
        var second = await admin.AuditLogAsync($"actor_id={actor.Id}&limit=3&cursor={Uri.EscapeDataString(cursor)}");
        Assert.Null(second["next_cursor"]);
        var paged = first.Items().Concat(second.Items()).ToList();
        Assert.Equal(all.Select(e => e.Text("id")), paged.Select(e => e.Text("id")));
        Assert.Equal(3, first.Items().Count);
        Assert.Equal(paged.Select(e => DateTimeOffset.Parse(e.Text("occurred_at"))).OrderDescending(), paged.Select(e => DateTimeOffset.Parse(e.Text("occurred_at"))));
        Assert.Equal("user_unblocked", paged[0].Text("action"));
        Assert.Equal([targets[2].Id, targets[1].Id, targets[0].Id], paged.Skip(1).Select(e => e.GuidOf("target_user_id")!.Value));
        Assert.Equal(3, (await admin.AuditLogAsync($"actor_id={actor.Id}&action=block")).Items().Count);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("action=nonsense", "action")]
    [InlineData("actor_id=not-a-uuid", "actor_id")]
    [InlineData("session_id=42", "session_id")]
    public async Task Bad_filters_are_validation_errors(string query, string field)
    {
        var admin = await platform.AdminAsync();

        var problem = await ProblemAssert.IsProblemAsync(await admin.Http.GetAsync($"{AuditLogPath}?{query}"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        var user = await TestUser.RegisterAsync(platform, "curious");
        var agent = await TestUser.LoginAsync(platform, platform.AgentEmail, platform.AgentPassword);

        await ProblemAssert.IsProblemAsync(await user.Http.GetAsync(AuditLogPath), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await agent.Http.GetAsync($"{AuditLogPath}?actor_id={user.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await platform.CreateClient().GetAsync(AuditLogPath), HttpStatusCode.Unauthorized, "unauthorized");
    }
}

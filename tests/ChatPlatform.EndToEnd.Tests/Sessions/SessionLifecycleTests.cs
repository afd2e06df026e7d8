using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>SPEC.md section 3 "Sessions": create, read, list and close through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionLifecycleTests(PlatformFixture platform)
{
    [Fact]
    public async Task Created_group_session_has_the_full_shape_and_both_participants_can_read_it()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var bob = await TestUser.RegisterAsync(platform, "bob");

        var response = await alice.Http.PostAsJsonAsync(SessionsPath, new { title = "Planning", kind = "group", participant_ids = new[] { bob.Id } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.EndsWith($"{SessionsPath}/{session.Id()}", response.Headers.Location!.ToString());

        Assert.True(Guid.TryParse(session.Id(), out _));
        Assert.Equal("Planning", session["title"]!.GetValue<string>());
        Assert.Equal("group", session["kind"]!.GetValue<string>());
        Assert.Equal("open", session["status"]!.GetValue<string>());
        Assert.Equal(alice.Id.ToString(), session["created_by"]!.GetValue<string>());
        Assert.True(session["created_at"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Null(session["closed_at"]);
        Assert.Null(session["room_id"]);
        Assert.Equal([alice.Id, bob.Id], session.Guids("participant_ids"));
        Assert.Equal(0, session["unread_count"]!.GetValue<int>());
        Assert.True(session.ContainsKey("last_message"));
        Assert.True(session.ContainsKey("feedback"));
        Assert.Null(session["feedback"]);

        Assert.Equal(session.Id(), (await bob.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Id());
        Assert.Equal(session.Id(), (await alice.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Id());
    }

    [Fact]
    public async Task List_holds_my_sessions_only_most_recent_first_in_pages()
    {
        var carol = await TestUser.RegisterAsync(platform, "carol");
        var dave = await TestUser.RegisterAsync(platform, "dave");
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await carol.CreateSessionAsync($"Chat {i}")).Id());
        }
        var davesOwn = await dave.CreateSessionAsync("Dave's");

        var first = await carol.GetJsonAsync($"{SessionsPath}?limit=2");
        Assert.Equal([created[2], created[1]], first.Ids());
        var cursor = first["next_cursor"]!.GetValue<string>();
        var second = await carol.GetJsonAsync($"{SessionsPath}?limit=2&cursor={Uri.EscapeDataString(cursor)}");
        Assert.Equal([created[0]], second.Ids());
        Assert.Null(second["next_cursor"]);

        var items = (await carol.GetJsonAsync(SessionsPath))["items"]!.AsArray();
        Assert.DoesNotContain(davesOwn.Id(), items.Select(item => item!.Id()));
        Assert.All(items, item =>
        {
            Assert.Equal(0, item!["unread_count"]!.GetValue<int>());
            Assert.True(item.AsObject().ContainsKey("last_message"));
        });
    }

    [Fact]
    public async Task Bad_list_parameters_are_validation_problems()
    {
        var user = await TestUser.RegisterAsync(platform, "pager");
        await ProblemAssert.IsProblemAsync(await user.Http.GetAsync($"{SessionsPath}?limit=0"), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.IsProblemAsync(await user.Http.GetAsync($"{SessionsPath}?cursor=nonsense"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Direct_session_needs_exactly_one_other_user_and_is_reused_while_open()
    {
        var erin = await TestUser.RegisterAsync(platform, "erin");
        var frank = await TestUser.RegisterAsync(platform, "frank");
        var grace = await TestUser.RegisterAsync(platform, "grace");

        var direct = await erin.CreateSessionAsync("Erin and Frank", "direct", frank.Id);
        Assert.Equal("direct", direct["kind"]!.GetValue<string>());
        Assert.Equal("open", direct["status"]!.GetValue<string>());
        Assert.Equal(direct.Id(), (await frank.CreateSessionAsync("Again", "direct", erin.Id)).Id());

        var tooMany = await erin.Http.PostAsJsonAsync(SessionsPath, new { title = "x", kind = "direct", participant_ids = new[] { frank.Id, grace.Id } });
        var problem = await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["participant_ids"]);
        var alone = await erin.Http.PostAsJsonAsync(SessionsPath, new { title = "x", kind = "direct" });
        await ProblemAssert.IsProblemAsync(alone, HttpStatusCode.BadRequest, "validation_failed");

        var adding = await erin.Http.PostAsJsonAsync($"{SessionsPath}/{direct.Id()}/participants", new { user_id = grace.Id });
        await ProblemAssert.IsProblemAsync(adding, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Support_session_starts_waiting_with_the_customer_alone()
    {
        var customer = await TestUser.RegisterAsync(platform, "customer");
        var session = await customer.CreateSessionAsync("My order is late", "support");
        Assert.Equal("support", session["kind"]!.GetValue<string>());
        Assert.Equal("waiting", session["status"]!.GetValue<string>());
        Assert.Equal([customer.Id], session.Guids("participant_ids"));
    }

    [Fact]
    public async Task Invalid_create_requests_are_problems_not_server_errors()
    {
        var user = await TestUser.RegisterAsync(platform, "invalid");

        var noTitle = await user.Http.PostAsJsonAsync(SessionsPath, new { kind = "group" });
        Assert.NotNull((await ProblemAssert.IsProblemAsync(noTitle, HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["title"]);
        var badKind = await user.Http.PostAsJsonAsync(SessionsPath, new { title = "x", kind = "broadcast" });
        Assert.NotNull((await ProblemAssert.IsProblemAsync(badKind, HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["kind"]);

        using var malformed = new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.IsProblemAsync(await user.Http.PostAsync(SessionsPath, malformed), HttpStatusCode.BadRequest, "validation_failed");

        var unknownRoom = await user.Http.PostAsJsonAsync(SessionsPath, new { title = "x", room_id = Guid.NewGuid() });
        await ProblemAssert.IsProblemAsync(unknownRoom, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Idempotency_key_retry_returns_the_first_session()
    {
        var user = await TestUser.RegisterAsync(platform, "retry");
        var key = Guid.NewGuid().ToString();
        var ids = new List<string>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SessionsPath) { Content = JsonContent.Create(new { title = "Once" }) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await user.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!.Id());
        }
        Assert.Equal(ids[0], ids[1]);
        Assert.Single((await user.GetJsonAsync(SessionsPath)).Ids());
    }

    [Fact]
    public async Task Close_with_feedback_then_again_is_idempotent_and_different_feedback_conflicts()
    {
        var customer = await TestUser.RegisterAsync(platform, "closer");
        var session = await customer.CreateSessionAsync("Help", "support");
        var close = $"{SessionsPath}/{session.Id()}/close";

        var badRating = await customer.Http.PostAsJsonAsync(close, new { feedback = new { rating = 6, comment = "too good" } });
        await ProblemAssert.IsProblemAsync(badRating, HttpStatusCode.BadRequest, "validation_failed");

        var closed = await customer.Http.PostAsJsonAsync(close, new { feedback = new { rating = 4, comment = "Quick answer" } });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var body = (await closed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("closed", body["status"]!.GetValue<string>());
        Assert.NotNull(body["closed_at"]);
        Assert.Equal(4, body["feedback"]!["rating"]!.GetValue<int>());
        Assert.Equal("Quick answer", body["feedback"]!["comment"]!.GetValue<string>());

        var again = await customer.Http.PostAsync(close, null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("closed", (await again.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());

        var different = await customer.Http.PostAsJsonAsync(close, new { feedback = new { rating = 1, comment = "changed my mind" } });
        await ProblemAssert.IsProblemAsync(different, HttpStatusCode.Conflict, "session_closed");

        var stranger = await TestUser.RegisterAsync(platform, "latecomer");
        var adding = await customer.Http.PostAsJsonAsync($"{SessionsPath}/{session.Id()}/participants", new { user_id = stranger.Id });
        await ProblemAssert.IsProblemAsync(adding, HttpStatusCode.Conflict, "session_closed");

        Assert.Equal("closed", (await customer.GetJsonAsync($"{SessionsPath}/{session.Id()}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admins_see_any_session()
    {
        var owner = await TestUser.RegisterAsync(platform, "private");
        var session = await owner.CreateSessionAsync("Not yours");
        var admin = await TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);
        Assert.Equal(session.Id(), (await admin.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Id());
    }

    [Fact]
    public async Task Without_a_token_every_session_path_is_401()
    {
        using var anonymous = platform.CreateClient();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(SessionsPath), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync(SessionsPath, new { title = "x" }), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync(RoomsPath), HttpStatusCode.Unauthorized, "unauthorized");
    }
}

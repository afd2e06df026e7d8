using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;
using static ChatPlatform.EndToEnd.Tests.Support.SupportApi;

namespace ChatPlatform.EndToEnd.Tests.Support;

/// <summary>The support desk through the gateway: queue, racing accepts, transfer, first response, CSAT and resolution time.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportDeskTests(PlatformFixture platform)
{
    /// <summary>The whole queue as long as the run has fewer than 200 waiting sessions (oldest first).</summary>
    private const string FullQueue = QueuePath + "?limit=200";

    [Fact]
    public async Task Customer_waits_in_the_queue_two_agents_race_one_wins_transfer_moves_access_and_close_records_csat()
    {
        var customer = await TestUser.RegisterAsync(platform, "customer");
        var seededAgent = await platform.SeededAgentAsync();
        var newAgent = await platform.NewAgentAsync("second-agent");

        var older = await customer.CreateSessionAsync("Older question", "support");
        var session = await customer.CreateSessionAsync("My order never arrived", "support");
        var id = session.Id();
        Assert.Equal("waiting", session["status"]!.GetValue<string>());
        Assert.Null(session["assigned_agent_id"]);

        // Oldest first, with how long each has waited.
        var queue = await seededAgent.GetJsonAsync(FullQueue);
        var ids = queue.Ids();
        Assert.True(ids.IndexOf(older.Id()) < ids.IndexOf(id) && ids.IndexOf(older.Id()) >= 0);
        var queued = queue["items"]!.AsArray().Single(item => item!.Id() == id)!;
        Assert.True(queued["wait_seconds"]!.GetValue<double>() >= 0);
        Assert.Equal("waiting", queued["status"]!.GetValue<string>());

        // Both accept at once, twice each: exactly one request wins, every other one is 409 already_assigned.
        TestUser[] racers = [seededAgent, newAgent, seededAgent, newAgent];
        var responses = await Task.WhenAll(racers.Select(agent => agent.AcceptAsync(id)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var winnerIndex = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
        var winner = racers[winnerIndex];
        var loser = winner == seededAgent ? newAgent : seededAgent;
        foreach (var lost in responses.Where((_, index) => index != winnerIndex))
        {
            await ProblemAssert.IsProblemAsync(lost, HttpStatusCode.Conflict, "already_assigned");
        }
        var accepted = (await responses[winnerIndex].Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("assigned", accepted["status"]!.GetValue<string>());
        Assert.Equal(winner.Id, accepted.Guid("assigned_agent_id"));
        Assert.Equal([customer.Id, winner.Id], accepted.Guids("participant_ids"));

        // A later accept, even by the winner, is a conflict too; the session has left the queue.
        await ProblemAssert.IsProblemAsync(await loser.AcceptAsync(id), HttpStatusCode.Conflict, "already_assigned");
        Assert.DoesNotContain(id, (await loser.GetJsonAsync(FullQueue)).Ids());

        // The agent's first message sets the first response time (through Messages' MessagePosted).
        await winner.SendAsync(id, "Hello, let me look into it.");
        var answered = await MessagesApi.EventuallyAsync(async () =>
        {
            var current = await winner.GetJsonAsync($"{SessionsPath}/{id}");
            return current["first_response_seconds"] is not null ? current : null;
        }, "the first response time");
        Assert.True(answered["first_response_seconds"]!.GetValue<double>() >= 0);
        Assert.NotNull(answered["first_response_at"]);

        // Transfer to the other agent: the previous one leaves and loses access to the session and its messages.
        var transferred = await winner.TransferWhenKnownAsync(id, loser.Id);
        Assert.Equal("transferred", transferred["status"]!.GetValue<string>());
        Assert.Equal(loser.Id, transferred.Guid("assigned_agent_id"));
        Assert.Equal([customer.Id, loser.Id], transferred.Guids("participant_ids"));
        await ProblemAssert.IsProblemAsync(await winner.Http.GetAsync($"{SessionsPath}/{id}"), HttpStatusCode.NotFound, "not_found");
        await MessagesApi.EventuallyAsync(async () =>
            (await winner.Http.GetAsync(MessagesApi.MessagesPath(id))).StatusCode == HttpStatusCode.NotFound ? "gone" : null,
            "Messages to drop the previous agent from the session");
        await ProblemAssert.IsProblemAsync(await winner.Http.GetAsync(MessagesApi.MessagesPath(id)), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await loser.Http.GetAsync($"{SessionsPath}/{id}")).StatusCode);

        // Close with CSAT: the rating must be 1..5; the resolution time is recorded.
        var badRating = await customer.Http.PostAsJsonAsync($"{SessionsPath}/{id}/close", new { feedback = new { rating = 6, comment = "too good" } });
        var problem = await ProblemAssert.IsProblemAsync(badRating, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["feedback.rating"]);
        var close = await customer.Http.PostAsJsonAsync($"{SessionsPath}/{id}/close", new { feedback = new { rating = 5, comment = "Sorted quickly" } });
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closed = (await close.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Equal(5, closed["feedback"]!["rating"]!.GetValue<int>());
        Assert.Equal("Sorted quickly", closed["feedback"]!["comment"]!.GetValue<string>());
        Assert.True(closed["resolution_seconds"]!.GetValue<double>() > 0);
        var seenByAgent = await loser.GetJsonAsync($"{SessionsPath}/{id}");
        Assert.Equal(closed["resolution_seconds"]!.GetValue<double>(), seenByAgent["resolution_seconds"]!.GetValue<double>());
        Assert.Equal(answered["first_response_seconds"]!.GetValue<double>(), seenByAgent["first_response_seconds"]!.GetValue<double>());

        // A closed session can be neither accepted nor transferred.
        await ProblemAssert.IsProblemAsync(await winner.AcceptAsync(id), HttpStatusCode.Conflict, "session_closed");
        await ProblemAssert.IsProblemAsync(await loser.TransferAsync(id, winner.Id), HttpStatusCode.Conflict, "session_closed");
    }

    [Fact]
    public async Task Plain_users_get_403_on_the_queue_and_accept_and_only_the_assigned_agent_transfers()
    {
        var customer = await TestUser.RegisterAsync(platform, "customer");
        var stranger = await TestUser.RegisterAsync(platform, "stranger");
        var agent = await platform.NewAgentAsync("first-agent");
        var otherAgent = await platform.NewAgentAsync("other-agent");
        var id = (await customer.CreateSessionAsync("Billing", "support")).Id();

        await ProblemAssert.IsProblemAsync(await customer.Http.GetAsync(QueuePath), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await stranger.AcceptAsync(id), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await customer.AcceptAsync(id), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.CreateClient().GetAsync(QueuePath)).StatusCode);

        // Unknown ids and sessions that are not support sessions are 404 to agents.
        await ProblemAssert.IsProblemAsync(await agent.AcceptAsync(Guid.NewGuid().ToString()), HttpStatusCode.NotFound, "not_found");
        var group = await customer.CreateSessionAsync("Team", "group", stranger.Id);
        await ProblemAssert.IsProblemAsync(await agent.AcceptAsync(group.Id()), HttpStatusCode.NotFound, "not_found");

        // Transferring a waiting session is a conflict: accept it first.
        await ProblemAssert.IsProblemAsync(await (await platform.AdminAsync()).TransferAsync(id, agent.Id), HttpStatusCode.Conflict, "conflict");

        Assert.Equal(HttpStatusCode.OK, (await agent.AcceptAsync(id)).StatusCode);
        await ProblemAssert.IsProblemAsync(await customer.TransferAsync(id, otherAgent.Id), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await otherAgent.TransferAsync(id, otherAgent.Id), HttpStatusCode.NotFound, "not_found");
        var notAnAgent = await ProblemAssert.IsProblemAsync(await agent.TransferAsync(id, stranger.Id), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(notAnAgent["errors"]!["agent_id"]);
        await ProblemAssert.IsProblemAsync(await agent.TransferAsync(id, Guid.NewGuid()), HttpStatusCode.BadRequest, "validation_failed");
        var missing = await agent.Http.PostAsJsonAsync(TransferPath(id), new { });
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest, "validation_failed");

        // An admin may transfer a session they are not part of.
        var admin = await platform.AdminAsync();
        var moved = await admin.TransferWhenKnownAsync(id, otherAgent.Id);
        Assert.Equal(otherAgent.Id, moved.Guid("assigned_agent_id"));
    }
}

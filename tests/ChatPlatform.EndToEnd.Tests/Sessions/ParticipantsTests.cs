using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>SPEC.md section 3: a session's participants, added and removed through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ParticipantsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Adding_someone_lets_them_in_once_and_lists_them()
    {
        var owner = await TestUser.RegisterAsync(platform, "host");
        var guest = await TestUser.RegisterAsync(platform, "guest");
        var session = await owner.CreateSessionAsync("Team");
        var participants = $"{SessionsPath}/{session.Id()}/participants";

        var added = await owner.Http.PostAsJsonAsync(participants, new { user_id = guest.Id });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var participant = (await added.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(guest.Id.ToString(), participant["user_id"]!.GetValue<string>());
        Assert.Equal("member", participant["role_in_session"]!.GetValue<string>());
        Assert.NotNull(participant["joined_at"]);

        var again = await owner.Http.PostAsJsonAsync(participants, new { user_id = guest.Id });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var list = await guest.GetJsonAsync(participants);
        Assert.Null(list["next_cursor"]);
        var items = list["items"]!.AsArray();
        Assert.Equal([owner.Id.ToString(), guest.Id.ToString()], items.Select(i => i!["user_id"]!.GetValue<string>()));
        Assert.Equal("owner", items[0]!["role_in_session"]!.GetValue<string>());

        Assert.Equal([owner.Id, guest.Id], (await guest.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Guids("participant_ids"));
        Assert.Contains(session.Id(), (await guest.GetJsonAsync(SessionsPath)).Ids());
    }

    [Fact]
    public async Task Anyone_may_leave_but_only_the_creator_removes_others()
    {
        var owner = await TestUser.RegisterAsync(platform, "creator");
        var bob = await TestUser.RegisterAsync(platform, "member-b");
        var carol = await TestUser.RegisterAsync(platform, "member-c");
        var session = await owner.CreateSessionAsync("Crew", "group", bob.Id, carol.Id);
        var participants = $"{SessionsPath}/{session.Id()}/participants";

        await ProblemAssert.IsProblemAsync(await bob.Http.DeleteAsync($"{participants}/{carol.Id}"), HttpStatusCode.Forbidden, "forbidden");

        Assert.Equal(HttpStatusCode.NoContent, (await carol.Http.DeleteAsync($"{participants}/{carol.Id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await carol.Http.GetAsync($"{SessionsPath}/{session.Id()}"), HttpStatusCode.NotFound, "not_found");

        Assert.Equal(HttpStatusCode.NoContent, (await owner.Http.DeleteAsync($"{participants}/{bob.Id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await bob.Http.GetAsync(participants), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await owner.Http.DeleteAsync($"{participants}/{bob.Id}"), HttpStatusCode.NotFound, "not_found");

        Assert.Equal([owner.Id], (await owner.GetJsonAsync($"{SessionsPath}/{session.Id()}")).Guids("participant_ids"));
    }

    [Fact]
    public async Task Adding_without_a_user_id_is_a_validation_problem()
    {
        var owner = await TestUser.RegisterAsync(platform, "adder");
        var session = await owner.CreateSessionAsync("Team");
        var response = await owner.Http.PostAsJsonAsync($"{SessionsPath}/{session.Id()}/participants", new { });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }
}

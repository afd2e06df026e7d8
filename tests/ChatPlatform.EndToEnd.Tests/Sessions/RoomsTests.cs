using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>SPEC.md section 3 "Rooms": group channels with one group session each.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RoomsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Created_room_has_its_shape_and_the_creator_in_its_session()
    {
        var owner = await TestUser.RegisterAsync(platform, "roomowner");
        var room = await owner.CreateRoomAsync("General");

        Assert.True(Guid.TryParse(room.Id(), out _));
        Assert.Equal("General", room["name"]!.GetValue<string>());
        Assert.Equal("About General", room["description"]!.GetValue<string>());
        Assert.False(room["is_private"]!.GetValue<bool>());
        Assert.Equal(owner.Id.ToString(), room["created_by"]!.GetValue<string>());
        Assert.NotNull(room["created_at"]);

        var session = await owner.GetJsonAsync($"{SessionsPath}/{room["session_id"]!.GetValue<string>()}");
        Assert.Equal("group", session["kind"]!.GetValue<string>());
        Assert.Equal(room.Id(), session["room_id"]!.GetValue<string>());
        Assert.Equal([owner.Id], session.Guids("participant_ids"));
    }

    [Fact]
    public async Task Joining_twice_is_a_no_op_that_returns_the_rooms_session()
    {
        var owner = await TestUser.RegisterAsync(platform, "host-room");
        var joiner = await TestUser.RegisterAsync(platform, "joiner");
        var room = await owner.CreateRoomAsync("Lobby");

        var sessions = new List<JsonObject>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var response = await joiner.Http.PostAsync($"{RoomsPath}/{room.Id()}/join", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            sessions.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!);
        }
        Assert.All(sessions, s => Assert.Equal(room["session_id"]!.GetValue<string>(), s.Id()));
        Assert.Equal([owner.Id, joiner.Id], sessions[1].Guids("participant_ids"));
        Assert.Equal([owner.Id, joiner.Id], (await owner.GetJsonAsync($"{SessionsPath}/{sessions[0].Id()}")).Guids("participant_ids"));
    }

    [Fact]
    public async Task Private_rooms_are_listed_and_joinable_only_by_their_members()
    {
        var owner = await TestUser.RegisterAsync(platform, "secret-owner");
        var outsider = await TestUser.RegisterAsync(platform, "secret-outsider");
        var publicRoom = await owner.CreateRoomAsync("Open floor");
        var privateRoom = await owner.CreateRoomAsync("Back office", isPrivate: true);
        Assert.True(privateRoom["is_private"]!.GetValue<bool>());

        var visibleToOutsider = await AllRoomIdsAsync(outsider);
        Assert.Contains(publicRoom.Id(), visibleToOutsider);
        Assert.DoesNotContain(privateRoom.Id(), visibleToOutsider);
        var visibleToOwner = await AllRoomIdsAsync(owner);
        Assert.Contains(privateRoom.Id(), visibleToOwner);

        var join = await outsider.Http.PostAsync($"{RoomsPath}/{privateRoom.Id()}/join", null);
        await ProblemAssert.IsProblemAsync(join, HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await outsider.Http.PostAsync($"{RoomsPath}/{Guid.NewGuid()}/join", null), HttpStatusCode.NotFound, "not_found");

        var invite = await owner.Http.PostAsJsonAsync($"{SessionsPath}/{privateRoom["session_id"]!.GetValue<string>()}/participants", new { user_id = outsider.Id });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        Assert.Contains(privateRoom.Id(), await AllRoomIdsAsync(outsider));
    }

    [Fact]
    public async Task Room_without_a_name_is_a_validation_problem()
    {
        var user = await TestUser.RegisterAsync(platform, "nameless");
        var response = await user.Http.PostAsJsonAsync(RoomsPath, new { description = "no name" });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["name"]);
    }

    private static async Task<List<string>> AllRoomIdsAsync(TestUser user)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await user.GetJsonAsync(cursor is null ? $"{RoomsPath}?limit=200" : $"{RoomsPath}?limit=200&cursor={Uri.EscapeDataString(cursor)}");
            ids.AddRange(page.Ids());
            cursor = page["next_cursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return ids;
    }
}

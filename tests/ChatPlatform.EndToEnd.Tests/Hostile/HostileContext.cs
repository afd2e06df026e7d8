using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// A caller with a session and one acknowledged message, to aim hostile input at; afterwards
/// <see cref="AssertStillWorkingAsync"/> proves the services still serve and the acknowledged message is intact.
/// </summary>
internal sealed record HostileContext(TestUser Caller, string SessionId, string ThrowawaySessionId, JsonObject Acknowledged)
{
    public static async Task<HostileContext> CreateAsync(PlatformFixture platform)
    {
        var caller = await platform.AdminAsync();
        var session = (await caller.CreateSessionAsync($"hostile-{Guid.NewGuid():N}", "group")).Id();
        var throwaway = (await caller.CreateSessionAsync($"throwaway-{Guid.NewGuid():N}", "group")).Id();
        var acknowledged = await caller.SendAsync(session, "acknowledged before the storm", $"before-{Guid.NewGuid():N}");
        return new HostileContext(caller, session, throwaway, acknowledged);
    }

    public string Fill(string template) => template
        .Replace("{session}", SessionId, StringComparison.Ordinal)
        .Replace("{throwaway}", ThrowawaySessionId, StringComparison.Ordinal)
        .Replace("{message}", Acknowledged.Id(), StringComparison.Ordinal)
        .Replace("{user}", Caller.Id.ToString(), StringComparison.Ordinal);

    /// <summary>A new user added to the session, once its participant_joined system message is in the history.</summary>
    public async Task<TestUser> AddParticipantAsync(PlatformFixture platform, string name)
    {
        var user = await TestUser.RegisterAsync(platform, name);
        var added = await Caller.Http.PostAsJsonAsync($"/api/v1/chat/sessions/{SessionId}/participants", new { user_id = user.Id });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var history = await Caller.HistoryAsync(SessionId, "?after_seq=0&limit=200");
            if (history["items"]!.AsArray().Any(item => item!["metadata"]?["user_id"]?.GetValue<string>() == user.Id.ToString()))
            {
                return user;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No participant_joined message for {user.Id} in session {SessionId}.");
    }

    /// <summary>The session still answers, a new send still works, and the first message is unchanged.</summary>
    public async Task AssertStillWorkingAsync()
    {
        var after = await Caller.SendAsync(SessionId, "still working", $"after-{Guid.NewGuid():N}");
        Assert.True(after["seq"]!.GetValue<long>() > Acknowledged["seq"]!.GetValue<long>());

        var history = await Caller.HistoryAsync(SessionId, "?after_seq=0&limit=200");
        var first = history["items"]!.AsArray().Single(item => item!["id"]!.GetValue<string>() == Acknowledged.Id());
        Assert.Equal(Acknowledged["content"]!.GetValue<string>(), first!["content"]!.GetValue<string>());
        Assert.Equal(Acknowledged["seq"]!.GetValue<long>(), first["seq"]!.GetValue<long>());
    }
}

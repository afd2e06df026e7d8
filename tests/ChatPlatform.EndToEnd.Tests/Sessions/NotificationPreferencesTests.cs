using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using static ChatPlatform.EndToEnd.Tests.Sessions.SessionsApi;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>Notification preferences round-trip and shape the session list's unread_count and mention_count.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationPreferencesTests(PlatformFixture platform)
{
    private const string PreferencesPath = "/api/v1/chat/notification-preferences";

    [Fact]
    public async Task Defaults_round_trip_and_a_put_of_what_get_returned_succeeds()
    {
        var user = await TestUser.RegisterAsync(platform, "prefs");

        var defaults = await user.GetJsonAsync(PreferencesPath);
        Assert.Empty(defaults["muted_session_ids"]!.AsArray());
        Assert.False(defaults["mentions_only"]!.GetValue<bool>());
        Assert.True(defaults["notify_mentions_in_muted"]!.GetValue<bool>());

        var echo = await user.Http.PutAsJsonAsync(PreferencesPath, defaults);
        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        Assert.Equal(defaults.ToJsonString(), (await echo.Content.ReadFromJsonAsync<JsonObject>())!.ToJsonString());

        var muted = Guid.NewGuid();
        var put = await user.Http.PutAsJsonAsync(PreferencesPath, new { muted_session_ids = new[] { muted, muted }, mentions_only = true, notify_mentions_in_muted = false });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await user.GetJsonAsync(PreferencesPath);
        Assert.Equal([muted], saved.Guids("muted_session_ids"));
        Assert.True(saved["mentions_only"]!.GetValue<bool>());
        Assert.False(saved["notify_mentions_in_muted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await user.Http.PutAsJsonAsync(PreferencesPath, saved)).StatusCode);
        Assert.Equal(saved.ToJsonString(), (await user.GetJsonAsync(PreferencesPath)).ToJsonString());

        var bad = await user.Http.PutAsJsonAsync(PreferencesPath, new { muted_session_ids = "not a list" });
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.CreateClient().GetAsync(PreferencesPath)).StatusCode);
    }

    [Fact]
    public async Task Muting_zeroes_unread_count_and_mentions_only_counts_mentions()
    {
        var reader = await TestUser.RegisterAsync(platform, "reader");
        var writer = await TestUser.RegisterAsync(platform, "writer");
        var session = await reader.CreateSessionAsync("Noisy", "group", writer.Id);
        await writer.SendAsync(session.Id(), "one");
        await writer.SendAsync(session.Id(), "two");
        await writer.SendAsync(session.Id(), $"three for @{reader.Id}");

        await MessagesApi.EventuallyAsync(async () =>
        {
            var current = await reader.GetJsonAsync($"{SessionsPath}/{session.Id()}");
            return current["unread_count"]!.GetValue<int>() == 3 && current["mention_count"]!.GetValue<int>() == 1 ? current : null;
        }, "three unread messages, one of them mentioning the reader");
        const int mentions = 1;

        await PutAsync(reader, new { muted_session_ids = new[] { session.Id() } });
        var muted = await reader.GetJsonAsync($"{SessionsPath}/{session.Id()}");
        Assert.Equal(0, muted["unread_count"]!.GetValue<int>());
        Assert.Equal(mentions, muted["mention_count"]!.GetValue<int>());
        var listed = (await reader.GetJsonAsync(SessionsPath))["items"]!.AsArray().Single(i => i!.Id() == session.Id())!;
        Assert.Equal(0, listed["unread_count"]!.GetValue<int>());

        await PutAsync(reader, new { notify_mentions_in_muted = false });
        Assert.Equal(0, (await reader.GetJsonAsync($"{SessionsPath}/{session.Id()}"))["mention_count"]!.GetValue<int>());

        await PutAsync(reader, new { muted_session_ids = Array.Empty<Guid>(), mentions_only = true });
        var mentionsOnly = await reader.GetJsonAsync($"{SessionsPath}/{session.Id()}");
        Assert.Equal(mentions, mentionsOnly["unread_count"]!.GetValue<int>());
        Assert.Equal(mentions, mentionsOnly["mention_count"]!.GetValue<int>());

        await PutAsync(reader, new { mentions_only = false });
        Assert.Equal(3, (await reader.GetJsonAsync($"{SessionsPath}/{session.Id()}"))["unread_count"]!.GetValue<int>());
    }

    private static async Task PutAsync(TestUser user, object body) =>
        Assert.Equal(HttpStatusCode.OK, (await user.Http.PutAsJsonAsync(PreferencesPath, body)).StatusCode);
}

using System.Net.WebSockets;
using System.Security.Cryptography;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>Refusals happen before the upgrade, as ordinary problem+json responses (SPEC.md section 4).</summary>
[Collection(PlatformCollection.Name)]
public sealed class HandshakeTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_non_participant_is_refused_with_404_before_the_upgrade()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var mallory = await TestUser.RegisterAsync(platform, "mallory");
        var session = (await alice.CreateSessionAsync("Private")).Id();

        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync(SessionSocket(session, mallory)), HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync(SessionSocket(Guid.NewGuid().ToString(), alice)), HttpStatusCode.NotFound, "not_found");
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => platform.ConnectAsync(SessionSocket(session, mallory)));
        Assert.Contains("404", refused.Message);
    }

    [Fact]
    public async Task A_missing_or_bad_token_is_refused_with_401_before_the_upgrade()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Mine")).Id();
        using var attackerKey = RSA.Create(2048);
        var expired = JwtForge.SignRs256(attackerKey, "kid", JwtForge.Claims(alice.Id, DateTimeOffset.UtcNow.AddMinutes(-5)));

        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync($"/api/v1/chat/ws/{session}"), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync("/api/v1/chat/ws"), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync($"/api/v1/chat/ws/{session}?token=not.a.jwt"), HttpStatusCode.Unauthorized, "unauthorized");
        await ProblemAssert.IsProblemAsync(await platform.HandshakeAsync($"/api/v1/chat/ws?token={expired}"), HttpStatusCode.Unauthorized, "unauthorized");
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => platform.ConnectAsync($"/api/v1/chat/ws/{session}"));
        Assert.Contains("401", refused.Message);
    }

    [Fact]
    public async Task The_token_may_come_as_a_bearer_header_and_a_bad_since_seq_is_a_validation_problem()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Header")).Id();

        await ProblemAssert.IsProblemAsync(
            await platform.HandshakeAsync($"/api/v1/chat/ws/{session}?since_seq=-3", alice.AccessToken), HttpStatusCode.BadRequest, "validation_failed");
        var upgraded = await platform.HandshakeAsync($"/api/v1/chat/ws/{session}", alice.AccessToken);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, upgraded.StatusCode);
    }
}

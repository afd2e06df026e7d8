using System.Net.WebSockets;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Tests.Connections;

public sealed class SocketPolicyTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(75);

    [Fact]
    public void An_expired_token_closes_with_1008()
    {
        var close = SocketPolicy.CloseReason(Now, Now, lastFrameAtMilliseconds: 1_000, nowMilliseconds: 1_000, Idle);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, close?.Status);
    }

    [Fact]
    public void A_quiet_socket_closes_after_the_idle_timeout_and_not_before()
    {
        Assert.Null(SocketPolicy.CloseReason(Now.AddMinutes(5), Now, 0, 75_000, Idle));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, SocketPolicy.CloseReason(Now.AddMinutes(5), Now, 0, 75_001, Idle)?.Status);
        Assert.Null(SocketPolicy.CloseReason(Now.AddMinutes(5), Now, 0, 10_000_000, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("service.instance.id=wefqqjch", "presence-wefqqjch-")]
    [InlineData("service.name=presence,service.instance.id=presence-abc", "presence-abc-")]
    public void Replica_ids_come_from_aspire_and_are_unique_per_process(string attributes, string prefix)
    {
        var first = new PresenceInstance(attributes);
        var second = new PresenceInstance(attributes);

        Assert.StartsWith(prefix, first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }
}

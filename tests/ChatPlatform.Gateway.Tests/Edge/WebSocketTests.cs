using System.Net.WebSockets;
using System.Text;
using ChatPlatform.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;

namespace ChatPlatform.Gateway.Tests.Edge;

public sealed class WebSocketTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/v1/chat/ws")]
    [InlineData("/api/v1/chat/ws/{session}")]
    public async Task WebSocket_with_token_in_query_is_proxied_to_presence(string path)
    {
        var token = gateway.Tokens.Valid(Guid.NewGuid());
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(Uri($"{path.Replace("{session}", Guid.NewGuid().ToString())}?token={token}&since_seq=0"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"message_type":"ping"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        Assert.Equal("""{"message_type":"ping"}""", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_socket_may_carry_more_than_the_request_body_limit_over_its_lifetime()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(Uri($"/api/v1/chat/ws?token={gateway.Tokens.Valid(Guid.NewGuid())}"), CancellationToken.None);
        var frame = new byte[32 * 1024];
        var buffer = new byte[frame.Length];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 64; i++)
        {
            await socket.SendAsync(frame, WebSocketMessageType.Binary, true, timeout.Token);
            var received = 0;
            while (received < frame.Length)
            {
                received += (await socket.ReceiveAsync(buffer.AsMemory(received), timeout.Token)).Count;
            }
        }

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task WebSocket_handshake_without_token_is_refused_with_401()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(Uri("/api/v1/chat/ws"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
        Assert.Equal(["Bearer"], socket.HttpResponseHeaders!["WWW-Authenticate"]);
    }

    [Fact]
    public void The_presence_cluster_lets_sockets_idle_longer_than_yarps_default_100_seconds()
    {
        var proxy = gateway.Services.GetRequiredService<IProxyStateLookup>();

        Assert.True(proxy.TryGetCluster("presence", out var presence));
        Assert.Equal(TimeSpan.FromMinutes(10), presence.Model.Config.HttpRequest?.ActivityTimeout);
    }

    private Uri Uri(string pathAndQuery) => new UriBuilder(new Uri(gateway.BaseAddress, pathAndQuery)) { Scheme = "ws" }.Uri;
}

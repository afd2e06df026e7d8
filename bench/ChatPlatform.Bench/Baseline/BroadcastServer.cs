using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatPlatform.Bench.Baseline;

/// <summary>
/// Baseline A: the least a WebSocket chat server can do, on raw Kestrel in this process. A client joins a room by
/// path (<c>ws://127.0.0.1:PORT/rooms/{room}</c>); every text frame it sends is sent as-is to every socket in the room,
/// the sender included. No auth, no JSON, no storage, no broker: the floor the platform is compared with.
/// </summary>
public sealed class BroadcastServer : IAsyncDisposable
{
    private const int MaxFrameBytes = 64 * 1024;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, BroadcastRoom> _rooms = new(StringComparer.Ordinal);

    private BroadcastServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The WebSocket address of a room.</summary>
    public Uri RoomUri(int room) => new($"ws://{Address.Authority}/rooms/{room}");

    public static async Task<BroadcastServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new BroadcastServer(app);

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Map("/rooms/{room}", server.HandleAsync);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    private async Task HandleAsync(HttpContext context, string room)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var members = _rooms.GetOrAdd(room, _ => new BroadcastRoom());
        var member = new BroadcastMember(socket);
        members.Add(member);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var count = 0;
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(count), context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }
                count += result.Count;
                if (!result.EndOfMessage)
                {
                    if (count == buffer.Length)
                    {
                        if (buffer.Length >= MaxFrameBytes)
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, null, CancellationToken.None);
                            return;
                        }
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    continue;
                }

                var frame = buffer.AsMemory(0, count);
                foreach (var recipient in members.Members)
                {
                    await recipient.SendAsync(frame);
                }
                count = 0;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away.
        }
        finally
        {
            members.Remove(member);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

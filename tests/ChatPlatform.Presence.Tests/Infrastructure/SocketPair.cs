using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace ChatPlatform.Presence.Tests.Infrastructure;

/// <summary>A real server and client WebSocket over a loopback TCP connection.</summary>
public sealed class SocketPair : IDisposable
{
    private readonly TcpClient clientTcp;
    private readonly TcpClient serverTcp;

    private SocketPair(TcpClient clientTcp, TcpClient serverTcp)
    {
        this.clientTcp = clientTcp;
        this.serverTcp = serverTcp;
        Server = WebSocket.CreateFromStream(serverTcp.GetStream(), new WebSocketCreationOptions { IsServer = true });
        Client = WebSocket.CreateFromStream(clientTcp.GetStream(), new WebSocketCreationOptions { IsServer = false });
    }

    public WebSocket Server { get; }

    public WebSocket Client { get; }

    public static async Task<SocketPair> OpenAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var client = new TcpClient();
            var connecting = client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            var server = await listener.AcceptTcpClientAsync();
            await connecting;
            return new SocketPair(client, server);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Closes the client's TCP connection under its WebSocket, as a client that loses its network does.</summary>
    public void DropClientConnection() => clientTcp.Client.Close();

    public void Dispose()
    {
        Server.Dispose();
        Client.Dispose();
        clientTcp.Dispose();
        serverTcp.Dispose();
    }
}

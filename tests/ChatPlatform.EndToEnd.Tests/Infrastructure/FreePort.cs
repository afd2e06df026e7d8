using System.Net.Sockets;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A TCP port that was free a moment ago (the OS picks it).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

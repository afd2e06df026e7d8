using System.Net.Sockets;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>
    /// A TCP port that is free now, taken below the kernel's ephemeral range: a port the OS hands out for a bind to
    /// port 0 (as DCP does for every proxy and service of a platform) can be taken by another platform booting at the
    /// same moment, which once put a test's gateway address on another platform's Presence (CI: 404 on register).
    /// </summary>
    public static int Next()
    {
        var ephemeralLow = EphemeralLow();
        var low = Math.Max(10_000, ephemeralLow - 12_000);
        if (ephemeralLow - low < 1_000)
        {
            // The ephemeral range starts too low to keep out of (e.g. widened for many sockets): let the OS pick.
            using var any = new TcpListener(IPAddress.Loopback, 0);
            any.Start();
            return ((IPEndPoint)any.LocalEndpoint).Port;
        }
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(low, ephemeralLow);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }
        throw new InvalidOperationException($"No free TCP port between {low} and {ephemeralLow}.");
    }

    private static int EphemeralLow()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32_768;
        }
    }
}

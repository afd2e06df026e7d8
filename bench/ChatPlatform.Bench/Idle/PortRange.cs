using System.Globalization;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// The kernel's ephemeral port range (net.ipv4.ip_local_port_range). A client connecting to ONE address and port gets
/// one port of it per connection, so it caps the connections of every hop with a single destination: the bench to the
/// gateway, the gateway to Presence (DCP's proxy), DCP's proxy to the gateway.
/// </summary>
public sealed record PortRange(int Low, int High)
{
    public int Size => High - Low + 1;

    public static PortRange? Current()
    {
        try
        {
            var parts = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range")
                .Split(['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return new PortRange(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}

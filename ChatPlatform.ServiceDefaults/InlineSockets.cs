using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatPlatform.ServiceDefaults;

/// <summary>
/// Inline socket work, for a service started with <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c> (the runtime
/// reads it once, from the environment): Kestrel then runs its pipes inline as well, so a frame or request goes from
/// the socket to the code that handles it on the thread that saw it arrive, without a hand-off to a thread-pool worker.
/// On two shared cores each hand-off is a wake-up of another thread (docs/benchmarks.md, "Second pass"). The price:
/// nothing in such a service may block a thread (no <c>.Result</c>, <c>.Wait()</c>, synchronous I/O).
/// </summary>
public static class InlineSockets
{
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public static IHostApplicationBuilder AddInlineSocketScheduling(this IHostApplicationBuilder builder)
    {
        if (Enabled)
        {
            builder.Services.Configure<SocketTransportOptions>(sockets => sockets.UnsafePreferInlineScheduling = true);
        }
        return builder;
    }
}

namespace ChatPlatform.Bench;

/// <summary>What one invocation measures (<c>--mode</c>).</summary>
public enum BenchMode
{
    /// <summary>End-to-end WebSocket delivery at fixed rates, raw / direct / gateway (M0, M1, M3, M6).</summary>
    Delivery,

    /// <summary>History pages of one session with a million messages, through the gateway and straight to Messages (M5).</summary>
    History,

    /// <summary>REST sends by concurrent senders in closed loop, through the gateway and straight to Messages (M2 REST).</summary>
    Rest,

    /// <summary>Many idle WebSockets through the gateway: handshakes/s and memory per connection (M4).</summary>
    Idle,

    /// <summary>Fault injection under steady load: SIGKILL each part, measure the restart, check nothing acknowledged is lost.</summary>
    Faults,

    /// <summary>The fault harness's load for a long time with reconnects: memory, errors, connections, outbox, queues.</summary>
    Soak,

    /// <summary>The web app's page loads in Chromium, through the gateway and from a bare static server (issue 14's first load).</summary>
    Web,
}

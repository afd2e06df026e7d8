using System.Text.Json.Serialization;

namespace ChatPlatform.Bench;

/// <summary>
/// Command-line options (<see cref="BenchOptionsParser"/>); every one has a default so that a bare run is the standard
/// M1 load. Defaults that depend on the mode (users, sessions, scenarios) are resolved by the parser.
/// </summary>
public sealed record BenchOptions
{
    public BenchMode Mode { get; init; } = BenchMode.Delivery;
    public StorageKind Storage { get; init; } = StorageKind.Durable;
    public int Clients { get; init; } = 200;
    public int Sessions { get; init; } = 20;
    /// <summary>How many clients send (the first K, which covers the sessions round-robin); null = every client.</summary>
    public int? Senders { get; init; }
    /// <summary>Total messages per second over all clients; several rates run one after another.</summary>
    public IReadOnlyList<double> Rates { get; init; } = [500];
    public double DurationSeconds { get; init; } = 20;
    public double WarmupSeconds { get; init; } = 5;
    /// <summary>The rate climbs from 10 % to 100 % over this many seconds at the start of the warm-up.</summary>
    public double RampSeconds { get; init; } = 3;
    /// <summary>After the last send, how long to wait for outstanding deliveries before counting them lost.</summary>
    public double DrainSeconds { get; init; } = 10;
    public int PayloadBytes { get; init; } = 100;
    public int Repeat { get; init; } = 1;
    public IReadOnlyList<Scenario> Scenarios { get; init; } = [Scenario.Raw, Scenario.Direct, Scenario.Gateway];
    public int ConnectConcurrency { get; init; } = 16;
    /// <summary>delivery: which client carries the platform scenarios' sockets (the raw baseline always uses the bench's own).</summary>
    public LoadClientKind Client { get; init; } = LoadClientKind.Raw;
    /// <summary>
    /// Seconds of unmeasured load through the platform after set-up, so the first measured platform run does not pay
    /// for the services' JIT and cold caches (at min(first rate, <see cref="PlatformWarmupMaxRate"/>)).
    /// </summary>
    public double PlatformWarmupSeconds { get; init; } = 20;
    public const double PlatformWarmupMaxRate = 200;
    /// <summary>The platform's per-user send rate limit (messages/s); every sender is its own user.</summary>
    public const double PerUserSendLimit = 10;
    /// <summary>The gateway's per-user request rate limit (requests/s, docs/gateway.md).</summary>
    public const double PerUserRequestLimit = 100;
    /// <summary>With several rates: the p99 a rate must stay within to count as sustained.</summary>
    public double P99LimitMs { get; init; } = 50;
    /// <summary>history and rest: clients in closed loop, each with its own users.</summary>
    public int Concurrency { get; init; } = 16;
    /// <summary>history, rest and idle: registered users (resolved per mode when not given).</summary>
    public int Users { get; init; }
    /// <summary>history: messages in the one session read from.</summary>
    public long HistoryMessages { get; init; } = 1_000_000;
    /// <summary>web: fresh browser profiles per scenario (each loads cold, warm and, through the gateway, signed in).</summary>
    public int Samples { get; init; } = 10;
    /// <summary>idle: WebSockets to open and hold.</summary>
    public int Connections { get; init; } = 50_000;
    /// <summary>Use an already running platform instead of booting one (then <c>direct</c> needs <see cref="PresenceUrl"/>).</summary>
    public Uri? GatewayUrl { get; init; }
    public Uri? PresenceUrl { get; init; }
    /// <summary>Messages' own address for the direct scenario of history and rest with <see cref="GatewayUrl"/>.</summary>
    public Uri? MessagesUrl { get; init; }
    /// <summary>messagesdb's connection string for seeding history with <see cref="GatewayUrl"/> (never written out: it holds a password).</summary>
    [JsonIgnore]
    public string? MessagesDb { get; init; }
    /// <summary>faults: what to kill, in order (<c>--faults</c>, see Faults/FaultPlan.cs).</summary>
    public string Faults { get; init; } = ChatPlatform.Bench.Faults.FaultPlan.Default;
    /// <summary>faults: REST senders besides the sockets.</summary>
    public int RestSenders { get; init; } = 4;
    /// <summary>faults: seconds of load after the platform is healthy again, before the check.</summary>
    public double AfterRecoverySeconds { get; init; } = 20;
    /// <summary>soak: sockets closed and reopened every 10 s.</summary>
    public int Churn { get; init; } = 4;
    /// <summary>soak: seconds between samples.</summary>
    public double SampleSeconds { get; init; } = 60;
    public string? JsonOut { get; init; }
    public bool Verbose { get; init; }

    public bool NeedsPlatform => Scenarios.Any(s => s != Scenario.Raw);
}

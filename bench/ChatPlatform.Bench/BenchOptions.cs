using System.Globalization;

namespace ChatPlatform.Bench;

/// <summary>Command-line options; every one has a default so that a bare run is the standard M1 load.</summary>
public sealed record BenchOptions
{
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
    /// <summary>
    /// Seconds of unmeasured load through the platform after set-up, so the first measured platform run does not pay
    /// for the services' JIT and cold caches (at min(first rate, <see cref="PlatformWarmupMaxRate"/>)).
    /// </summary>
    public double PlatformWarmupSeconds { get; init; } = 20;
    public const double PlatformWarmupMaxRate = 200;
    /// <summary>The platform's per-user send rate limit (messages/s); every sender is its own user.</summary>
    public const double PerUserSendLimit = 10;
    /// <summary>With several rates: the p99 a rate must stay within to count as sustained.</summary>
    public double P99LimitMs { get; init; } = 50;
    /// <summary>Use an already running platform instead of booting one (then <c>direct</c> needs <see cref="PresenceUrl"/>).</summary>
    public Uri? GatewayUrl { get; init; }
    public Uri? PresenceUrl { get; init; }
    public string? JsonOut { get; init; }
    public bool Verbose { get; init; }

    public bool NeedsPlatform => Scenarios.Any(s => s != Scenario.Raw);

    public const string Usage = """
        ChatPlatform end-to-end WebSocket delivery benchmark (docs/benchmarks.md).

          --clients N             WebSocket clients (default 200)
          --sessions M            chat sessions / rooms; clients are spread evenly (default 20)
          --senders K             only the first K clients send (default: all); the rest only receive
          --rate R[,R2,...]       total messages/s over all clients; a list runs each rate in turn (default 500)
          --duration S            measured seconds per run (default 20)
          --warmup S              seconds of load before measuring, ramp included (default 5)
          --ramp S                seconds to climb from 10 % to 100 % of the rate (default 3, at most the warm-up)
          --platform-warmup S     unmeasured load through the platform before its first measured run (default 20, 0 = none)
          --drain S               seconds to wait for outstanding deliveries after the last send (default 10)
          --payload B             content bytes per message (default 100)
          --repeat K              run every scenario K times, interleaved; the summary takes medians (default 1)
          --scenarios LIST        any of raw,direct,gateway (default all three, in that order)
          --p99-limit MS          with several rates: the p99 within which a rate counts as sustained (default 50)
          --connect-concurrency N parallel WebSocket handshakes while connecting (default 16)
          --gateway-url URL       bench an already running platform instead of booting one with Aspire
          --presence-url URL      Presence's own address for the direct scenario with --gateway-url
          --json-out FILE         also write the JSON result to FILE
          --verbose               platform logs (warnings) on stderr
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--clients" => options with { Clients = PositiveInt(name, Value()) },
                "--sessions" => options with { Sessions = PositiveInt(name, Value()) },
                "--senders" => options with { Senders = PositiveInt(name, Value()) },
                "--rate" or "--rates" => options with { Rates = Value().Split(',').Select(r => PositiveDouble(name, r)).ToArray() },
                "--duration" => options with { DurationSeconds = PositiveDouble(name, Value()) },
                "--warmup" => options with { WarmupSeconds = NonNegativeDouble(name, Value()) },
                "--ramp" => options with { RampSeconds = NonNegativeDouble(name, Value()) },
                "--platform-warmup" => options with { PlatformWarmupSeconds = NonNegativeDouble(name, Value()) },
                "--drain" => options with { DrainSeconds = NonNegativeDouble(name, Value()) },
                "--payload" => options with { PayloadBytes = PositiveInt(name, Value()) },
                "--repeat" => options with { Repeat = PositiveInt(name, Value()) },
                "--scenarios" => options with { Scenarios = ParseScenarios(Value()) },
                "--p99-limit" => options with { P99LimitMs = PositiveDouble(name, Value()) },
                "--connect-concurrency" => options with { ConnectConcurrency = PositiveInt(name, Value()) },
                "--gateway-url" => options with { GatewayUrl = new Uri(Value()) },
                "--presence-url" => options with { PresenceUrl = new Uri(Value()) },
                "--json-out" => options with { JsonOut = Value() },
                "--verbose" => options with { Verbose = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Sessions > options.Clients)
        {
            throw new ArgumentException("--sessions must not exceed --clients.");
        }
        if (options.Senders > options.Clients)
        {
            throw new ArgumentException("--senders must not exceed --clients.");
        }
        if (options.PayloadBytes > 4000)
        {
            throw new ArgumentException("--payload must be at most 4000 (the platform's content limit).");
        }
        if (options.NeedsPlatform && options.Rates.Max() / (options.Senders ?? options.Clients) > PerUserSendLimit)
        {
            throw new ArgumentException($"--rate needs at least rate/{PerUserSendLimit} senders: the platform limits each user to {PerUserSendLimit} messages/s (SPEC.md section 5).");
        }
        if (options.PresenceUrl is not null && options.GatewayUrl is null)
        {
            throw new ArgumentException("--presence-url only goes with --gateway-url.");
        }
        return options with { RampSeconds = Math.Min(options.RampSeconds, options.WarmupSeconds) };
    }

    private static IReadOnlyList<Scenario> ParseScenarios(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant() switch
            {
                "raw" => Scenario.Raw,
                "direct" => Scenario.Direct,
                "gateway" => Scenario.Gateway,
                _ => throw new ArgumentException($"Unknown scenario '{s}' (raw, direct, gateway)."),
            })
            .Distinct()
            .ToArray();

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive integer.");

    private static double PositiveDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive number.");

    private static double NonNegativeDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} must be zero or a positive number.");
}

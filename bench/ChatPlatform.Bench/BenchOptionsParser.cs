using System.Globalization;

namespace ChatPlatform.Bench;

/// <summary>Turns the command line into <see cref="BenchOptions"/>: parse, fill the mode's defaults, validate.</summary>
public static class BenchOptionsParser
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? sessions = null, users = null;
        IReadOnlyList<Scenario>? scenarios = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--sessions": sessions = PositiveInt(name, Value()); break;
                case "--users": users = PositiveInt(name, Value()); break;
                case "--scenarios": scenarios = ParseScenarios(Value()); break;
                default: options = Apply(options, name, Value); break;
            }
        }

        if (options.Mode is BenchMode.Faults or BenchMode.Soak)
        {
            options = BenchOptionsDefaults.ForFaults(options, args);
        }
        options = BenchOptionsDefaults.Resolve(options, sessions, users, scenarios);
        BenchOptionsValidator.Validate(options);
        return options with { RampSeconds = Math.Min(options.RampSeconds, options.WarmupSeconds) };
    }

    private static BenchOptions Apply(BenchOptions options, string name, Func<string> value) => name switch
    {
        "--mode" => options with { Mode = ParseEnum<BenchMode>(name, value()) },
        "--storage" => options with { Storage = ParseEnum<StorageKind>(name, value()) },
        "--client" => options with { Client = ParseEnum<LoadClientKind>(name, value()) },
        "--clients" => options with { Clients = PositiveInt(name, value()) },
        "--senders" => options with { Senders = PositiveInt(name, value()) },
        "--rate" or "--rates" => options with { Rates = value().Split(',').Select(r => PositiveDouble(name, r)).ToArray() },
        "--duration" => options with { DurationSeconds = PositiveDouble(name, value()) },
        "--warmup" => options with { WarmupSeconds = NonNegativeDouble(name, value()) },
        "--ramp" => options with { RampSeconds = NonNegativeDouble(name, value()) },
        "--platform-warmup" => options with { PlatformWarmupSeconds = NonNegativeDouble(name, value()) },
        "--drain" => options with { DrainSeconds = NonNegativeDouble(name, value()) },
        "--payload" => options with { PayloadBytes = PositiveInt(name, value()) },
        "--repeat" => options with { Repeat = PositiveInt(name, value()) },
        "--p99-limit" => options with { P99LimitMs = PositiveDouble(name, value()) },
        "--connect-concurrency" => options with { ConnectConcurrency = PositiveInt(name, value()) },
        "--concurrency" => options with { Concurrency = PositiveInt(name, value()) },
        "--history-messages" => options with { HistoryMessages = PositiveInt(name, value()) },
        "--connections" => options with { Connections = PositiveInt(name, value()) },
        "--samples" => options with { Samples = PositiveInt(name, value()) },
        "--gateway-url" => options with { GatewayUrl = new Uri(value()) },
        "--presence-url" => options with { PresenceUrl = new Uri(value()) },
        "--messages-url" => options with { MessagesUrl = new Uri(value()) },
        "--messages-db" => options with { MessagesDb = value() },
        "--faults" => options with { Faults = value() },
        "--rest-senders" => options with { RestSenders = PositiveInt(name, value()) },
        "--after-recovery" => options with { AfterRecoverySeconds = NonNegativeDouble(name, value()) },
        "--churn" => options with { Churn = NonNegativeInt(name, value()) },
        "--sample" => options with { SampleSeconds = PositiveDouble(name, value()) },
        "--json-out" => options with { JsonOut = value() },
        "--verbose" => options with { Verbose = true },
        _ => throw new ArgumentException($"Unknown option {name}."),
    };

    private static IReadOnlyList<Scenario> ParseScenarios(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => ParseEnum<Scenario>("--scenarios", s))
            .Distinct()
            .ToArray();

    private static T ParseEnum<T>(string name, string value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new ArgumentException($"{name}: unknown value '{value}' ({string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}).");

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive integer.");

    private static int NonNegativeInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} must be zero or a positive integer.");

    private static double PositiveDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive number.");

    private static double NonNegativeDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} must be zero or a positive number.");
}

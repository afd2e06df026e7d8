namespace ChatPlatform.Bench;

/// <summary>The defaults that depend on the mode: users, sessions and scenarios.</summary>
public static class BenchOptionsDefaults
{
    public const int HistoryUsers = 64;
    public const int RestUsersPerClient = 25;
    public const int IdleConnectionsPerUser = 100;
    public const int IdleUsersPerSession = 10;

    public static BenchOptions Resolve(BenchOptions options, int? sessions, int? users, IReadOnlyList<Scenario>? scenarios)
    {
        var httpScenarios = scenarios ?? [Scenario.Direct, Scenario.Gateway];
        switch (options.Mode)
        {
            case BenchMode.History:
                return options with { Sessions = 1, Users = users ?? HistoryUsers, Scenarios = httpScenarios };
            case BenchMode.Rest:
                return options with
                {
                    Sessions = sessions ?? options.Sessions,
                    Users = users ?? options.Concurrency * RestUsersPerClient,
                    Scenarios = httpScenarios,
                };
            case BenchMode.Idle:
                var idleUsers = users ?? DivideRoundingUp(options.Connections, IdleConnectionsPerUser);
                return options with
                {
                    Users = idleUsers,
                    Sessions = sessions ?? DivideRoundingUp(idleUsers, IdleUsersPerSession),
                    Scenarios = scenarios ?? [Scenario.Gateway],
                };
            case BenchMode.Web:
                return options with { Users = 1, Sessions = 1, Scenarios = [Scenario.Raw, Scenario.Gateway] };
            default:
                return options with { Sessions = sessions ?? options.Sessions, Scenarios = scenarios ?? options.Scenarios };
        }
    }

    /// <summary>
    /// faults and soak: light load for a busy 2-core machine (20 sockets in 5 sessions at 30 msg/s, 20 s warm-up) where
    /// the command line does not say otherwise; the soak lasts 30 minutes.
    /// </summary>
    public static BenchOptions ForFaults(BenchOptions options, string[] args) => options with
    {
        Clients = args.Contains("--clients") ? options.Clients : 20,
        Sessions = args.Contains("--sessions") ? options.Sessions : 5,
        Rates = args.Contains("--rate") || args.Contains("--rates") ? options.Rates : [30],
        WarmupSeconds = args.Contains("--warmup") ? options.WarmupSeconds : 20,
        DurationSeconds = args.Contains("--duration") || options.Mode != BenchMode.Soak ? options.DurationSeconds : 1800,
        Scenarios = [Scenario.Gateway],
    };

    public static int DivideRoundingUp(int value, int divisor) => (value + divisor - 1) / divisor;
}

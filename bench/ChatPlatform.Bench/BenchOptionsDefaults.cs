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
            default:
                return options with { Sessions = sessions ?? options.Sessions, Scenarios = scenarios ?? options.Scenarios };
        }
    }

    public static int DivideRoundingUp(int value, int divisor) => (value + divisor - 1) / divisor;
}

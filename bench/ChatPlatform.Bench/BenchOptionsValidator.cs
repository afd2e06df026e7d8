namespace ChatPlatform.Bench;

/// <summary>Refuses option combinations a run cannot honour, with the reason (exit code 2).</summary>
public static class BenchOptionsValidator
{
    /// <summary>Sessions-service limit on participants (group sessions).</summary>
    private const int MaxParticipants = 1000;

    public static void Validate(BenchOptions options)
    {
        Require(options.PayloadBytes <= 4000, "--payload must be at most 4000 (the platform's content limit).");
        Require(options.GatewayUrl is not null || (options.PresenceUrl is null && options.MessagesUrl is null && options.MessagesDb is null),
            "--presence-url, --messages-url and --messages-db only go with --gateway-url.");
        switch (options.Mode)
        {
            case BenchMode.Delivery:
                ValidateDelivery(options);
                break;
            case BenchMode.History or BenchMode.Rest:
                ValidateClosedLoop(options);
                break;
            case BenchMode.Faults or BenchMode.Soak:
                Require(options.GatewayUrl is null, "faults and soak boot their own platform: they kill or measure the processes they started (no --gateway-url).");
                Require(options.Sessions <= options.Clients && options.RestSenders <= options.Clients, "--sessions and --rest-senders must not exceed --clients.");
                Require(options.Rates.Count == 1 && options.Rates[0] / options.Clients <= BenchOptions.PerUserSendLimit / 2,
                    "faults and soak take one --rate, at most 5 msg/s per client (resends after a fault must stay under the per-user limit).");
                Faults.FaultPlan.ParseList(options.Faults);
                break;
            case BenchMode.Idle:
                Require(options.Scenarios.SequenceEqual([Scenario.Gateway]), "idle runs through the gateway only (--scenarios gateway).");
                Require(options.Users <= options.Connections, "--users must not exceed --connections.");
                ValidateSessions(options);
                break;
        }
    }

    private static void ValidateDelivery(BenchOptions options)
    {
        Require(options.Sessions <= options.Clients, "--sessions must not exceed --clients.");
        Require(!(options.Senders > options.Clients), "--senders must not exceed --clients.");
        Require(options.Client == LoadClientKind.Raw || options.NeedsPlatform, "--client sdk needs a platform scenario (direct or gateway).");
        Require(!options.NeedsPlatform || options.Rates.Max() / (options.Senders ?? options.Clients) <= BenchOptions.PerUserSendLimit,
            $"--rate needs at least rate/{BenchOptions.PerUserSendLimit} senders: the platform limits each user to {BenchOptions.PerUserSendLimit} messages/s (SPEC.md section 5).");
    }

    private static void ValidateClosedLoop(BenchOptions options)
    {
        Require(!options.Scenarios.Contains(Scenario.Raw), $"{Mode(options)} compares direct and gateway only (no raw baseline).");
        Require(options.Users >= options.Concurrency, "--users must be at least --concurrency: every client has users of its own.");
        ValidateSessions(options);
        if (options.Mode == BenchMode.History)
        {
            Require(options.HistoryMessages >= 2, "--history-messages must be at least 2 (one is sent through the API).");
            Require(options.GatewayUrl is null || options.MessagesDb is not null, "history with --gateway-url needs --messages-db to seed the session.");
        }
    }

    private static void ValidateSessions(BenchOptions options)
    {
        Require(options.Sessions <= options.Users, "--sessions must not exceed --users.");
        Require(BenchOptionsDefaults.DivideRoundingUp(options.Users, options.Sessions) <= MaxParticipants,
            $"a session holds at most {MaxParticipants} participants: raise --sessions or lower --users.");
    }

    private static string Mode(BenchOptions options) => options.Mode.ToString().ToLowerInvariant();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}

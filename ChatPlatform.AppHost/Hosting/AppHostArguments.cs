namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// Takes the AppHost's own options off the command line and hands Aspire the rest, with the
/// options turned into configuration. Main does this, so it works the same under <c>dotnet run</c>
/// and under Aspire.Hosting.Testing, which passes its arguments to Main.
/// </summary>
/// <remarks>
/// <c>--state-dir DIR</c> (CHATPLATFORM_STATE_DIR, default <c>&lt;repo&gt;/.data</c>),
/// <c>--ephemeral</c> (CHATPLATFORM_EPHEMERAL: a fresh temporary state directory, deleted on exit),
/// <c>--durable</c> (CHATPLATFORM_DURABLE: PostgreSQL keeps its durable settings even when ephemeral),
/// <c>--gateway-port N</c> (CHATPLATFORM_GATEWAY_PORT, default 8000),
/// <c>--dashboard-port N</c> (CHATPLATFORM_DASHBOARD_PORT, default 18888; OTLP listens on N+1).
/// </remarks>
public static class AppHostArguments
{
    public static string[] Translate(string[] args)
    {
        var stateDirectory = Environment.GetEnvironmentVariable("CHATPLATFORM_STATE_DIR");
        var ephemeral = Environment.GetEnvironmentVariable("CHATPLATFORM_EPHEMERAL") ?? "false";
        var durable = Environment.GetEnvironmentVariable("CHATPLATFORM_DURABLE") ?? "false";
        var gatewayPort = Environment.GetEnvironmentVariable("CHATPLATFORM_GATEWAY_PORT") ?? "8000";
        var dashboardPort = Environment.GetEnvironmentVariable("CHATPLATFORM_DASHBOARD_PORT") ?? "18888";
        var aspireArgs = new List<string>();

        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = args[i].Split('=', 2) is [var key, var value] ? (key, value) : (args[i], null);
            switch (name)
            {
                case "--ephemeral": ephemeral = inlineValue ?? "true"; break;
                case "--durable": durable = inlineValue ?? "true"; break;
                case "--state-dir": stateDirectory = inlineValue ?? NextValue(); break;
                case "--gateway-port": gatewayPort = inlineValue ?? NextValue(); break;
                case "--dashboard-port": dashboardPort = inlineValue ?? NextValue(); break;
                default: aspireArgs.Add(args[i]); break;
            }

            string NextValue() => ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value.");
        }

        var isEphemeral = IsOn(ephemeral);
        var state = isEphemeral
            ? Path.Combine(Path.GetTempPath(), $"chatplatform-{Guid.NewGuid():N}")
            : Path.GetFullPath(stateDirectory ?? RepositoryRoot.Find().DataDirectory);
        var dashboard = ParsePort(dashboardPort, "--dashboard-port", max: 65534);

        return
        [
            $"--{AppHostSettings.StateDirectoryKey}={state}",
            $"--{AppHostSettings.EphemeralKey}={isEphemeral}",
            $"--{AppHostSettings.DurableKey}={IsOn(durable)}",
            $"--{AppHostSettings.GatewayPortKey}={ParsePort(gatewayPort, "--gateway-port", max: 65535)}",
            $"--ASPNETCORE_URLS=http://localhost:{dashboard}",
            $"--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://localhost:{dashboard + 1}",
            "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            // Stop returns only once DCP has stopped every process, so nothing outlives the AppHost.
            "--DcpPublisher:WaitForResourceCleanup=true",
            .. aspireArgs,
        ];
    }

    private static bool IsOn(string value) => value == "1" || (bool.TryParse(value, out var flag) && flag);

    private static int ParsePort(string value, string option, int max) =>
        int.TryParse(value, out var port) && port >= 0 && port <= max
            ? port
            : throw new ArgumentException($"{option} must be a port number from 0 to {max}, not '{value}'.");
}

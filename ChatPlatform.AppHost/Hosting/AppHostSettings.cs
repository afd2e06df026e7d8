using Microsoft.Extensions.Configuration;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>Reads the options <see cref="AppHostArguments"/> put into configuration.</summary>
public static class AppHostSettings
{
    public const string StateDirectoryKey = "ChatPlatform:StateDirectory";
    public const string EphemeralKey = "ChatPlatform:Ephemeral";
    public const string DurableKey = "ChatPlatform:Durable";
    public const string GatewayPortKey = "ChatPlatform:GatewayPort";

    /// <summary>The state directory, or the directory of one component inside it.</summary>
    public static string GetStateDirectory(this IDistributedApplicationBuilder builder, string component = "") =>
        Path.Combine(
            builder.Configuration[StateDirectoryKey] ?? throw new InvalidOperationException($"{StateDirectoryKey} is not set: pass args through AppHostArguments.Translate."),
            component);

    /// <summary>True for a throwaway run: data may be lost, so servers can skip durability.</summary>
    public static bool IsEphemeral(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>(EphemeralKey);

    /// <summary>True when PostgreSQL must keep its durable settings even in a throwaway run (e.g. for benchmarks).</summary>
    public static bool IsDurable(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>(DurableKey);

    public static int GetGatewayPort(this IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue<int>(GatewayPortKey);
}

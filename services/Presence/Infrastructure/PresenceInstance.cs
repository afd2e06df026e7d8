namespace ChatPlatform.Presence.Infrastructure;

/// <summary>
/// This replica's id in Redis and in ws-stats: the OpenTelemetry instance id Aspire gives it (or the host name),
/// plus a per-process suffix so a restarted replica never inherits the counts of its previous life.
/// </summary>
public sealed class PresenceInstance
{
    private const string Prefix = "presence-";

    public PresenceInstance(string? otelResourceAttributes)
    {
        var baseName = ReadInstanceId(otelResourceAttributes) ?? Environment.MachineName.ToLowerInvariant();
        if (!baseName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            baseName = Prefix + baseName;
        }
        Id = $"{baseName}-{Guid.NewGuid().ToString("N")[..6]}";
    }

    public string Id { get; }

    private static string? ReadInstanceId(string? attributes) =>
        attributes?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == "service.instance.id" && pair[1].Length > 0)
            .Select(pair => pair[1])
            .FirstOrDefault();
}

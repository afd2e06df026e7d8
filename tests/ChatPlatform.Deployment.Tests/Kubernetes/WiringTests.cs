using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>
/// Each service gets the settings the AppHost gives it (deploy/aspire/aspire-manifest.json): its connection strings,
/// the peers it finds by name and its own settings, under the same names, and nothing it does not read.
/// </summary>
public sealed class WiringTests
{
    /// <summary>What the AppHost passes that a cluster leaves out, and why.</summary>
    private static readonly Dictionary<(string Service, string Variable), string> LeftOutInKubernetes = new()
    {
        // Only for the replica directory, which skips DCP's user-space proxy in a local run; Services route in the kernel.
        [("gateway", "ConnectionStrings__redis")] = "read only with ReplicaDirectory:Enabled (ServiceDefaults/Discovery)",
        [("moderation", "ConnectionStrings__redis")] = "read only with ReplicaDirectory:Enabled (ServiceDefaults/Discovery)",
        [("identity", "ConnectionStrings__redis")] = "read only with ReplicaDirectory:Enabled (ServiceDefaults/Discovery)",
        [("sessions", "ConnectionStrings__redis")] = "read only with ReplicaDirectory:Enabled (ServiceDefaults/Discovery)",
        [("identity", "ReplicaDirectory__Enabled")] = "off in a cluster",
        [("sessions", "ReplicaDirectory__Enabled")] = "off in a cluster",
        [("gateway", "ReplicaDirectory__Enabled")] = "off in a cluster",
        [("messages", "ReplicaDirectory__Enabled")] = "off in a cluster",
        [("presence", "ReplicaDirectory__Enabled")] = "off in a cluster",
        [("moderation", "ReplicaDirectory__Enabled")] = "off in a cluster",
    };

    public static TheoryData<string, string> EveryServiceInEveryOverlay => Platform.EveryServiceInEveryOverlay();

    public static TheoryData<string> EveryOverlay => Platform.EveryOverlay();

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Each_service_gets_the_settings_the_app_model_gives_it_under_the_same_names(string overlay, string service)
    {
        var environment = (await Kustomize.RenderAsync(overlay)).Environment(service);
        var expected = AppModelManifest.CheckedIn.EnvironmentNames(service)
            .Where(IsApplicationSetting)
            // Inside the cluster peers speak plain HTTP; TLS ends at the Ingress.
            .Where(name => !name.Contains("__https__", StringComparison.Ordinal))
            .Where(name => !LeftOutInKubernetes.ContainsKey((service, name)))
            .ToHashSet();

        Assert.Empty(expected.Except(environment.Keys));
        var wiring = environment.Keys.Where(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || name.StartsWith("services__", StringComparison.Ordinal));
        Assert.Empty(wiring.Except(expected));
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Peers_are_found_by_name_at_services_that_exist_in_the_same_render(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        foreach (var (name, variable) in rendered.Environment(service).Where(entry => entry.Key.StartsWith("services__", StringComparison.Ordinal)))
        {
            var peer = name.Split("__")[1];
            Assert.Equal($"services__{peer}__http__0", name);
            Assert.Equal($"http://{peer}", variable.Value);
            Assert.Contains(rendered.Named<V1Service>(peer).Spec.Ports, port => port.Name == "http" && port.Port == 80);
        }
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task The_replica_directory_stays_off_in_a_cluster(string overlay, string service)
    {
        var environment = (await Kustomize.RenderAsync(overlay)).Environment(service);
        Assert.False(environment.ContainsKey("ReplicaDirectory__Enabled"), $"{service}: the replica directory is for a local run (docs/operations.md).");
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Every_service_with_a_database_has_its_own(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var databases = Platform.Services
            .SelectMany(service => rendered.Environment(service)
                .Where(entry => entry.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && entry.Key.EndsWith("db", StringComparison.Ordinal))
                .Select(entry => (Service: service, Database: entry.Key, Secret: entry.Value.ValueFrom.SecretKeyRef.Name)))
            .ToList();

        Assert.Equal(["identitydb", "messagesdb", "moderationdb", "sessionsdb"], databases.Select(d => d.Database["ConnectionStrings__".Length..]).Order());
        Assert.Equal(databases.Count, databases.Select(d => d.Secret).Distinct().Count());
        Assert.Equal(databases.Count, databases.Select(d => d.Service).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task PostgreSQL_Redis_and_RabbitMQ_are_external_names_the_overlay_points_at_real_hosts(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        foreach (var server in new[] { "postgres", "redis", "rabbitmq" })
        {
            var spec = rendered.Named<V1Service>(server).Spec;
            Assert.Equal("ExternalName", spec.Type);
            Assert.False(string.IsNullOrWhiteSpace(spec.ExternalName));
            Assert.DoesNotContain(".invalid", spec.ExternalName, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(rendered.OfKind<V1Deployment>(), deployment => deployment.Metadata.Name is "postgres" or "redis" or "rabbitmq");
    }

    /// <summary>Configuration keys (<c>Section__Key</c>) rather than the host's and OpenTelemetry's own variables.</summary>
    private static bool IsApplicationSetting(string name) => name.Contains("__", StringComparison.Ordinal) && !name.StartsWith("OTEL_", StringComparison.Ordinal);
}

using Aspire.Hosting.ApplicationModel;

namespace ChatPlatform.EndToEnd.Tests.Platform;

/// <summary>The AppHost's model, read without starting anything: resources, references, wait order and ports.</summary>
public sealed class AppModelTests
{
    private static async Task<IDistributedApplicationTestingBuilder> ModelAsync(params string[] args) =>
        await DistributedApplicationTestingBuilder.CreateAsync<Projects.ChatPlatform_AppHost>(["--ephemeral", .. args]);

    [Fact]
    public async Task Every_resource_of_the_spec_is_in_the_model()
    {
        await using var builder = await ModelAsync();
        var names = builder.Resources.Select(r => r.Name).ToHashSet();
        foreach (var expected in new[] { "postgres", "identitydb", "moderationdb", "redis", "messaging", "identity", "moderation", "gateway" })
        {
            Assert.Contains(expected, names);
        }
        Assert.All(new[] { "postgres", "identitydb", "moderationdb", "redis", "messaging" },
            name => Assert.IsAssignableFrom<IResourceWithConnectionString>(builder.Resources.Single(r => r.Name == name)));
    }

    [Fact]
    public async Task Identity_waits_for_its_database_and_the_broker()
    {
        await using var builder = await ModelAsync();
        var identity = builder.Resources.Single(r => r.Name == "identity");
        var waitsFor = identity.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToHashSet();
        Assert.Contains("identitydb", waitsFor);
        Assert.Contains("messaging", waitsFor);
    }

    [Fact]
    public async Task Identity_starts_after_the_services_that_keep_a_copy_of_its_users_so_no_seed_event_is_lost()
    {
        await using var builder = await ModelAsync();
        var identity = builder.Resources.Single(r => r.Name == "identity");
        var waitsFor = identity.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "sessions", "messages", "moderation" }, waitsFor);
    }

    [Fact]
    public async Task Moderation_waits_for_its_database_and_the_broker_and_the_gateway_routes_to_it()
    {
        await using var builder = await ModelAsync();
        var moderation = builder.Resources.Single(r => r.Name == "moderation");
        var waitsFor = moderation.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToHashSet();
        Assert.Contains("moderationdb", waitsFor);
        Assert.Contains("messaging", waitsFor);
        var references = moderation.Annotations.OfType<ResourceRelationshipAnnotation>().Select(r => r.Resource.Name).ToHashSet();
        Assert.Contains("identity", references);
        Assert.Contains("messages", references);
        var gateway = builder.Resources.Single(r => r.Name == "gateway");
        Assert.Contains("moderation", gateway.Annotations.OfType<ResourceRelationshipAnnotation>().Select(r => r.Resource.Name));
    }

    [Fact]
    public async Task Gateway_waits_for_identity_and_listens_on_the_requested_fixed_port()
    {
        await using var builder = await ModelAsync("--gateway-port", "8765");
        var gateway = builder.Resources.Single(r => r.Name == "gateway");
        Assert.Contains("identity", gateway.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name));
        var http = gateway.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http");
        Assert.Equal(8765, http.Port);
        Assert.True(http.IsExternal);
    }

    [Fact]
    public async Task Default_gateway_port_is_8000()
    {
        await using var builder = await ModelAsync();
        var http = builder.Resources.Single(r => r.Name == "gateway").Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http");
        Assert.Equal(8000, http.Port);
    }

    [Fact]
    public async Task Services_call_only_downward_so_the_references_between_them_form_no_cycle()
    {
        await using var builder = await ModelAsync();
        var services = new[] { "identity", "sessions", "messages", "presence", "moderation" };
        var calls = services.ToDictionary(name => name, name => builder.Resources.Single(r => r.Name == name)
            .Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Reference" && services.Contains(r.Resource.Name) && r.Resource.Name != name)
            .Select(r => r.Resource.Name)
            .ToHashSet());

        // Layers as docs/architecture.md draws them: each service calls only services in a layer below its own.
        Assert.Empty(calls["identity"]);
        Assert.Equal(["identity"], calls["messages"]);
        Assert.Equal(new HashSet<string> { "identity", "messages" }, calls["sessions"]);
        Assert.Equal(new HashSet<string> { "identity", "messages" }, calls["moderation"]);
        Assert.Equal(new HashSet<string> { "identity", "sessions", "messages", "moderation" }, calls["presence"]);
        var ordered = new List<string>();
        while (ordered.Count < services.Length)
        {
            var next = services.Where(s => !ordered.Contains(s) && calls[s].All(ordered.Contains)).ToList();
            Assert.True(next.Count > 0, $"A cycle among {string.Join(", ", services.Except(ordered))}");
            ordered.AddRange(next);
        }
    }
}

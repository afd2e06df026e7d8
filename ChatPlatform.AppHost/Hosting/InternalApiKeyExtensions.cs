namespace ChatPlatform.AppHost.Hosting;

public static class InternalApiKeyExtensions
{
    /// <summary>
    /// The key of the service-to-service endpoints that act for no user (Sessions handing membership changes to
    /// Messages): a secret parameter, generated anew for every run unless <c>Parameters:internal-api-key</c> sets it.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddInternalApiKey(this IDistributedApplicationBuilder builder) =>
        builder.AddParameter("internal-api-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);

    /// <summary>Passes the key as <c>InternalApi__Key</c> (ServiceDefaults' <c>InternalApiOptions</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithInternalApiKey(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ParameterResource> key) =>
        project.WithEnvironment("InternalApi__Key", key);
}

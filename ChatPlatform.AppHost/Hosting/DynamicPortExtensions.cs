namespace ChatPlatform.AppHost.Hosting;

public static class DynamicPortExtensions
{
    /// <summary>
    /// Lets DCP pick the host port of a service's http endpoint instead of its launch profile's fixed port, so two
    /// AppHosts run side by side; clients reach services through the gateway and service discovery only.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDynamicHttpPort(this IResourceBuilder<ProjectResource> project) =>
        project.WithEndpoint("http", endpoint => endpoint.Port = null);
}

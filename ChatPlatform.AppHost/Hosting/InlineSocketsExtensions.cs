namespace ChatPlatform.AppHost.Hosting;

public static class InlineSocketsExtensions
{
    /// <summary>
    /// Runs the service's socket work inline (ServiceDefaults/InlineSockets.cs): for services whose work per frame or
    /// request is short and never blocks a thread, where a hand-off per hop costs more than the work itself.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithInlineSockets(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
}

namespace ChatPlatform.AppHost.Hosting;

public static class ReplicaDirectoryResourceExtensions
{
    /// <summary>
    /// Turns on the replica directory (ServiceDefaults/Discovery) for a service that references Redis: its replicas
    /// announce their own address and it reaches other services' replicas directly. DCP puts a user-space proxy in front
    /// of replicated services (every WebSocket frame and request crosses it twice); a deployment routes in the kernel
    /// or the mesh instead, so the local run skips that hop the same way.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplicaDirectory(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("ReplicaDirectory__Enabled", "true");
}

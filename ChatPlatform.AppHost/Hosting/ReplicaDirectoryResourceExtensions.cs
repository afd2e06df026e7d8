namespace ChatPlatform.AppHost.Hosting;

public static class ReplicaDirectoryResourceExtensions
{
    /// <summary>
    /// Turns on the replica directory (ServiceDefaults/Discovery) for a service, in <paramref name="redis"/>: its replicas
    /// announce their own address and it reaches other services' replicas directly. DCP puts a user-space proxy in front
    /// of replicated services (every WebSocket frame and request crosses it twice); a deployment routes in the kernel
    /// or the mesh instead, so the local run skips that hop the same way. A service that is stopped drops out of the
    /// directory, so its callers fail at once instead of waiting on DCP's proxy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplicaDirectory(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> redis) =>
        project.WithReference(redis).WaitFor(redis).WithEnvironment("ReplicaDirectory__Enabled", "true");
}

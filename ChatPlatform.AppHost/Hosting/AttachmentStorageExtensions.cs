namespace ChatPlatform.AppHost.Hosting;

public static class AttachmentStorageExtensions
{
    /// <summary>Where a deployment mounts the volume every replica shares (deploy/kubernetes: messages-attachments).</summary>
    public const string PublishedRoot = "/var/lib/chatplatform/attachments";

    /// <summary>
    /// Points the service's local-disk attachment store (<c>Attachments:Root</c>) at <c>&lt;state dir&gt;/attachments</c>:
    /// one directory for every replica, kept or thrown away with the rest of the state. A published app model names the
    /// deployment's mount instead of this machine's state directory.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAttachmentStorage(this IResourceBuilder<ProjectResource> project)
    {
        var builder = project.ApplicationBuilder;
        return project.WithEnvironment("Attachments__Root", builder.ExecutionContext.IsPublishMode ? PublishedRoot : builder.GetStateDirectory("attachments"));
    }
}

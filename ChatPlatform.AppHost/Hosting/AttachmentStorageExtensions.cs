namespace ChatPlatform.AppHost.Hosting;

public static class AttachmentStorageExtensions
{
    /// <summary>
    /// Points the service's local-disk attachment store (<c>Attachments:Root</c>) at <c>&lt;state dir&gt;/attachments</c>:
    /// one directory for every replica, kept or thrown away with the rest of the state.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAttachmentStorage(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("Attachments__Root", project.ApplicationBuilder.GetStateDirectory("attachments"));
}

namespace ChatPlatform.Messages.Infrastructure.Attachments;

/// <summary>
/// Where attachment bytes live, by attachment id. The local-disk store is the default; an S3-compatible store can
/// implement the same three calls (a multipart upload behind OpenWrite, a ranged GET behind a seekable OpenRead).
/// </summary>
public interface IAttachmentStore
{
    /// <summary>A new, empty object to stream the content into; fails if <paramref name="id"/> exists.</summary>
    Task<Stream> OpenWriteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The content as a seekable stream (for Range requests), or null if there is none.</summary>
    Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Removes the content; no error if it is not there.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}

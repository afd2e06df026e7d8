using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Infrastructure.Attachments;

/// <summary>
/// Files under <c>Attachments:Root</c>, spread over 256 subdirectories by the id's last byte (UUID v7 ids start
/// with the time, so their end is the random part). A file is written before its row exists, so no reader can
/// see it half written.
/// </summary>
public sealed class LocalDiskAttachmentStore : IAttachmentStore
{
    private readonly string _root;

    /// <remarks>A relative <c>Attachments:Root</c> is taken from the content root (the AppHost passes an absolute one).</remarks>
    public LocalDiskAttachmentStore(IOptions<AttachmentOptions> options, IHostEnvironment environment)
    {
        _root = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);
        Directory.CreateDirectory(_root);
    }

    public Task<Stream> OpenWriteAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Stream stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
        });
        return Task.FromResult(stream);
    }

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = new FileStream(PathOf(id), new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                BufferSize = 0,
            });
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            File.Delete(PathOf(id));
        }
        catch (DirectoryNotFoundException)
        {
        }
        return Task.CompletedTask;
    }

    internal string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(_root, name[^2..], name);
    }
}

using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Infrastructure.Attachments;
using ChatPlatform.Messages.Infrastructure.EntityConfigurations;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>
/// Streams an upload into the store and records it. The row is written only once the content is complete, so a
/// refused, failed or abandoned upload leaves neither a row nor (it is deleted) a file.
/// </summary>
public sealed partial class AttachmentUploader(MessagesDbContext db, IAttachmentStore store, TimeProvider time, ILogger<AttachmentUploader> logger)
{
    public Task<Attachment?> FindByKeyAsync(Guid sessionId, Guid uploaderId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Attachments.AsNoTracking().FirstOrDefaultAsync(
            a => a.ChatSessionId == sessionId && a.UploaderId == uploaderId && a.IdempotencyKey == idempotencyKey, cancellationToken);

    public async Task<UploadResult> StoreAsync(UploadRequest upload, Stream content, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var copy = await CopyAsync(id, upload.ContentType, content, cancellationToken);
        if (copy.Outcome != UploadOutcome.Complete)
        {
            await DeleteQuietlyAsync(id);
            return UploadResult.Refused(copy.Outcome);
        }

        var attachment = new Attachment
        {
            Id = id,
            ChatSessionId = upload.SessionId,
            UploaderId = upload.UploaderId,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Size = copy.Size,
            Sha256 = copy.Sha256!,
            IdempotencyKey = upload.IdempotencyKey,
            CreatedAt = MessageMapping.ToStoredPrecision(time.GetUtcNow()),
        };
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return UploadResult.Stored(attachment);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: AttachmentConfiguration.IdempotencyKeyIndex })
        {
            // A concurrent retry with the same Idempotency-Key won: answer with its attachment.
            await DeleteQuietlyAsync(id);
            return UploadResult.Stored((await FindByKeyAsync(upload.SessionId, upload.UploaderId, upload.IdempotencyKey!, CancellationToken.None))!);
        }
        catch
        {
            await DeleteQuietlyAsync(id);
            throw;
        }
    }

    private async Task<UploadCopy> CopyAsync(Guid id, string contentType, Stream content, CancellationToken cancellationToken)
    {
        var imageType = AttachmentContentTypes.IsImage(contentType) ? contentType : null;
        try
        {
            await using var destination = await store.OpenWriteAsync(id, cancellationToken);
            return await UploadCopier.CopyAsync(content, destination, AttachmentLimits.MaxFileBytes, imageType, cancellationToken);
        }
        catch
        {
            // The client went away, the body broke off, or the disk failed: no partial file stays behind.
            await DeleteQuietlyAsync(id);
            throw;
        }
    }

    private async Task DeleteQuietlyAsync(Guid id)
    {
        try
        {
            await store.DeleteAsync(id, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogDeleteFailed(logger, id, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the content of refused attachment {AttachmentId}")]
    private static partial void LogDeleteFailed(ILogger logger, Guid attachmentId, Exception exception);
}

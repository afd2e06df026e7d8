using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Attachments;

/// <summary>
/// The send path's check of <c>attachment_ids</c> (REST and bus alike): each must be an attachment uploaded to this
/// session by the sender; anything else is the same 400, so ids of other sessions or users reveal nothing.
/// </summary>
public sealed class MessageAttachmentResolver(MessagesDbContext db)
{
    public async Task<MessageAttachments> ResolveAsync(Guid sessionId, Guid senderId, string messageType, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return MessageAttachments.None;
        }
        var found = await db.Attachments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.ChatSessionId == sessionId && a.UploaderId == senderId)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var unknown = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            return MessageAttachments.Invalid($"Not an attachment you uploaded to this session: {string.Join(", ", unknown)}.");
        }
        var attachments = ids.Select(id => found[id].ToContract()).ToList();
        return AttachmentMessageRules.Check(messageType, attachments) is { } error
            ? MessageAttachments.Invalid(error)
            : new MessageAttachments(attachments, null);
    }
}

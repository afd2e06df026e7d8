using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.ReadCursors;
using ChatPlatform.Messages.Infrastructure;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Presence's WebSocket <c>read</c> frame: same rule as REST mark-read, for participants only.</summary>
public sealed class MarkReadConsumer(MessagesDbContext db, ReadCursorService cursors) : IConsumer<MarkRead>
{
    public async Task Consume(ConsumeContext<MarkRead> context)
    {
        var read = context.Message;
        var access = await SessionAccessReader.ReadAsync(db, read.SessionId, read.UserId);
        if (access.IsMember && read.UpToSeq >= 0)
        {
            await cursors.MarkReadAsync(read.SessionId, read.UserId, read.UpToSeq, upToMessageId: null, context.CancellationToken);
        }
    }
}

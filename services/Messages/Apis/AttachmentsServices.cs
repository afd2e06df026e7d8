using ChatPlatform.Messages.Application.Attachments;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Infrastructure.Attachments;

namespace ChatPlatform.Messages.Apis;

public sealed record AttachmentsServices(
    AttachmentUploader Uploader, IAttachmentStore Store, SessionAccessResolver Access, MessagesDbContext Db,
    ILogger<AttachmentsServices> Logger);

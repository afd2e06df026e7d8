using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Attachments;
using ChatPlatform.Messages.Infrastructure;

namespace ChatPlatform.Messages.Apis;

public sealed record AttachmentsServices(
    AttachmentUploader Uploader, IAttachmentStore Store, SessionAccessResolver Access, MessagesDbContext Db,
    ILogger<AttachmentsServices> Logger);

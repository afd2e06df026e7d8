using ChatPlatform.Messages.Application.Attachments;
using ChatPlatform.Messages.Infrastructure.Attachments;

namespace ChatPlatform.Messages.Extensions;

public static class AttachmentsExtensions
{
    /// <summary>Uploads, downloads and the send path's attachment check; files in the local-disk store.</summary>
    public static IHostApplicationBuilder AddAttachments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttachmentOptions>()
            .BindConfiguration(AttachmentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IAttachmentStore, LocalDiskAttachmentStore>();
        builder.Services.AddScoped<AttachmentUploader>();
        builder.Services.AddScoped<MessageAttachmentResolver>();
        return builder;
    }
}

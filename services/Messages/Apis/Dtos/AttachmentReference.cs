namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>An attachment of a message, by id.</summary>
public sealed record AttachmentReference(Guid Id);

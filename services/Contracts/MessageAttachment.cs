namespace ChatPlatform.Contracts;

/// <summary>An attachment of a message as clients see it: <c>url</c> is the gateway path that downloads it.</summary>
public sealed record MessageAttachment(Guid Id, string FileName, string ContentType, long Size, string Sha256, string Url);

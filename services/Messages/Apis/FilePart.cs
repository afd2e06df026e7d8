using Microsoft.AspNetCore.WebUtilities;

namespace ChatPlatform.Messages.Apis;

/// <summary>The multipart section named <c>file</c>: its body streams straight from the request.</summary>
public sealed record FilePart(MultipartSection Section, string? DeclaredFileName, string? DeclaredContentType);

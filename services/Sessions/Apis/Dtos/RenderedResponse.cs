namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A canned response's content with its variables filled in for one session.</summary>
public sealed record RenderedResponse(string Content);

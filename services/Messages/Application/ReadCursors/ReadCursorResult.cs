namespace ChatPlatform.Messages.Application.ReadCursors;

/// <summary>The cursor after a mark-read, or the field error that stopped it.</summary>
public sealed record ReadCursorResult(long UpToSeq, IReadOnlyDictionary<string, string[]>? Errors = null);

using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>A page of history; <c>next_cursor</c> is the seq to pass next as before_seq (or after_seq), null at the end.</summary>
public sealed record MessagePage(IReadOnlyList<MessageResponse> Items, string? NextCursor);

namespace ChatPlatform.ServiceDefaults.Paging;

/// <summary>A page of a list: <c>{items, next_cursor}</c>, next_cursor null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
